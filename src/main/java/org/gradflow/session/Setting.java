package org.gradflow.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.gradflow.engine.Dataset;
import org.gradflow.engine.Head;
import org.gradflow.engine.MergePatch;
import org.gradflow.engine.Scenario;
import org.gradflow.engine.TrainingRule;

/**
 * One setting of a scenario's main run, as the window's network panel and a comparison ("compare with: relu")
 * change it: where it lives in the scenario file, and the merge patch that gives it a new value. The patch keeps
 * the scenario whole, as a teacher would expect of one change: a list of layers stays a list (every hidden layer
 * gets the activation), weights that no longer fit the network go back to the seed, and a rule that ends the
 * network differently brings that end's defaults (a classifier's two inputs and its dataset, a siamese pair's six
 * inputs and its pairs). The scenario reader then judges the result, so a bad value is refused with the file's
 * own one-line message.
 */
public enum Setting {
    RULE("training", "rule") {
        @Override
        void change(ObjectNode tree, JsonNode value) {
            TrainingRule from = rule(tree);
            TrainingRule to = TrainingRule.fromId(value.asText()).orElse(null);
            super.change(tree, value);
            if (to != null && from != null && from.head() != to.head()) {
                newEnd(tree, from, to);
            }
        }
    },
    ACTIVATION("network", "activation") {
        @Override
        void change(ObjectNode tree, JsonNode value) {
            ArrayNode layers = layers(tree);
            if (layers == null) {
                super.change(tree, value);
                return;
            }
            for (int i = 0; i < layers.size() - 1; i++) {
                ((ObjectNode) layers.get(i)).set("activation", value.deepCopy());
            }
        }
    },
    INIT("network", "init") {
        @Override
        void change(ObjectNode tree, JsonNode value) {
            ArrayNode layers = layers(tree);
            if (layers == null) {
                super.change(tree, value);
            } else {
                layers.forEach(l -> ((ObjectNode) l).set("init", value.deepCopy()));
            }
            // Given weights would hide the new init.
            tree.remove("weights");
        }
    },
    HIDDEN_UNITS("network", "hiddenUnits") {
        @Override
        void change(ObjectNode tree, JsonNode value) {
            ArrayNode layers = layers(tree);
            if (layers == null || !(value.isArray() || value.isInt())) {
                super.change(tree, value);
            } else {
                ArrayNode widths = value.isArray() ? (ArrayNode) value : JsonNodeFactory.instance.arrayNode()
                        .add(value.intValue());
                ArrayNode rebuilt = JsonNodeFactory.instance.arrayNode();
                JsonNode output = layers.get(layers.size() - 1);
                for (int i = 0; i < widths.size(); i++) {
                    // A new layer is like the deepest hidden one (or, with none, like the output layer).
                    JsonNode like = i < layers.size() - 1 ? layers.get(i)
                            : layers.size() > 1 ? layers.get(layers.size() - 2) : output;
                    ObjectNode layer = like.deepCopy();
                    layer.set("units", widths.get(i).deepCopy());
                    rebuilt.add(layer);
                }
                rebuilt.add(output.deepCopy());
                ((ObjectNode) tree.get("network")).set("layers", rebuilt);
            }
            tree.remove("weights");
        }
    },
    OUTPUT_SIZE("network", "outputSize") {
        @Override
        void change(ObjectNode tree, JsonNode value) {
            setOutput(tree, "units", value);
            tree.remove("weights");
        }
    },
    OUTPUT_ACTIVATION("network", "outputActivation") {
        @Override
        void change(ObjectNode tree, JsonNode value) {
            setOutput(tree, "activation", value);
        }
    },
    LEARNING_RATE("training", "learningRate"),
    /** 0 or null: every example in one batch (the field's absence). */
    BATCH_SIZE("training", "batchSize") {
        @Override
        void change(ObjectNode tree, JsonNode value) {
            if (value.isNull() || value.isNumber() && value.asDouble() == 0) {
                section(tree).remove(field());
            } else {
                super.change(tree, value);
            }
        }
    },
    MARGIN("training", "margin"),
    ITERATIONS_PER_PAIR("training", "iterationsPerPair"),
    SEED("training", "seed"),
    DATASET("data", "dataset"),
    COUNT("data", "count"),
    NOISE("data", "noise"),
    PAIR_COUNT("data", "pairCount");

