package org.gradflow.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * Reads the design's scenario file (JSON, UTF-8). Every field is optional; a bad one is refused with a
 * {@link ScenarioException} whose one-line message names the field. Unknown fields are refused too, so that a
 * misspelt {@code learningrate} cannot silently train with the default, and so are fields that mean nothing for
 * the scenario's rule (a batch size for a siamese rule, pairs for a classifier), which would otherwise be
 * silently ignored the same way.
 */
public final class ScenarioReader {
    /** Files larger than this are not scenarios (100,000 pairs of 1,024 inputs would be about this). */
    private static final int MAX_FILE_BYTES = 64 * 1024 * 1024;
    /** A single network's default data: TF Playground's first dataset, 200 points, no noise. */
    static final int DEFAULT_COUNT = 200;

    private static final Set<String> SHORT_FORM = Set.of("hiddenUnits", "activation", "outputSize",
            "outputActivation", "init");
    private static final Map<String, Set<String>> KNOWN_FIELDS = Map.ofEntries(
            Map.entry("", Set.of("network", "comparison", "training", "data", "weights", "pairs", "examples")),
            Map.entry("network", Set.of("inputSize", "hiddenUnits", "activation", "outputSize", "outputActivation",
                    "init", "layers")),
            Map.entry("layer", Set.of("units", "activation", "init")),
            Map.entry("init", Set.of("scheme", "std", "gain")),
            Map.entry("training", Set.of("rule", "learningRate", "margin", "iterationsPerPair", "seed",
                    "batchSize")),
            Map.entry("data", Set.of("pairCount", "dataset", "count", "noise")),
            Map.entry("weights", Set.of("hidden", "output", "layers")),
            Map.entry("weights.layer", Set.of("weight", "bias")),
            Map.entry("pair", Set.of("left", "right", "target")),
            Map.entry("example", Set.of("input", "label", "target")));

    private final JsonMapper mapper = JsonFiles.strictMapper();

    /** Reads a scenario file; any problem, reading included, is a one-line {@link ScenarioException}. */
    public Scenario read(Path file) {
        byte[] bytes = JsonFiles.read(file, MAX_FILE_BYTES, "scenario");
        try {
            return parse(JsonFiles.decodeUtf8(bytes));
        } catch (ScenarioException e) {
            throw e.in(file.toString());
        }
    }

    /** Parses scenario JSON text. */
    public Scenario parse(String json) {
        return fromTree(JsonFiles.tree(mapper, json, "write {} for the default scenario"));
    }

    /** A scenario already parsed as JSON: a lesson's inline scenario, or a patched one. */
    public Scenario fromTree(JsonNode root) {
        requireObject(root, "(root)", "");
        ObjectNode main = ((ObjectNode) root).deepCopy();
        JsonNode comparisonNode = main.remove("comparison");
        RunSpec mainRun = runSpec(main);
        Comparison comparison = comparison(comparisonNode, mainRun);
        return new Scenario(mainRun, comparison, resolve(mainRun, comparison, main), main);
    }

    /**
     * The comparison run {@code comparison} makes of {@code main}, whose file said {@code source}; null for one run.
     * A merged scenario that is not valid is refused as the comparison's fault.
     */
    static RunSpec resolve(RunSpec main, Comparison comparison, ObjectNode source) {
        if (comparison instanceof Comparison.OutputSize legacy) {
            return legacyComparison(main, legacy.outputSize());
        }
        if (comparison instanceof Comparison.Patch patch) {
            JsonNode merged = MergePatch.apply(source, patch.patch());
            try {
                requireObject(merged, "(root)", "");
                if (merged.has("comparison")) {
                    throw new ScenarioException("comparison", "a comparison cannot have a comparison of its own");
                }
                return new ScenarioReader().runSpec((ObjectNode) merged);
            } catch (ScenarioException e) {
                throw new ScenarioException("comparison", "the main scenario with this patch is not valid: "
                        + e.getMessage());
            }
        }
        return null;
    }

    /** Today's comparison: the main run with output size D, its weights drawn from the seed. */
    static RunSpec legacyComparison(RunSpec main, int outputSize) {
        return new RunSpec(main.network().withOutputSize(outputSize), main.training(), main.data(),
                InitialWeights.NONE);
    }

