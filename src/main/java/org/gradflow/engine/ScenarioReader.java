package org.gradflow.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * Reads the design's scenario file (JSON, UTF-8). Every field is optional; a bad one is refused with a
 * {@link ScenarioException} whose one-line message names the field. Unknown fields are refused too, so that a
 * misspelt {@code learningrate} cannot silently train with the default.
 */
public final class ScenarioReader {
    /** Files larger than this are not scenarios (100,000 pairs of 1,024 inputs would be about this). */
    private static final int MAX_FILE_BYTES = 64 * 1024 * 1024;

    private static final Map<String, Set<String>> KNOWN_FIELDS = Map.of(
            "", Set.of("network", "comparison", "training", "data", "weights", "pairs"),
            "network", Set.of("inputSize", "hiddenUnits", "outputSize"),
            "comparison", Set.of("outputSize"),
            "training", Set.of("rule", "learningRate", "margin", "iterationsPerPair", "seed"),
            "data", Set.of("pairCount"),
            "weights", Set.of("hidden", "output"),
            "weights.hidden", Set.of("weight", "bias"),
            "weights.output", Set.of("weight", "bias"),
            "pair", Set.of("left", "right", "target"));

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

    /** A scenario already parsed as JSON: a lesson's inline scenario. */
    public Scenario fromTree(JsonNode root) {
        requireObject(root, "(root)", "");
        Scenario d = Scenario.DEFAULT;
        JsonNode network = object(root, "network");
        JsonNode comparison = object(root, "comparison");
        JsonNode training = object(root, "training");
        JsonNode data = object(root, "data");

        int inputSize = intField(network, "network.inputSize", d.inputSize());
        int hiddenUnits = intField(network, "network.hiddenUnits", d.hiddenUnits());
        int outputSize = intField(network, "network.outputSize", d.outputSize());
        int comparisonOutputSize = intField(comparison, "comparison.outputSize", d.comparisonOutputSize());
        TrainingRule rule = ruleField(training, d.rule());
        double learningRate = numberField(training, "training.learningRate", d.learningRate());
        double margin = numberField(training, "training.margin", d.margin());
        int iterationsPerPair = intField(training, "training.iterationsPerPair", d.iterationsPerPair());
        long seed = longField(training, "training.seed", d.seed());
        int pairCount = intField(data, "data.pairCount", d.pairCount());

        // Sizes are checked before shapes so that a shape message can trust them.
        Scenario sized = new Scenario(inputSize, hiddenUnits, outputSize, comparisonOutputSize, rule, learningRate,
                margin, iterationsPerPair, seed, pairCount, InitialWeights.NONE, null);
        InitialWeights weights = weights(root.get("weights"));
        List<TrainingPair> pairs = pairs(root.get("pairs"), sized.inputSize());
        return new Scenario(inputSize, hiddenUnits, outputSize, comparisonOutputSize, rule, learningRate, margin,
                iterationsPerPair, seed, pairCount, weights, pairs);
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
        if (!node.isObject()) {
            throw new ScenarioException(field, "must be a JSON object {...}, got " + describe(node));
        }
        Set<String> known = KNOWN_FIELDS.get(kind);
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                String path = field.equals("(root)") ? name : field + "." + name;
                throw new ScenarioException(path, "unknown field (known here: "
                        + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
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
        if (node == null) {
            return fallback;
        }
        if (!node.isNumber() || !node.canConvertToExactIntegral()) {
            throw new ScenarioException(path, "must be an integer, got " + describe(node));
        }
        if (!node.canConvertToLong()) {
            throw new ScenarioException(path, "is far too large: " + shortened(node.asText()));
        }
        return node.longValue();
    }

    private static int intField(JsonNode parent, String path, int fallback) {
        long value = longField(parent, path, fallback);
        if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
            throw new ScenarioException(path, "is far too large: " + value);
        }
        return (int) value;
    }

    private static TrainingRule ruleField(JsonNode training, TrainingRule fallback) {
        JsonNode node = present(training, "training.rule");
        if (node == null) {
            return fallback;
        }
        String known = TrainingRule.ids();
        if (!node.isTextual()) {
            throw new ScenarioException("training.rule", "must be one of " + known + ", got " + describe(node));
        }
        return TrainingRule.fromId(node.asText()).orElseThrow(() -> new ScenarioException("training.rule",
                "unknown rule " + describe(node) + " (known: " + known + ")"));
    }

    private static InitialWeights weights(JsonNode node) {
        if (node == null || node.isNull()) {
            return InitialWeights.NONE;
        }
        requireObject(node, "weights", "weights");
        JsonNode hidden = layer(node, "hidden");
        JsonNode output = layer(node, "output");
        return new InitialWeights(matrix(hidden, "weights.hidden.weight"), vector(hidden, "weights.hidden.bias"),
                matrix(output, "weights.output.weight"), vector(output, "weights.output.bias"));
    }

    private static JsonNode layer(JsonNode weights, String name) {
        JsonNode node = weights.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        requireObject(node, "weights." + name, "weights." + name);
        return node;
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
        if (node.size() > Scenario.MAX_PAIRS) {
            throw new ScenarioException("pairs", "must hold at most " + Scenario.MAX_PAIRS + " pairs, got "
                    + node.size());
        }
        List<TrainingPair> pairs = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            String path = "pairs[" + i + "]";
            JsonNode pair = node.get(i);
            requireObject(pair, path, "pair");
            double[] left = requiredNumbers(pair, path + ".left", inputSize);
            double[] right = requiredNumbers(pair, path + ".right", inputSize);
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

    private static double[] requiredNumbers(JsonNode pair, String path, int inputSize) {
        JsonNode node = present(pair, path);
        if (node == null) {
            throw new ScenarioException(path, "is missing (" + inputSize + " numbers, one per input)");
        }
        double[] values = numbers(node, path);
        if (values.length != inputSize) {
            throw new ScenarioException(path, "must have " + inputSize + " numbers (network.inputSize), got "
                    + values.length);
        }
        return values;
    }
}
