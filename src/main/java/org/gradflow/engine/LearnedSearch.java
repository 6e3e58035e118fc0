package org.gradflow.engine;

/**
 * When a scenario's main run learns (the design's "learned" event: the end of the first pass with every pair
 * on its target's side), found by training it: a lesson says "after it has learned" and the iteration is
 * measured, never typed, because one ulp of a weight can move it by passes.
 */
public final class LearnedSearch {
    /** Far enough for every bundled scenario (the asker's 6-D run learns at 1,400), a few seconds at most. */
    public static final long LIMIT = 10_000_000;

    private LearnedSearch() {
    }

    /**
     * Where the search stopped: at the iteration the run learned ({@code learned}), or, when it did not, where
     * it diverged or the limit.
     */
    public record Outcome(long iteration, boolean learned, boolean diverged) {
    }

    /** Trains {@code trainer} from where it stands (a pass boundary) until it learns, for at most {@code limit}. */
    public static Outcome of(Trainer trainer, long limit) {
        PassTracker tracker = PassTracker.of(trainer);
        while (trainer.iteration() < limit) {
            trainer.step();
            IterationView it = trainer.last();
            if (it.divergence() != Divergence.NONE) {
                return new Outcome(it.iteration(), false, true);
            }
            PassStats pass = tracker.accept(it);
            if (pass != null && pass.learned()) {
                return new Outcome(pass.iteration(), true, false);
            }
        }
        return new Outcome(trainer.iteration(), false, false);
    }
}