    private static Comparison comparison(JsonNode node, RunSpec main) {
        if (node == null || node.isNull()) {
            return main.training().rule().head() == Head.COSINE
                    ? new Comparison.OutputSize(Scenario.DEFAULT_COMPARISON_OUTPUT_SIZE, true) : Comparison.NONE;
        }
        if (!node.isObject()) {
            throw new ScenarioException("comparison", "must be a JSON object {...} (a merge patch of the main"
                    + " scenario, or {\"outputSize\": D}), got " + describe(node));
        }
        if (node.has("outputSize")) {
            if (node.size() > 1) {
                throw new ScenarioException("comparison.outputSize", "the legacy form {\"outputSize\": D} stands"
                        + " alone; in a merge patch write {\"network\": {\"outputSize\": D}}");
            }
            int d = intField(node, "comparison.outputSize", 0);
            requireRange("comparison.outputSize", d, 1, NetworkSpec.MAX_UNITS);
            return new Comparison.OutputSize(d, false);
        }
        return new Comparison.Patch((ObjectNode) node);
    }

    /** The main run (or a merged comparison) from a scenario's tree less its comparison. */
    RunSpec runSpec(ObjectNode root) {
        requireObject(root, "(root)", "");
        JsonNode network = object(root, "network");
        JsonNode training = object(root, "training");
        JsonNode data = object(root, "data");

        TrainingRule rule = ruleField(training);
        boolean siamese = rule.siamese();
        String single = rule.id() + " trains one network on examples (data.dataset, data.count, data.noise, or"
                + " examples)";
        String pairwise = rule.id() + " trains a siamese network on pairs (data.pairCount, or pairs)";
        refuse(training, "training.iterationsPerPair", !siamese, "is for the siamese rules; " + single);
        refuse(training, "training.margin", !siamese, "is for the siamese rules; " + single);
        refuse(training, "training.batchSize", siamese, "is for cross-entropy and mse; " + pairwise
                + ", one at a time (training.iterationsPerPair)");
        refuse(data, "data.pairCount", !siamese, "is for the siamese rules; " + single);
        refuse(root, "pairs", !siamese, "are for the siamese rules; " + single);
        for (String field : List.of("dataset", "count", "noise")) {
            refuse(data, "data." + field, siamese, "is for cross-entropy and mse; " + pairwise);
        }
        refuse(root, "examples", siamese, "are for cross-entropy and mse; " + pairwise);

        double learningRate = numberField(training, "training.learningRate", TrainingSpec.SEED.learningRate());
        double margin = siamese ? numberField(training, "training.margin", rule.head().defaultMargin()) : Double.NaN;
        int iterationsPerPair = siamese
                ? intField(training, "training.iterationsPerPair", TrainingSpec.SEED.iterationsPerPair()) : 1;
        long seed = longField(training, "training.seed", TrainingSpec.SEED.seed());
        int batchSize = siamese ? 0 : intField(training, "training.batchSize", 0);
        if (!siamese && present(training, "training.batchSize") != null) {
            requireRange("training.batchSize", batchSize, 1, Dataset.MAX_COUNT);
        }
        requireRange("training.iterationsPerPair", iterationsPerPair, 1, TrainingSpec.MAX_ITERATIONS_PER_PAIR);
        TrainingSpec trainingSpec = new TrainingSpec(rule, learningRate, margin, iterationsPerPair, seed, batchSize);

        List<Example> examples = siamese ? null : examples(root.get("examples"), rule);
        DataSpec dataSpec = siamese ? DataSpec.pairs(intField(data, "data.pairCount", DataSpec.SEED.pairCount()),
                null) : examples != null ? DataSpec.examples(examples) : dataset(data, rule);

        NetworkSpec networkSpec = network(network, rule, examples);
        InitialWeights weights = weights(root.get("weights"));
        List<TrainingPair> pairs = siamese ? pairs(root.get("pairs"), networkSpec.inputSize()) : null;
        if (pairs != null) {
            dataSpec = DataSpec.pairs(dataSpec.pairCount(), pairs);
        }
        return new RunSpec(networkSpec, trainingSpec, dataSpec, weights);
    }

    private static void refuse(JsonNode parent, String path, boolean when, String why) {
        if (when && present(parent, path) != null) {
            throw new ScenarioException(path, why);
        }
    }

