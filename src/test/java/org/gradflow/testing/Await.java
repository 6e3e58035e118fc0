package org.gradflow.testing;

import java.util.function.BooleanSupplier;
import org.opentest4j.AssertionFailedError;

/** Waits for a condition and fails, saying what it waited for, if the deadline passes: never falls through. */
public final class Await {
    private Await() {
    }

    public static void until(String what, long seconds, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionFailedError("waited " + seconds + " s for: " + what);
            }
            Thread.sleep(5);
        }
    }
}
