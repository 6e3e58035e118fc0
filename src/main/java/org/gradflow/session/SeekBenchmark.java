package org.gradflow.session;

import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import org.gradflow.engine.Scenario;

/**
 * The design's {@code bench --seek}: both runs of a scenario played to a length, then jumps to random earlier
 * iterations, each timed from the request until a frame of both runs at that iteration can be drawn.
 */
public final class SeekBenchmark {
    /** Milliseconds of each seek, in the order made. */
    public record Result(long played, double[] millis) {
        public double median() {
            return new Median().evaluate(millis);
        }

        public double max() {
            return Arrays.stream(millis).max().orElse(Double.NaN);
        }
    }

    private SeekBenchmark() {
    }

    public static Result run(Scenario scenario, long iterations, int seeks, long seed)
            throws InterruptedException, ExecutionException, TimeoutException {
        try (Simulation simulation = new Simulation(scenario)) {
            simulation.runTo(iterations);
            simulation.whenIdle().get(1, TimeUnit.HOURS);
            RunFrame main = new RunFrame();
            RunFrame comparison = new RunFrame();
            Random random = new Random(seed);
            double[] millis = new double[seeks];
            for (int i = 0; i < seeks; i++) {
                long target = (long) (random.nextDouble() * iterations);
                long start = System.nanoTime();
                simulation.seek(target);
                do {
                    LockSupport.parkNanos(20_000);
                    simulation.copyFrames(main, comparison);
                } while (main.iteration() != target || comparison.present() && comparison.iteration() != target);
                millis[i] = (System.nanoTime() - start) / 1e6;
                // The next seek starts from a quiet engine, as a user's next drag of the timeline would.
                simulation.whenIdle().get(1, TimeUnit.MINUTES);
            }
            return new Result(iterations, millis);
        }
    }
}