    private static DataSpec dataset(JsonNode data, TrainingRule rule) {
        Dataset fallback = rule.head() == Head.CLASSES ? Dataset.CIRCLE : Dataset.PLANE;
        Dataset dataset = named(data, "data.dataset", fallback, Dataset::fromId, Dataset.ids(), "dataset");
        int count = intField(data, "data.count", DEFAULT_COUNT);
        double noise = numberField(data, "data.noise", 0.0);
        return DataSpec.dataset(dataset, count, noise);
    }

    private static NetworkSpec network(JsonNode network, TrainingRule rule, List<Example> examples) {
        int defaultInputs = rule.siamese() ? NetworkSpec.SEED.inputSize()
                : examples != null ? examples.get(0).input().length : 2;
        int inputSize = intField(network, "network.inputSize", defaultInputs);
        requireRange("network.inputSize", inputSize, 1, NetworkSpec.MAX_UNITS);
        Activation outputDefault = rule.head().defaultOutputActivation();
        JsonNode layers = present(network, "network.layers");
        if (layers != null) {
            for (String field : SHORT_FORM) {
                if (present(network, "network." + field) != null) {
                    throw new ScenarioException("network." + field, "cannot stand beside network.layers: give the"
                            + " full list of layers, or the short form (hiddenUnits, activation, outputSize,"
                            + " outputActivation, init), not both");
                }
            }
            return new NetworkSpec(inputSize, layerList(layers, outputDefault), true);
        }
        int[] hidden = hiddenUnits(network);
        Activation activation = named(network, "network.activation", Activation.TANH, Activation::fromId,
                Activation.ids(), "activation");
        int outputSize = intField(network, "network.outputSize", defaultOutputSize(rule, examples));
        requireRange("network.outputSize", outputSize, 1, NetworkSpec.MAX_UNITS);
        Activation outputActivation = named(network, "network.outputActivation", outputDefault, Activation::fromId,
                Activation.ids(), "activation");
        Init init = init(present(network, "network.init"), "network.init");
        return NetworkSpec.shortForm(inputSize, hidden, activation, outputSize, outputActivation, init);
    }

    /** One output for the siamese rules and mse; two classes for cross-entropy, or as many as the labels need. */
    private static int defaultOutputSize(TrainingRule rule, List<Example> examples) {
        if (rule.head() == Head.CLASSES) {
            int classes = 2;
            if (examples != null) {
                for (Example e : examples) {
                    classes = Math.max(classes, e.label() + 1);
                }
            }
            return classes;
        }
        if (rule.head() == Head.REGRESSION && examples != null && !examples.get(0).hasLabel()) {
            return examples.get(0).target().length;
        }
        return NetworkSpec.SEED.outputSize();
    }

    private static int[] hiddenUnits(JsonNode network) {
        String path = "network.hiddenUnits";
        JsonNode node = present(network, path);
        if (node == null) {
            return NetworkSpec.SEED.hiddenUnits();
        }
        if (node.isArray()) {
            if (node.size() > NetworkSpec.MAX_HIDDEN_LAYERS) {
                throw new ScenarioException(path, "must list at most " + NetworkSpec.MAX_HIDDEN_LAYERS
                        + " hidden layers, got " + node.size());
            }
            int[] widths = new int[node.size()];
            for (int i = 0; i < widths.length; i++) {
                String at = path + "[" + i + "]";
                widths[i] = toInt(integer(node.get(i), at), at);
                requireRange(at, widths[i], 1, NetworkSpec.MAX_UNITS);
            }
            return widths;
        }
        if (!node.isNumber()) {
            throw new ScenarioException(path, "must be a number of units (one hidden layer) or a list of them,"
                    + " got " + describe(node));
        }
        int units = intField(network, path, 0);
        requireRange(path, units, 1, NetworkSpec.MAX_UNITS);
        return new int[] {units};
    }