    /** What the default classifier and regression are trained on, the datasets TF Playground opens with. */
    static final String DEFAULT_CLASSES = Dataset.CIRCLE.id();
    static final String DEFAULT_REGRESSION = Dataset.PLANE.id();
    /** TF Playground's count, and the seed's ten pairs. */
    static final int DEFAULT_COUNT = 200;
    static final int DEFAULT_PAIR_COUNT = 10;

    private final String section;
    private final String field;

    Setting(String section, String field) {
        this.section = section;
        this.field = field;
    }

    /** The dotted path in the scenario file: {@code network.activation}. */
    public String path() {
        return section + "." + field;
    }

    String field() {
        return field;
    }

    /** The main scenario with this setting at {@code value}; a value the file would refuse throws its message. */
    public Scenario applyTo(Scenario s, JsonNode value) {
        return s.patched(patch(s.source(), value));
    }

    /** The merge patch that gives {@code source} (a main scenario's tree, as its file says it) the value. */
    public ObjectNode patch(ObjectNode source, JsonNode value) {
        ObjectNode changed = source.deepCopy();
        change(changed, value);
        return MergePatch.diff(source, changed);
    }

    /** Changes the tree in place; the common case is the one field. */
    void change(ObjectNode tree, JsonNode value) {
        section(tree).set(field, value.deepCopy());
    }

    ObjectNode section(ObjectNode tree) {
        JsonNode node = tree.get(section);
        return node instanceof ObjectNode o ? o : tree.putObject(section);
    }

    /** The network's list of layers when the file gives one, else null (the short form). */
    static ArrayNode layers(ObjectNode tree) {
        JsonNode network = tree.get("network");
        JsonNode layers = network == null ? null : network.get("layers");
        return layers instanceof ArrayNode a && !a.isEmpty() ? a : null;
    }

    private static void setOutput(ObjectNode tree, String layerField, JsonNode value) {
        ArrayNode layers = layers(tree);
        if (layers != null) {
            ((ObjectNode) layers.get(layers.size() - 1)).set(layerField, value.deepCopy());
        } else {
            OUTPUT_SIZE.section(tree).set(layerField.equals("units") ? "outputSize" : "outputActivation",
                    value.deepCopy());
        }
    }

    private static TrainingRule rule(ObjectNode tree) {
        JsonNode training = tree.get("training");
        JsonNode rule = training == null ? null : training.get("rule");
        return rule == null ? TrainingRule.QUESTION : TrainingRule.fromId(rule.asText()).orElse(null);
    }

    /** The defaults of the network's new end: inputs, outputs, data and the settings only that end has. */
    private static void newEnd(ObjectNode tree, TrainingRule from, TrainingRule to) {
        ObjectNode training = RULE.section(tree);
        ObjectNode network = ACTIVATION.section(tree);
        ObjectNode data = DATASET.section(tree);
        // The margins of the cosine and of the distance mean different things; each rule's default is its own.
        training.remove("margin");
        if (to.siamese() && from.siamese()) {
            return;
        }
        tree.remove("weights");
        if (to.siamese()) {
            network.put("inputSize", Scenario.DEFAULT.inputSize());
            setOutput(tree, "units", JsonNodeFactory.instance.numberNode(1));
            setOutput(tree, "activation", JsonNodeFactory.instance.textNode("tanh"));
            training.remove("batchSize");
            data.removeAll();
            data.put("pairCount", DEFAULT_PAIR_COUNT);
            tree.remove("examples");
            return;
        }
        boolean classes = to.head() == Head.CLASSES;
        setOutput(tree, "units", JsonNodeFactory.instance.numberNode(classes ? 2 : 1));
        setOutput(tree, "activation", JsonNodeFactory.instance.textNode("linear"));
        training.remove("iterationsPerPair");
        tree.remove("pairs");
        tree.remove("examples");
        Dataset current = data.has("dataset") ? Dataset.fromId(data.get("dataset").asText()).orElse(null) : null;
        if (from.siamese() || current == null || current.classes() != classes) {
            network.put("inputSize", 2);
            data.removeAll();
            data.put("dataset", classes ? DEFAULT_CLASSES : DEFAULT_REGRESSION);
            data.put("count", DEFAULT_COUNT);
            data.put("noise", 0.0);
        }
    }
}
