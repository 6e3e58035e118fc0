package org.gradflow.plot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gradflow.engine.Example;
import org.gradflow.engine.Head;
import org.gradflow.engine.RunFactory;
import org.gradflow.engine.RunSpec;

/**
 * The cross-entropy of a classifier that has learned nothing but the class shares: the entropy −Σ p ln p of the
 * labels, ln 2 for two balanced classes. A mean loss that sits there is chance: the network's outputs no longer
 * depend on its input. Read off the run's own examples (the dataset drawn from its seed, as the run draws it).
 */
final class Chance {
    /**
     * A mean loss within this of chance counts as sitting at it. Were the network to give the right class a
     * probability of 1/2 + e on every example of two balanced classes, its loss would be −ln(1/2 + e) ≈ ln 2 − 2e:
     * 0.01 is e = 0.005, half a percentage point from a coin toss.
     */
    static final double NEAR = 0.01;
    /**
     * A loss this close to chance is chance exactly, but for rounding: the mean of a few hundred losses of ln 2
     * each is ln 2 to a few ulps (an ulp of ln 2 is 1.1e-16); a network whose outputs differ in the 15th digit
     * would show a difference larger than this only after 1e15 examples.
     */
    static final double EXACT = 1e-15;
    /** Runs whose chance is remembered: the window shows two, a sweep row opens a third. */
    private static final int REMEMBERED = 8;
    private static final Map<List<Object>, Double> LOSSES = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, Double> eldest) {
            return size() > REMEMBERED;
        }
    };

    private Chance() {
    }

    /** The chance loss of a cross-entropy run, NaN for any other (mse and the siamese rules have no classes). */
    static double loss(RunSpec spec) {
        if (spec.training().rule().head() != Head.CLASSES) {
            return Double.NaN;
        }
        // The labels follow from the data and the seed alone; drawing 10,000 examples every frame would not do.
        List<Object> key = List.of(spec.data(), spec.training().seed(), spec.network().outputSize());
        synchronized (LOSSES) {
            Double known = LOSSES.get(key);
            if (known != null) {
                return known;
            }
        }
        double loss = entropy(RunFactory.examples(spec), spec.network().outputSize());
        synchronized (LOSSES) {
            LOSSES.put(key, loss);
        }
        return loss;
    }

    /** Whether every class has as many examples as every other. */
    static boolean balanced(RunSpec spec) {
        double loss = loss(spec);
        return Math.abs(loss - Math.log(spec.network().outputSize())) <= EXACT;
    }

    private static double entropy(List<Example> examples, int classes) {
        int[] counts = new int[classes];
        for (Example e : examples) {
            counts[e.label()]++;
        }
        double h = 0;
        for (int c : counts) {
            if (c > 0) {
                double p = (double) c / examples.size();
                h -= p * Math.log(p);
            }
        }
        return h;
    }

    /** "ln 2" for balanced classes (ln k for k of them), else the number: what a sentence calls chance. */
    static String name(RunSpec spec) {
        int k = spec.network().outputSize();
        return balanced(spec) ? "ln " + k : Format.number(loss(spec), 4);
    }
}
