package org.gradflow.plot;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.gradflow.engine.LearnedSearch;
import org.gradflow.engine.RunFactory;
import org.gradflow.engine.Scenario;
import org.gradflow.engine.ScenarioException;
import org.gradflow.engine.Trainer;

/**
 * A lesson (the design's Lessons): a title and ordered steps, each a scenario at an iteration with a short text
 * and the chart the text talks about. Read by {@link LessonReader}; played in the window, printed by
 * {@code lesson}.
 */
public record Lesson(String title, List<Step> steps) {

    public Lesson {
        steps = List.copyOf(steps);
    }

    /** Which run's chart a step points at. */
    public enum Run {
        MAIN, COMPARISON, BOTH;

        public boolean includes(boolean left) {
            return this == BOTH || (this == MAIN) == left;
        }
    }

    /**
     * One step.
     *
     * @param iteration the iteration to show, or {@link #LEARNED}: when the main run learns, measured when the
     *                  lesson runs
     * @param chart     the chart pointed at; null for the learning curve (which draws both runs)
     */
    public record Step(int number, String title, String text, Scenario scenario, long iteration, ChartKind chart,
                       Run run) {
        public static final long LEARNED = -1;

        /**
         * The iteration to show: the one written, or for "learned" the end of the first pass with every pair
         * right of the run pointed at (the main run when both are), found by training it (about a second per
         * million iterations).
         */
        public long target() {
            if (!atLearned()) {
                return iteration;
            }
            boolean comparison = run == Run.COMPARISON;
            Trainer trainer = comparison ? RunFactory.comparisonRun(scenario) : RunFactory.mainRun(scenario);
            LearnedSearch.Outcome outcome = LearnedSearch.of(trainer, LearnedSearch.LIMIT);
            if (!outcome.learned()) {
                throw new ScenarioException("steps[" + number + "].iteration", "\"learned\": the "
                        + (comparison ? "comparison" : "main") + " run " + (outcome.diverged()
                        ? "diverged at iteration " + Format.grouped(outcome.iteration()) + " before it learned"
                        : "has not learned in " + Format.grouped(LearnedSearch.LIMIT) + " iterations"));
            }
            return outcome.iteration();
        }

        public boolean atLearned() {
            return iteration == LEARNED;
        }

        public boolean pointsAtCurve() {
            return chart == null;
        }

        /**
         * Whether a chart of {@code kind} of the left (main) or right run is the one this step talks about;
         * {@code kind} null is the learning curve, which belongs to both runs.
         */
        public boolean pointsAt(ChartKind kind, boolean left) {
            if (kind == null || chart == null) {
                return kind == chart;
            }
            return kind == chart && run.includes(left);
        }

        /** The name the lesson file uses for the chart pointed at. */
        public String chartName() {
            return chart == null ? LessonReader.CURVE : chart.slug();
        }

        /** File-name form of the title: lowercase letters, digits and hyphens, at most 40 characters. */
        public String slug() {
            String s = Normalizer.normalize(title, Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "").replaceAll("['’]", "").toLowerCase(Locale.ROOT)
                    .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
            if (s.length() > 40) {
                // Cut at a word's end: the 41st character is a hyphen, or drop the word cut in two.
                s = s.charAt(40) == '-' ? s.substring(0, 40) : s.substring(0, 40).replaceAll("-+[^-]*$", "");
            }
            return s.isEmpty() ? "step" : s;
        }
    }
}
