package org.gradflow.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * Writes a scenario as the design's JSON, every setting of the main run spelt out so that the file documents the
 * lesson, in the forms the scenario was read in: the network's short form or its list of layers, the weights'
 * hidden/output or layers form, the comparison's legacy {@code {"outputSize": D}} or a merge patch (the one that
 * turns the main run, as written here, into the comparison run).
 */
public final class ScenarioWriter {
    private final JsonMapper mapper = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .build();

    public String write(Scenario s) {
        ObjectNode root = mapper.createObjectNode();
        ObjectNode main = mainTree(s.main());
        // The design's order: network, comparison, training, data, weights, pairs or examples.
        root.set("network", main.get("network"));
        JsonNode comparison = comparisonTree(s);
        if (comparison != null) {
            root.set("comparison", comparison);
        }
        for (var field : main.properties()) {
            if (!field.getKey().equals("network")) {
                root.set(field.getKey(), field.getValue());
            }
        }
        try {
            return mapper.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The comparison as the file says it, or null for one run. */
    JsonNode comparisonTree(Scenario s) {
        Comparison c = s.comparison();
        if (c instanceof Comparison.OutputSize legacy) {
            return mapper.createObjectNode().put("outputSize", legacy.outputSize());
        }
        if (c instanceof Comparison.Patch) {
            return MergePatch.diff(mainTree(s.main()), mainTree(s.comparisonRun()));
        }
        return null;
    }

    /** One run written out in full, as a scenario file without a comparison. */
    public ObjectNode mainTree(RunSpec run) {
        ObjectNode root = mapper.createObjectNode();
        network(root.putObject("network"), run.network());
        TrainingSpec t = run.training();
        ObjectNode training = root.putObject("training");
        training.put("rule", t.rule().id());
        training.put("learningRate", t.learningRate());
        if (t.rule().siamese()) {
            training.put("margin", t.margin());
            training.put("iterationsPerPair", t.iterationsPerPair());
        }
        training.put("seed", t.seed());
        if (t.batchSize() > 0) {
            training.put("batchSize", t.batchSize());
        }
        DataSpec d = run.data();
        if (t.rule().siamese()) {
            root.putObject("data").put("pairCount", d.pairCount());
        } else if (d.examples() == null) {
            root.putObject("data").put("dataset", d.dataset().id()).put("count", d.count()).put("noise", d.noise());
        }
        weights(root, run.weights());
        if (d.pairs() != null) {
            ArrayNode pairs = root.putArray("pairs");
            for (TrainingPair p : d.pairs()) {
                ObjectNode pair = pairs.addObject();
                vector(pair.putArray("left"), p.left());
                vector(pair.putArray("right"), p.right());
                pair.put("target", p.target());
            }
        }
        if (d.examples() != null) {
            ArrayNode examples = root.putArray("examples");
            for (Example e : d.examples()) {
                ObjectNode example = examples.addObject();
                numbers(example.putArray("input"), e.input());
                if (e.hasLabel()) {
                    example.put("label", e.label());
                } else {
                    numbers(example.putArray("target"), e.target());
                }
            }
        }
        return root;
    }

    private void network(ObjectNode node, NetworkSpec n) {
        node.put("inputSize", n.inputSize());
        if (n.layerForm() || !n.uniform()) {
            ArrayNode layers = node.putArray("layers");
            for (LayerSpec l : n.layers()) {
                ObjectNode layer = layers.addObject().put("units", l.units()).put("activation", l.activation().id());
                init(layer, l.init());
            }
            return;
        }
        int[] hidden = n.hiddenUnits();
        if (hidden.length == 1) {
            node.put("hiddenUnits", hidden[0]);
        } else {
            ArrayNode list = node.putArray("hiddenUnits");
            for (int units : hidden) {
                list.add(units);
            }
        }
        node.put("activation", n.activation().id());
        node.put("outputSize", n.outputSize());
        node.put("outputActivation", n.outputActivation().id());
        init(node, n.init());
    }

    private void init(ObjectNode parent, Init init) {
        if (!init.hasParameters()) {
            parent.put("init", init.scheme().id());
            return;
        }
        ObjectNode node = parent.putObject("init").put("scheme", init.scheme().id());
        if (init.scheme().takesStd()) {
            node.put("std", init.std());
        } else {
            node.put("gain", init.gain());
        }
    }

    private static void weights(ObjectNode root, InitialWeights w) {
        if (w.isEmpty()) {
            return;
        }
        ObjectNode weights = root.putObject("weights");
        List<InitialWeights.LayerWeights> layers = w.layers();
        if (w.layerForm()) {
            ArrayNode list = weights.putArray("layers");
            for (InitialWeights.LayerWeights l : layers) {
                layer(list.addObject(), l.weight(), l.bias());
            }
            return;
        }
        String[] names = {"hidden", "output"};
        for (int i = 0; i < layers.size(); i++) {
            InitialWeights.LayerWeights l = layers.get(i);
            if (!l.isEmpty()) {
                layer(weights.putObject(names[i]), l.weight(), l.bias());
            }
        }
    }

    private static void layer(ObjectNode layer, RealMatrix weight, RealVector bias) {
        if (weight != null) {
            ArrayNode rows = layer.putArray("weight");
            for (int r = 0; r < weight.getRowDimension(); r++) {
                vector(rows.addArray(), weight.getRowVector(r));
            }
        }
        if (bias != null) {
            vector(layer.putArray("bias"), bias);
        }
    }

    private static void vector(ArrayNode array, RealVector v) {
        for (int i = 0; i < v.getDimension(); i++) {
            array.add(v.getEntry(i));
        }
    }

    private static void numbers(ArrayNode array, double[] values) {
        for (double x : values) {
            array.add(x);
        }
    }
}
