package org.gradflow.engine;

/**
 * A moment worth stopping at in a run (the design's events): the first pass with every pair right, the first
 * singular iteration, the first iteration that diverged. Each happens at most once per run.
 *
 * @param iteration the iteration it happened at (for {@code LEARNED}, the last iteration of the pass)
 */
public record RunEvent(Kind kind, long iteration) {

    public enum Kind {
        LEARNED("learned"),
        SINGULAR("singular"),
        DIVERGED("diverged");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The word drawn on time axes and said in messages. */
        public String label() {
            return label;
        }
    }
}
