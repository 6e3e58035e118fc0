package org.gradflow.app;

import org.gradflow.engine.Scenario;
import java.math.BigDecimal;

/** Parsers for the settings fields; the limits are the scenario file's, so the two never disagree. */
final class Parsers {
    private Parsers() {
    }

    static double learningRate(String text) {
        double value = number(text, "The learning rate");
        if (value < 0) {
            throw new IllegalArgumentException("The learning rate must be 0 or more.");
        }
        return value;
    }

    static double margin(String text) {
        double value = number(text, "The margin");
        if (value < Scenario.MIN_MARGIN || value > Scenario.MAX_MARGIN) {
            throw new IllegalArgumentException("The margin is a cosine: from " + print(Scenario.MIN_MARGIN) + " to "
                    + print(Scenario.MAX_MARGIN) + ".");
        }
        return value;
    }

    /** A number above 0: an init's std or gain. */
    static double positive(String text, String what) {
        double value = number(text, what);
        if (!(value > 0)) {
            throw new IllegalArgumentException(what + " must be above 0.");
        }
        return value;
    }

    static int iterationsPerPair(String text) {
        return (int) integer(text, "Iterations per pair", 1, Scenario.MAX_ITERATIONS_PER_PAIR);
    }

    static long seed(String text) {
        return integer(text, "The seed", 0, Scenario.MAX_SEED);
    }

    /** The most iterations "Go to" accepts: a week of play at full speed. */
    static final long MAX_ITERATION = 1_000_000_000_000L;

    /** An iteration to go to; digit groups may be written 1,400 or 1_400 or 1 400. */
    static long iteration(String text) {
        return integer(text.replaceAll("[,_ ]", ""), "The iteration", 0, MAX_ITERATION);
    }

    private static double number(String text, String what) {
        double value;
        try {
            value = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a number, like 0.01 or 1e-3.");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be a finite number.");
        }
        return value;
    }

    private static long integer(String text, String what, long min, long max) {
        long value;
        try {
            value = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a whole number from " + min + " to " + max + ".");
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be from " + min + " to " + max + ".");
        }
        return value;
    }

    /** Doubles as people type them: 0.01 and 1000000 rather than 1.0E6; Java's own form when plain is long. */
    static String print(double value) {
        if (!Double.isFinite(value)) {
            // A setting the rule does not have (the margin of cross-entropy) shows as an empty field.
            return "";
        }
        String plain = new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
        return plain.length() <= 10 ? plain : Double.toString(value);
    }
}
