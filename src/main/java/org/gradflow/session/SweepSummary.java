package org.gradflow.session;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * The sweep's rows per cell of its heatmap: how many runs learned, and when. The heatmap's rows and columns are
 * the first two axes that take more than one value (the output size and the learning rate when both do, as the
 * original sweep had them); a cell gathers the seeds, and the values of any further axis.
 */
public final class SweepSummary {
    /** One cell of the heatmap: row value {@code row} of the row axis, column value {@code column}. */
    public record Cell(int row, int column, String rowLabel, String columnLabel, int runs, int learned,
                       double medianPass, int nudged, int nudgeChanged) {
        /** Learned runs over runs finished, or NaN before any has. */
        public double fraction() {
            return runs == 0 ? Double.NaN : (double) learned / runs;
        }
    }

    private final SweepPlan plan;
    private final int rowAxis;
    private final int columnAxis;
    private final Cell[][] cells;
    private final int rows;
    private final int nudged;
    private final int nudgeChanged;

    public SweepSummary(SweepPlan plan, List<SweepRow> finished) {
        this.plan = plan;
        int[] shown = shownAxes(plan);
        rowAxis = shown[0];
        columnAxis = shown[1];
        SweepAxis r = plan.axes().get(rowAxis);
        SweepAxis c = plan.axes().get(columnAxis);
        int[][] runs = new int[r.size()][c.size()];
        int[][] learned = new int[r.size()][c.size()];
        int[][] nudgedRuns = new int[r.size()][c.size()];
        int[][] changed = new int[r.size()][c.size()];
        List<List<Double>> passes = new ArrayList<>();
        for (int i = 0; i < r.size() * c.size(); i++) {
            passes.add(new ArrayList<>());
        }
        int allNudged = 0;
        int allChanged = 0;
        for (SweepRow row : finished) {
            int y = row.combination().value(rowAxis);
            int x = row.combination().value(columnAxis);
            runs[y][x]++;
            if (row.learned()) {
                learned[y][x]++;
                passes.get(y * c.size() + x).add((double) row.learnedAtPass());
            }
            if (row.nudgedLearnedAtPass() >= 0) {
                nudgedRuns[y][x]++;
                allNudged++;
                if (row.nudgeChangedIt()) {
                    changed[y][x]++;
                    allChanged++;
                }
            }
        }
        cells = new Cell[r.size()][c.size()];
        for (int y = 0; y < r.size(); y++) {
            for (int x = 0; x < c.size(); x++) {
                cells[y][x] = new Cell(y, x, label(rowAxis, y), label(columnAxis, x), runs[y][x], learned[y][x],
                        median(passes.get(y * c.size() + x)), nudgedRuns[y][x], changed[y][x]);
            }
        }
        this.rows = finished.size();
        this.nudged = allNudged;
        this.nudgeChanged = allChanged;
    }

    /** The first two axes with more than one value, topped up in axis order with those that have one. */
    private static int[] shownAxes(SweepPlan plan) {
        List<Integer> chosen = new ArrayList<>();
        for (int a = 0; a < plan.axes().size() && chosen.size() < 2; a++) {
            if (plan.axes().get(a).size() > 1) {
                chosen.add(a);
            }
        }
        for (int a = 0; a < plan.axes().size() && chosen.size() < 2; a++) {
            if (!chosen.contains(a)) {
                chosen.add(a);
            }
        }
        return chosen.stream().sorted().mapToInt(Integer::intValue).toArray();
    }

    /** "D = 6" on the output size axis, "0.1" on the learning rate's, the value's JSON on the others. */
    private String label(int axis, int index) {
        SweepAxis a = plan.axes().get(axis);
        return axis == 0 ? "D = " + a.label(index) : a.label(index);
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        return new Median().evaluate(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    public SweepPlan plan() {
        return plan;
    }

    /** The axis along the heatmap's rows (drawn bottom to top) and the one along its columns. */
    public SweepAxis rowAxis() {
        return plan.axes().get(rowAxis);
    }

    public SweepAxis columnAxis() {
        return plan.axes().get(columnAxis);
    }

    public int rowCount() {
        return cells.length;
    }

    public int columnCount() {
        return cells[0].length;
    }

    /** Cell of row value {@code r} and column value {@code c}, in the axes' order. */
    public Cell cell(int r, int c) {
        return cells[r][c];
    }

    /** Whether a row of the sweep falls in cell (r, c). */
    public boolean inCell(SweepRow row, int r, int c) {
        return row.combination().value(rowAxis) == r && row.combination().value(columnAxis) == c;
    }

    /** Runs finished. */
    public int rows() {
        return rows;
    }

    public int total() {
        return plan.count();
    }

    /** Runs trained with the nudge too, and of them, those whose learned pass it changed. */
    public int nudged() {
        return nudged;
    }

    public int nudgeChanged() {
        return nudgeChanged;
    }
}
