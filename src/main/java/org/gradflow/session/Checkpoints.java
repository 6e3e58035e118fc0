package org.gradflow.session;

import java.util.Arrays;
import org.gradflow.engine.PassStats;

/**
 * The parameters of a run every {@link #interval()} iterations, so that any iteration already played can be
 * reconstructed by restoring the nearest earlier checkpoint and replaying from it (the design's time travel).
 * The interval is a whole number of passes, so a replay starts at a pass boundary with nothing half-counted.
 * Memory is bounded: when {@link #capacity} checkpoints are kept, every other one is dropped and the interval
 * doubles, so a run keeps between half and all of them: ten million iterations of the reference network
 * (checkpoints every 2,100 iterations at first, 4,200 after the first thinning) keep about 2,400 (1 MB).
 */
final class Checkpoints {
    /** Iterations between checkpoints to begin with: a replay of this length takes a few milliseconds. */
    private static final long FIRST_INTERVAL = 2048;
    /** At most this many parameters in all checkpoints together (8 bytes each: 32 MB). */
    private static final long PARAMETER_BUDGET = 4_000_000;

    /** What a checkpoint holds besides the parameters: what the run had counted by then. */
    record Saved(long iteration, double[] parameters, PassStats lastPass, PassStats previousPass, long masked) {
    }

    private final int capacity;
    private long interval;
    private Saved[] saved;
    private int count;

    Checkpoints(long passLength, int parameterCount) {
        this.interval = passLength * Math.max(1, (FIRST_INTERVAL + passLength - 1) / passLength);
        int fit = (int) Math.min(4096, PARAMETER_BUDGET / Math.max(1, parameterCount));
        this.capacity = Math.max(8, fit - fit % 2);
        this.saved = new Saved[capacity];
    }

    long interval() {
        return interval;
    }

    /** Whether the iteration just recorded at the frontier is due for a checkpoint. */
    boolean due(long iteration) {
        return iteration % interval == 0;
    }

    void add(Saved checkpoint) {
        if (count > 0 && checkpoint.iteration() <= saved[count - 1].iteration()) {
            throw new IllegalStateException("checkpoints go forward: " + checkpoint.iteration() + " after "
                    + saved[count - 1].iteration());
        }
        if (count == capacity) {
            // Keep those at multiples of the doubled interval: the spacing stays even.
            interval *= 2;
            int kept = 0;
            for (int i = 0; i < count; i++) {
                if (saved[i].iteration() % interval == 0) {
                    saved[kept++] = saved[i];
                }
            }
            Arrays.fill(saved, kept, count, null);
            count = kept;
            if (checkpoint.iteration() % interval != 0) {
                return;
            }
        }
        saved[count++] = checkpoint;
    }

    /** The latest checkpoint at or before {@code iteration}; the one at 0 always exists. */
    Saved atOrBefore(long iteration) {
        int lo = 0;
        int hi = count - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (saved[mid].iteration() <= iteration) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return saved[lo];
    }

    int count() {
        return count;
    }
}
