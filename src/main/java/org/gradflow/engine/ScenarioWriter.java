package org.gradflow.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/** Writes a scenario as the design's JSON, every setting spelt out so the file documents the lesson. */
public final class ScenarioWriter {
    private final JsonMapper mapper = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .build();

    public String write(Scenario s) {
        ObjectNode root = mapper.createObjectNode();
        ObjectNode network = root.putObject("network");
        network.put("inputSize", s.inputSize());
        network.put("hiddenUnits", s.hiddenUnits());
        network.put("outputSize", s.outputSize());
        root.putObject("comparison").put("outputSize", s.comparisonOutputSize());
        ObjectNode training = root.putObject("training");
        training.put("rule", s.rule().id());
        training.put("learningRate", s.learningRate());
        training.put("margin", s.margin());
        training.put("iterationsPerPair", s.iterationsPerPair());
        training.put("seed", s.seed());
        root.putObject("data").put("pairCount", s.pairCount());
        InitialWeights w = s.weights();
        if (!w.isEmpty()) {
            ObjectNode weights = root.putObject("weights");
            if (w.hiddenWeight() != null || w.hiddenBias() != null) {
                layer(weights.putObject("hidden"), w.hiddenWeight(), w.hiddenBias());
            }
            if (w.outputWeight() != null || w.outputBias() != null) {
                layer(weights.putObject("output"), w.outputWeight(), w.outputBias());
            }
        }
        if (s.pairs() != null) {
            ArrayNode pairs = root.putArray("pairs");
            for (TrainingPair p : s.pairs()) {
                ObjectNode pair = pairs.addObject();
                vector(pair.putArray("left"), p.left());
                vector(pair.putArray("right"), p.right());
                pair.put("target", p.target());
            }
        }
        try {
            return mapper.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
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
}
