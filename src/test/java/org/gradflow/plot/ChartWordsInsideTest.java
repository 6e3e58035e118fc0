package org.gradflow.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gradflow.engine.Scenario;
import org.gradflow.engine.ScenarioReader;
import org.gradflow.session.RunFrame;
import org.gradflow.session.Simulation;
import org.junit.jupiter.api.Test;

/**
 * No chart cuts its own words: every text a chart writes lies inside the chart, across and up and down, and
 * inside the plot area when it is written over the data (where drawing is clipped), for both runs of the
 * reference scenario and of every shipped example at the start, early and late, at the size the window gives a
 * chart at 1280 x 800 (about 320 x 165, the learning curve 540 x 165) and larger, with normal text and one and
 * two steps larger (View ▸ text size).
 */
class ChartWordsInsideTest {
    private static final long[] ITERATIONS = {1, 10, 1_500};
    private static final int[][] SIZES = {{320, 165}, {400, 240}, {800, 500}};
    /** View ▸ text size: normal and the two steps larger a teacher takes for a room. */
    private static final double[] TEXT_SCALES = {1, 1.15, 1.3};

    /** The reference scenario and every example shipped in assets/scenarios (divergence, saturation, eps...). */
    private static Map<String, Scenario> scenarios() throws IOException {
        Map<String, Scenario> all = new LinkedHashMap<>();
        all.put("reference", Scenario.DEFAULT);
        try (Stream<Path> files = Files.list(Path.of("assets/scenarios"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                all.put(file.getFileName().toString(), new ScenarioReader().read(file));
            }
        }
        return all;
    }

    @Test
    void everyWordOfEveryChartIsInsideTheChartAndTheDataItCovers() throws Exception {
        List<String> cut = new ArrayList<>();
        for (Map.Entry<String, Scenario> scenario : scenarios().entrySet()) {
            for (long iteration : ITERATIONS) {
                cut.addAll(cutWords(scenario.getKey(), scenario.getValue(), iteration));
            }
        }
        assertThat(cut).isEmpty();
    }

    /**
     * An exported chart (800 x 500) carries its scenario's settings under it; a deep network's ("2-64-64-64-64-2
     * relu · init normal(std 1) · …") are wider than the chart, and the iteration at their end is what a reader
     * looks for, so none may be cut.
     */
    @Test
    void everyExportedChartsCaptionIsInsideTheChart() throws Exception {
        List<String> cut = new ArrayList<>();
        for (Map.Entry<String, Scenario> scenario : scenarios().entrySet()) {
            RunFrame left = frames(scenario.getValue(), 1)[0];
            for (ChartKind kind : FigureLayout.kindsFor(left)) {
                for (String c : ChartWords.draw(800, 500, 1, painter -> kind.create(painter)
                        .draw(left, 800, 500, RunSummary.scenarioLine(left))).cut()) {
                    cut.add(kind.slug() + ", " + scenario.getKey() + ": " + c);
                }
            }
        }
        assertThat(cut).isEmpty();
    }

    private static List<String> cutWords(String where, Scenario scenario, long iteration) throws Exception {
        List<String> cut = new ArrayList<>();
        RunFrame[] frames = frames(scenario, iteration);
        RunFrame left = frames[0];
        RunFrame right = frames[1];
        for (double scale : TEXT_SCALES) {
            String at = ", " + where + ", it " + iteration + ", text x" + scale + ", ";
            for (int[] size : new int[][] {{540, 165}, {800, 300}}) {
                for (String c : ChartWords.draw(size[0], size[1], scale, painter -> new CurveChart(painter)
                        .draw(left, right, size[0], size[1], null)).cut()) {
                    cut.add("curve" + at + size[0] + "x" + size[1] + ": " + c);
                }
            }
            for (RunFrame frame : right.present() ? List.of(left, right) : List.of(left)) {
                for (int[] size : SIZES) {
                    for (ChartKind kind : FigureLayout.kindsFor(frame)) {
                        for (String c : ChartWords.draw(size[0], size[1], scale, painter -> kind.create(painter)
                                .draw(frame, size[0], size[1], null)).cut()) {
                            cut.add(kind.slug() + " D=" + frame.outputSize() + at + size[0] + "x" + size[1] + ": "
                                    + c);
                        }
                    }
                }
            }
        }
        return cut;
    }

    /** Both runs of {@code scenario} trained to {@code iteration}, as the window gets them. */
    private static RunFrame[] frames(Scenario scenario, long iteration) throws Exception {
        RunFrame left = new RunFrame();
        RunFrame right = new RunFrame();
        try (Simulation simulation = new Simulation(scenario)) {
            simulation.runTo(iteration);
            simulation.whenIdle().get(60, TimeUnit.SECONDS);
            simulation.copyFrames(left, right);
        }
        return new RunFrame[] {left, right};
    }
}
