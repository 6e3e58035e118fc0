package org.gradflow.engine;

/**
 * A moment worth stopping at in a run (the design's events): the first pass with every pair (or example) right,
 * the first singular iteration (cosine only), the first iteration that diverged, the first pass with a dead relu
 * unit. Each happens at most once per run.
 *
 * @param iteration the iteration it happened at (for {@code LEARNED} and {@code DEAD}, the pass's last iteration)
 */
public record RunEvent(Kind kind, long iteration) {

    public enum Kind {
        LEARNED("learned"),
        SINGULAR("singular"),
        DIVERGED("diverged"),
        DEAD("dead");

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