    private static List<LayerSpec> layerList(JsonNode node, Activation outputDefault) {
        String path = "network.layers";
        if (!node.isArray() || node.isEmpty()) {
            throw new ScenarioException(path, "must be a non-empty array of layers {units, activation, init},"
                    + " output layer last, got " + describe(node));
        }
        if (node.size() > NetworkSpec.MAX_HIDDEN_LAYERS + 1) {
            throw new ScenarioException(path, "must hold at most " + (NetworkSpec.MAX_HIDDEN_LAYERS + 1)
                    + " layers, got " + node.size());
        }
        List<LayerSpec> layers = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            String at = path + "[" + i + "]";
            JsonNode layer = node.get(i);
            requireObject(layer, at, "layer");
            JsonNode units = layer.get("units");
            if (units == null || units.isNull()) {
                throw new ScenarioException(at + ".units", "is missing (how many units the layer has)");
            }
            int count = toInt(integer(units, at + ".units"), at + ".units");
            requireRange(at + ".units", count, 1, NetworkSpec.MAX_UNITS);
            Activation fallback = i == node.size() - 1 ? outputDefault : Activation.TANH;
            Activation activation = named(layer, at + ".activation", fallback, Activation::fromId, Activation.ids(),
                    "activation");
            layers.add(new LayerSpec(count, activation, init(present(layer, at + ".init"), at + ".init")));
        }
        return layers;
    }

    /** An init: a scheme's name, or {@code {"scheme": ..., "std": ..., "gain": ...}}. */
    private static Init init(JsonNode node, String path) {
        if (node == null) {
            return Init.TORCH;
        }
        if (node.isTextual()) {
            InitScheme scheme = scheme(node, path);
            if (scheme.takesStd()) {
                throw new ScenarioException(path, "normal needs its standard deviation: {\"scheme\": \"normal\","
                        + " \"std\": 1.0}");
            }
            return Init.of(scheme);
        }
        if (!node.isObject()) {
            throw new ScenarioException(path, "must be a scheme's name (" + InitScheme.ids() + ") or {\"scheme\":"
                    + " ..., \"std\": ...}, got " + describe(node));
        }
        requireObject(node, path, "init");
        JsonNode schemeNode = node.get("scheme");
        if (schemeNode == null || schemeNode.isNull()) {
            throw new ScenarioException(path + ".scheme", "is missing (one of " + InitScheme.ids() + ")");
        }
        InitScheme scheme = scheme(schemeNode, path + ".scheme");
        if (present(node, path + ".std") != null && !scheme.takesStd()) {
            throw new ScenarioException(path + ".std", "is for the normal scheme; " + scheme.id()
                    + " derives its spread from the layer's size");
        }
        if (present(node, path + ".gain") != null && !scheme.takesGain()) {
            throw new ScenarioException(path + ".gain", "is for the xavier schemes, not " + scheme.id());
        }
        double std = Double.NaN;
        if (scheme.takesStd()) {
            JsonNode stdNode = present(node, path + ".std");
            if (stdNode == null) {
                throw new ScenarioException(path + ".std", "is missing (the normal scheme's standard deviation)");
            }
            std = number(stdNode, path + ".std");
            if (!(std > 0)) {
                throw new ScenarioException(path + ".std", "must be a number > 0, got " + std);
            }
        }
        double gain = numberField(node, path + ".gain", 1.0);
        if (!(gain > 0)) {
            throw new ScenarioException(path + ".gain", "must be a number > 0, got " + gain);
        }
        return new Init(scheme, std, gain);
    }

    private static InitScheme scheme(JsonNode node, String path) {
        String known = InitScheme.ids();
        if (!node.isTextual()) {
            throw new ScenarioException(path, "must be one of " + known + ", got " + describe(node));
        }
        return InitScheme.fromId(node.asText()).orElseThrow(() -> new ScenarioException(path,
                "unknown init " + describe(node) + " (known: " + known + ")"));
    }

    private static JsonNode object(JsonNode parent, String name) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        requireObject(node, name, name);
        return node;
    }

    private static void requireObject(JsonNode node, String field, String kind) {
        JsonFiles.requireKnownFields(node, field, KNOWN_FIELDS.get(kind));
    }

    static String shortened(String text) {
        return JsonFiles.shortened(text);
    }

    private static String describe(JsonNode node) {
        return JsonFiles.describe(node);
    }

    private static JsonNode present(JsonNode parent, String path) {
        if (parent == null) {
            return null;
        }
        JsonNode node = parent.get(path.substring(path.lastIndexOf('.') + 1));
        return node == null || node.isNull() ? null : node;
    }

    private static double numberField(JsonNode parent, String path, double fallback) {
        JsonNode node = present(parent, path);
        return node == null ? fallback : number(node, path);
    }

    private static double number(JsonNode node, String path) {
        if (!node.isNumber()) {
            throw new ScenarioException(path, "must be a number, got " + describe(node));
        }
        double value = node.doubleValue();
        if (!Double.isFinite(value)) {
            throw new ScenarioException(path, "must be a finite number, got " + shortened(node.asText()));
        }
        return value;
    }

    private static long longField(JsonNode parent, String path, long fallback) {
        JsonNode node = present(parent, path);
        return node == null ? fallback : integer(node, path);
    }

    private static long integer(JsonNode node, String path) {
        if (!node.isNumber() || !node.canConvertToExactIntegral()) {
            throw new ScenarioException(path, "must be an integer, got " + describe(node));
        }
        if (!node.canConvertToLong()) {
            throw new ScenarioException(path, "is far too large: " + shortened(node.asText()));
        }
        return node.longValue();
    }

    private static int intField(JsonNode parent, String path, int fallback) {
        return toInt(longField(parent, path, fallback), path);
    }

    private static int toInt(long value, String path) {
        if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
            throw new ScenarioException(path, "is far too large: " + value);
        }
        return (int) value;
    }

    private static void requireRange(String field, long value, long min, long max) {
        if (value < min || value > max) {
            throw new ScenarioException(field, "must be an integer from " + min + " to " + max + ", got " + value);
        }
    }

    /** A field that names one of a type's constants ({@code rule}, {@code activation}, {@code dataset}). */
    private static <T> T named(JsonNode parent, String path, T fallback, Function<String, Optional<T>> of,
                               String known, String kind) {
        JsonNode node = present(parent, path);
        if (node == null) {
            return fallback;
        }
        if (!node.isTextual()) {
            throw new ScenarioException(path, "must be one of " + known + ", got " + describe(node));
        }
        return of.apply(node.asText()).orElseThrow(() -> new ScenarioException(path,
                "unknown " + kind + " " + describe(node) + " (known: " + known + ")"));
    }

    private static TrainingRule ruleField(JsonNode training) {
        return named(training, "training.rule", TrainingSpec.SEED.rule(), TrainingRule::fromId, TrainingRule.ids(),
                "rule");
    }

    private static InitialWeights weights(JsonNode node) {
        if (node == null || node.isNull()) {
            return InitialWeights.NONE;
        }
        requireObject(node, "weights", "weights");
        JsonNode layers = present(node, "weights.layers");
        if (layers != null) {
            for (String twoLayer : List.of("hidden", "output")) {
                if (present(node, "weights." + twoLayer) != null) {
                    throw new ScenarioException("weights." + twoLayer, "cannot stand beside weights.layers: give"
                            + " one entry per layer in weights.layers, or the two-layer hidden/output form");
                }
            }
            if (!layers.isArray() || layers.isEmpty()) {
                throw new ScenarioException("weights.layers", "must be a non-empty array of {weight, bias}, one"
                        + " per layer from the input, got " + describe(layers));
            }
            List<InitialWeights.LayerWeights> list = new ArrayList<>();
            for (int i = 0; i < layers.size(); i++) {
                list.add(layerWeights(layers.get(i), "weights.layers[" + i + "]"));
            }
            return new InitialWeights(list, true);
        }
        InitialWeights.LayerWeights hidden = layerWeights(node.get("hidden"), "weights.hidden");
        InitialWeights.LayerWeights output = layerWeights(node.get("output"), "weights.output");
        return new InitialWeights(List.of(hidden, output), false);
    }

    private static InitialWeights.LayerWeights layerWeights(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return InitialWeights.LayerWeights.NONE;
        }
        requireObject(node, path, "weights.layer");
        return new InitialWeights.LayerWeights(matrix(node, path + ".weight"), vector(node, path + ".bias"));
    }

    private static RealMatrix matrix(JsonNode layer, String path) {
        JsonNode node = present(layer, path);
        if (node == null) {
            return null;
        }
        if (!node.isArray() || node.isEmpty()) {
            throw new ScenarioException(path, "must be a non-empty array of rows (arrays of numbers), got "
                    + describe(node));
        }
        double[][] rows = new double[node.size()][];
        for (int r = 0; r < node.size(); r++) {
            rows[r] = numbers(node.get(r), path + "[" + r + "]");
            if (rows[r].length != rows[0].length) {
                throw new ScenarioException(path + "[" + r + "]", "has " + rows[r].length
                        + " numbers, but row 0 has " + rows[0].length + "; all rows must be the same length");
            }
        }
        return new Array2DRowRealMatrix(rows, false);
    }

    private static RealVector vector(JsonNode parent, String path) {
        JsonNode node = present(parent, path);
        return node == null ? null : new ArrayRealVector(numbers(node, path), false);
    }

    private static double[] numbers(JsonNode node, String path) {
        if (!node.isArray() || node.isEmpty()) {
            throw new ScenarioException(path, "must be a non-empty array of numbers, got " + describe(node));
        }
        double[] values = new double[node.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = number(node.get(i), path + "[" + i + "]");
        }
        return values;
    }

    private static List<TrainingPair> pairs(JsonNode node, int inputSize) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            throw new ScenarioException("pairs", "must be an array of {left, right, target}, got " + describe(node));
        }
        if (node.size() > DataSpec.MAX_PAIRS) {
            throw new ScenarioException("pairs", "must hold at most " + DataSpec.MAX_PAIRS + " pairs, got "
                    + node.size());
        }
        List<TrainingPair> pairs = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            String path = "pairs[" + i + "]";
            JsonNode pair = node.get(i);
            requireObject(pair, path, "pair");
            double[] left = requiredNumbers(pair, path + ".left", inputSize, "network.inputSize");
            double[] right = requiredNumbers(pair, path + ".right", inputSize, "network.inputSize");
            JsonNode target = pair.get("target");
            if (target == null || target.isNull()) {
                throw new ScenarioException(path + ".target", "is missing (+1 for a similar pair, -1 otherwise)");
            }
            if (!target.isNumber() || !(target.doubleValue() == 1.0 || target.doubleValue() == -1.0)) {
                throw new ScenarioException(path + ".target", "must be +1 or -1, got " + describe(target));
            }
            pairs.add(TrainingPair.of(left, right, (int) target.doubleValue()));
        }
        return pairs;
    }

    /** Explicit examples: {@code {input, label}} for cross-entropy, {@code {input, target}} for mse. */
    private static List<Example> examples(JsonNode node, TrainingRule rule) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray() || node.isEmpty()) {
            throw new ScenarioException("examples", "must be a non-empty array of {input, "
                    + (rule.head() == Head.CLASSES ? "label" : "target") + "}, got " + describe(node));
        }
        if (node.size() > Dataset.MAX_COUNT) {
            throw new ScenarioException("examples", "must hold at most " + Dataset.MAX_COUNT + " examples, got "
                    + node.size());
        }
        List<Example> examples = new ArrayList<>(node.size());
        int inputs = -1;
        for (int i = 0; i < node.size(); i++) {
            String path = "examples[" + i + "]";
            JsonNode example = node.get(i);
            requireObject(example, path, "example");
            JsonNode input = present(example, path + ".input");
            if (input == null) {
                throw new ScenarioException(path + ".input", "is missing (the network's input numbers)");
            }
            double[] x = numbers(input, path + ".input");
            if (inputs >= 0 && x.length != inputs) {
                throw new ScenarioException(path + ".input", "has " + x.length + " numbers, examples[0].input has "
                        + inputs + "; every input must be the same length");
            }
            inputs = x.length;
            if (rule.head() == Head.CLASSES) {
                if (present(example, path + ".target") != null) {
                    throw new ScenarioException(path + ".target", "is for mse; cross-entropy takes a class label");
                }
                JsonNode label = present(example, path + ".label");
                if (label == null) {
                    throw new ScenarioException(path + ".label", "is missing (the class, from 0)");
                }
                long value = integer(label, path + ".label");
                if (value < 0 || value >= NetworkSpec.MAX_UNITS) {
                    throw new ScenarioException(path + ".label", "must be a class from 0 to "
                            + (NetworkSpec.MAX_UNITS - 1) + ", got " + value);
                }
                examples.add(Example.labelled(x, (int) value));
            } else {
                if (present(example, path + ".label") != null) {
                    throw new ScenarioException(path + ".label", "is for cross-entropy; mse takes a target vector");
                }
                JsonNode target = present(example, path + ".target");
                if (target == null) {
                    throw new ScenarioException(path + ".target", "is missing (the numbers the output should be)");
                }
                examples.add(Example.regression(x, numbers(target, path + ".target")));
            }
        }
        return examples;
    }

    private static double[] requiredNumbers(JsonNode parent, String path, int size, String sizeField) {
        JsonNode node = present(parent, path);
        if (node == null) {
            throw new ScenarioException(path, "is missing (" + size + " numbers, one per input)");
        }
        double[] values = numbers(node, path);
        if (values.length != size) {
            throw new ScenarioException(path, "must have " + size + " numbers (" + sizeField + "), got "
                    + values.length);
        }
        return values;
    }
}
