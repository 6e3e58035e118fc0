package org.gradflow.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The sweep's rows per (output size, learning rate) cell: how many seeds learned, and when. */
public final class SweepSummary {
    /** One cell of the heatmap. */
    public record Cell(int outputSize, double learningRate, int runs, int learned, double medianPass,
                       int nudged, int nudgeChanged) {
        /** Learned runs over runs finished, or NaN before any has. */
        public double fraction() {
            return runs == 0 ? Double.NaN : (double) learned / runs;
        }
    }

    private final SweepPlan plan;
    private final Cell[][] cells;
    private final int rows;
    private final int nudged;
    private final int nudgeChanged;

    public SweepSummary(SweepPlan plan, List<SweepRow> finished) {
        this.plan = plan;
        int sizes = plan.outputSizes().size();
        int rates = plan.learningRates().size();
        List<List<Long>> passes = new ArrayList<>();
        int[][] runs = new int[sizes][rates];
        int[][] learned = new int[sizes][rates];
        int[][] nudgedRuns = new int[sizes][rates];
        int[][] changed = new int[sizes][rates];
        for (int i = 0; i < sizes * rates; i++) {
            passes.add(new ArrayList<>());
        }
        int allNudged = 0;
        int allChanged = 0;
        for (SweepRow r : finished) {
            int d = plan.outputSizes().indexOf(r.combination().outputSize());
            int l = plan.learningRates().indexOf(r.combination().learningRate());
            runs[d][l]++;
            if (r.learned()) {
                learned[d][l]++;
                passes.get(d * rates + l).add(r.learnedAtPass());
            }
            if (r.nudgedLearnedAtPass() >= 0) {
                nudgedRuns[d][l]++;
                allNudged++;
                if (r.nudgeChangedIt()) {
                    changed[d][l]++;
                    allChanged++;
                }
            }
        }
        cells = new Cell[sizes][rates];
        for (int d = 0; d < sizes; d++) {
            for (int l = 0; l < rates; l++) {
                cells[d][l] = new Cell(plan.outputSizes().get(d), plan.learningRates().get(l), runs[d][l],
                        learned[d][l], median(passes.get(d * rates + l)), nudgedRuns[d][l], changed[d][l]);
            }
        }
        this.rows = finished.size();
        this.nudged = allNudged;
        this.nudgeChanged = allChanged;
    }

    private static double median(List<Long> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    public SweepPlan plan() {
        return plan;
    }

    /** Cell of output size index {@code d} and learning rate index {@code l}, in the plan's order. */
    public Cell cell(int d, int l) {
        return cells[d][l];
    }

    /** Runs finished. */
    public int rows() {
        return rows;
    }

    public int total() {
        return plan.combinations().size();
    }

    /** Runs trained with the nudge too, and of them, those whose learned pass it changed. */
    public int nudged() {
        return nudged;
    }

    public int nudgeChanged() {
        return nudgeChanged;
    }
}
