package org.gradflow.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * The runs of a scenario named by what differs between them (the design's Comparison): "D = 1" / "D = 6" for the
 * seed scenario, "sigmoid, torch" / "relu, he-normal" for a comparison that changes the activation and the
 * init. File names use "D1" / "D6" for a comparison of output sizes alone (the seed's), else "main" /
 * "comparison"; a scenario of one run is "main".
 */
public final class RunNames {
    /** One aspect a comparison can change, and how a run's value of it is said. */
    private record Aspect(Function<RunSpec, Object> value, Function<RunSpec, String> label) {
    }

    private static final List<Aspect> ASPECTS = List.of(
            aspect(r -> r.network().outputSize(), r -> "D = " + r.network().outputSize()),
            aspect(r -> r.training().rule(), r -> r.training().rule().id()),
            aspect(r -> hiddenActivations(r.network()), r -> join(hiddenActivations(r.network()))),
            aspect(r -> Arrays.toString(r.network().hiddenUnits()), r -> widths(r.network().hiddenUnits())),
            aspect(r -> r.network().outputActivation(), r -> r.network().outputActivation().id() + " output"),
            aspect(r -> inits(r.network()), r -> join(inits(r.network()))),
            aspect(r -> r.training().learningRate(), r -> "learning rate " + number(r.training().learningRate())),
            aspect(r -> r.training().batchSize(), r -> r.training().batchSize() == 0 ? "full batch"
                    : "batch " + r.training().batchSize()),
            aspect(r -> r.training().margin(), r -> "margin " + number(r.training().margin())),
            aspect(r -> r.training().iterationsPerPair(), r -> r.training().iterationsPerPair()
                    + " iterations per pair"),
            aspect(r -> r.training().seed(), r -> "seed " + r.training().seed()),
            aspect(r -> r.network().inputSize(), r -> r.network().inputSize() + " inputs"),
            aspect(r -> r.data().dataset(), r -> String.valueOf(r.data().dataset())),
            aspect(r -> r.data().effectiveExampleCount(), r -> r.data().effectiveExampleCount() + " examples"),
            aspect(r -> r.data().noise(), r -> "noise " + number(r.data().noise())),
            aspect(r -> r.data().effectivePairCount(), r -> r.data().effectivePairCount() + " pairs"),
            aspect(r -> r.data().pairs() != null || r.data().examples() != null,
                r -> r.data().pairs() != null || r.data().examples() != null ? "given data" : "generated data"),
            aspect(r -> r.data().pairs() == null ? List.of() : r.data().pairs(), r -> "other pairs"),
            aspect(r -> r.data().examples() == null ? List.of() : r.data().examples(), r -> "other examples"),
            aspect(r -> r.weights().isEmpty(), r -> r.weights().isEmpty() ? "seeded weights" : "given weights"),
            aspect(RunSpec::weights, r -> "other weights"));

    private RunNames() {
    }

    private static Aspect aspect(Function<RunSpec, Object> value, Function<RunSpec, String> label) {
        return new Aspect(value, label);
    }

    /** The runs' names, main first; one name for a scenario of one run. */
    public static List<String> of(Scenario s) {
        if (!s.hasComparison()) {
            return List.of("main");
        }
        if (byOutputSize(s)) {
            return List.of("D = " + s.outputSize(), "D = " + s.comparisonOutputSize());
        }
        List<String> main = new ArrayList<>();
        List<String> comparison = new ArrayList<>();
        for (Aspect a : ASPECTS) {
            if (!Objects.equals(a.value().apply(s.main()), a.value().apply(s.comparisonRun()))) {
                String mine = a.label().apply(s.main());
                String theirs = a.label().apply(s.comparisonRun());
                if (!mine.equals(theirs)) {
                    main.add(mine);
                    comparison.add(theirs);
                }
            }
        }
        if (main.isEmpty()) {
            return List.of("main", "comparison");
        }
        return List.of(String.join(", ", main), String.join(", ", comparison));
    }

    /** The runs' parts of file names, main first: {@code D1} and {@code D6}, or {@code main} and {@code comparison}. */
    public static List<String> fileParts(Scenario s) {
        if (!s.hasComparison()) {
            return List.of("main");
        }
        return byOutputSize(s) ? List.of("D" + s.outputSize(), "D" + s.comparisonOutputSize())
                : List.of("main", "comparison");
    }

    /**
     * Whether the runs differ in their output size and nothing else that a run is made of (the legacy comparison
     * also draws its weights from the seed, which the file's weights, if any, do not fit).
     */
    static boolean byOutputSize(Scenario s) {
        RunSpec main = s.main();
        RunSpec other = s.comparisonRun();
        if (main.network().outputSize() == other.network().outputSize()) {
            return false;
        }
        if (s.comparison() instanceof Comparison.OutputSize) {
            return true;
        }
        RunSpec resized = new RunSpec(main.network().withOutputSize(other.network().outputSize()), main.training(),
                main.data(), other.weights());
        return resized.equals(other);
    }

    private static List<Activation> hiddenActivations(NetworkSpec n) {
        return n.layers().subList(0, n.depth() - 1).stream().map(LayerSpec::activation).distinct().toList();
    }

    private static List<String> inits(NetworkSpec n) {
        return n.layers().stream().map(l -> l.init().label()).distinct().toList();
    }

    private static String join(List<?> values) {
        return values.isEmpty() ? "no hidden layer" : String.join("/", values.stream().map(String::valueOf).toList());
    }

    /** "3 hidden units" for one layer, "3 layers of 8", "layers 8-4-2", "no hidden layer". */
    private static String widths(int[] hidden) {
        if (hidden.length == 0) {
            return "no hidden layer";
        }
        if (hidden.length == 1) {
            return hidden[0] + " hidden unit" + (hidden[0] == 1 ? "" : "s");
        }
        boolean same = Arrays.stream(hidden).allMatch(w -> w == hidden[0]);
        return same ? hidden.length + " layers of " + hidden[0]
                : "layers " + String.join("-", Arrays.stream(hidden).mapToObj(Integer::toString).toList());
    }

    /** As a person writes a setting: 0.1, 1e-4, 1000000. */
    public static String number(double x) {
        if (Double.isNaN(x)) {
            return "none";
        }
        if (x != 0 && (Math.abs(x) < 1e-3 || Math.abs(x) >= 1e7)) {
            String e = String.format(Locale.ROOT, "%.3e", x);
            String mantissa = new BigDecimal(e.substring(0, e.indexOf('e'))).stripTrailingZeros().toPlainString();
            return mantissa + "e" + Integer.parseInt(e.substring(e.indexOf('e') + 1));
        }
        return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }
}
