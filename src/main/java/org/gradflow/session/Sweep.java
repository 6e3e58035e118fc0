package org.gradflow.session;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;
import org.gradflow.engine.PassStats;
import org.gradflow.engine.PassTracker;
import org.gradflow.engine.RunFactory;
import org.gradflow.engine.Network;
import org.gradflow.engine.Trainer;

/**
 * Runs a {@link SweepPlan} on T threads. Each run keeps only what its row needs (the pass it learned at and its
 * last mean loss), so memory does not grow with the passes; the rows are kept, in row order whatever finished
 * first, so that one thread and two give the same CSV. {@link #cancel()} stops between passes.
 */
public final class Sweep {
    private final SweepPlan plan;
    private final List<SweepPlan.Combination> combinations;
    private final AtomicReferenceArray<SweepRow> rows;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicInteger done = new AtomicInteger();

    public Sweep(SweepPlan plan) {
        this.plan = plan;
        this.combinations = plan.combinations();
        this.rows = new AtomicReferenceArray<>(combinations.size());
    }

    public SweepPlan plan() {
        return plan;
    }

    public int total() {
        return rows.length();
    }

    public int done() {
        return done.get();
    }

    /** Asks the runs to stop; those under way end at their next pass. */
    public void cancel() {
        cancelled.set(true);
    }

    public boolean cancelled() {
        return cancelled.get();
    }

    /**
     * Runs every combination, {@code threads} at a time; {@code onRow} hears of each row as it finishes (on the
     * thread that ran it). Returns when all are done or the sweep was cancelled.
     */
    public void run(int threads, Consumer<SweepRow> onRow) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "gradflow-sweep");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (SweepPlan.Combination c : combinations) {
                futures.add(pool.submit(() -> {
                    if (cancelled.get()) {
                        return;
                    }
                    SweepRow row = runOne(c);
                    if (row != null) {
                        rows.set(c.index(), row);
                        done.incrementAndGet();
                        onRow.accept(row);
                    }
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    cancel();
                    throw new IllegalStateException("a sweep run failed: " + e.getCause(), e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    /** The rows finished so far, in row order. */
    public List<SweepRow> rows() {
        List<SweepRow> finished = new ArrayList<>();
        for (int i = 0; i < rows.length(); i++) {
            SweepRow r = rows.get(i);
            if (r != null) {
                finished.add(r);
            }
        }
        return finished;
    }

    /** One combination, or null when cancelled before it finished. */
    SweepRow runOne(SweepPlan.Combination c) {
        Trainer trainer = RunFactory.mainRun(plan.scenarioOf(c));
        long[] plain = train(trainer);
        if (plain == null) {
            return null;
        }
        long nudged = -1;
        if (plan.nudge()) {
            Trainer other = RunFactory.mainRun(plan.scenarioOf(c));
            nudgeFirstHiddenWeight(other.network());
            long[] n = train(other);
            if (n == null) {
                return null;
            }
            nudged = n[0];
        }
        return new SweepRow(c, plain[0], Double.longBitsToDouble(plain[1]), nudged);
    }

    /** The design's nudge: the first hidden weight replaced by {@code Math.nextUp} of itself. */
    public static void nudgeFirstHiddenWeight(Network network) {
        double w = network.hiddenLayer().weight().getEntry(0, 0);
        network.hiddenLayer().weight().setEntry(0, 0, Math.nextUp(w));
    }

    /** {learned pass or 0, bits of the last mean loss}, or null when cancelled. */
    private long[] train(Trainer trainer) {
        PassTracker tracker = PassTracker.of(trainer);
        long learnedAt = 0;
        double lastLoss = Double.NaN;
        for (long p = 0; p < plan.passes(); ) {
            trainer.step();
            PassStats pass = tracker.accept(trainer.last());
            if (pass == null) {
                continue;
            }
            p++;
            lastLoss = pass.meanLoss();
            if (learnedAt == 0 && pass.learned()) {
                learnedAt = pass.pass();
            }
            if (cancelled.get()) {
                return null;
            }
        }
        return new long[] {learnedAt, Double.doubleToRawLongBits(lastLoss)};
    }
}
