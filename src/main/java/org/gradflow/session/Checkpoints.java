package org.gradflow.session;

import java.util.Arrays;
import org.gradflow.engine.PassStats;

/**
 * The parameters of a run every {@link #interval()} iterations, so that any iteration already played can be
 * reconstructed by restoring the nearest earlier checkpoint and replaying from it (the design's time travel).
 * The interval is a whole number of passes, so a replay starts at a pass boundary with nothing half-counted.
 * Memory is bounded: when {@link #capacity} checkpoints are kept, every other one is dropped and the interval
 * doubles, so a run keeps between half and all of them. The first interval is what replays in about
 * {@link #REPLAY_NANOS}, at most {@link #FIRST_INTERVAL} iterations: the reference network checkpoints every 2,100
 * iterations (ten million of them keep 4,762, 1.5 MB), an 8 x 8 classifier on 200 examples every 60 (each iteration
 * is a forward and backward of 200 examples).
 */
final class Checkpoints {
    /** Iterations between checkpoints at most, to begin with. */
    private static final long FIRST_INTERVAL = 2048;
    /** How long a replay of the first interval takes at most, by the estimate below: a seek stays interactive. */
    static final double REPLAY_NANOS = 20e6;
    /** Cost of an iteration besides its arithmetic (the records, the pass, the series), measured on the seed. */
    private static final double ITERATION_NANOS = 1500;
    /** Cost of one multiply-add of forward, backward or update, measured on an 8 x 8 classifier. */
    private static final double MAC_NANOS = 1.0;
    /** At most this many parameters in all checkpoints together (8 bytes each: 32 MB). */
    private static final long PARAMETER_BUDGET = 4_000_000;
    /** At most this many checkpoints: a seed run of ten million iterations keeps them all. */
    private static final int MAX_CAPACITY = 16_384;

    /** What a checkpoint holds besides the parameters: what the run had counted by then. */
    record Saved(long iteration, double[] parameters, PassStats lastPass, PassStats previousPass, long masked) {
    }

    private final int capacity;
    private long interval;
    private Saved[] saved;
    private int count;

    /**
     * @param parameterCount      parameters of the network, what a checkpoint holds
     * @param examplesPerIteration what an iteration runs forward and backward: a pair's two, or a batch
     */
    Checkpoints(long passLength, int parameterCount, int examplesPerIteration) {
        double nanos = ITERATION_NANOS + 3.0 * MAC_NANOS * parameterCount * examplesPerIteration;
        long first = Math.max(1, Math.min(FIRST_INTERVAL, (long) (REPLAY_NANOS / nanos)));
        this.interval = passLength * Math.max(1, (first + passLength - 1) / passLength);
        int fit = (int) Math.min(MAX_CAPACITY, PARAMETER_BUDGET / Math.max(1, parameterCount));
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
