package org.gradflow.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One setting a sweep varies: a dotted path into the scenario ({@code network.activation},
 * {@code training.batchSize}, {@code network.hiddenUnits}) and the values it takes, each a JSON value
 * ({@code [8,8]}, {@code 0.1}; a bare word is a string, so {@code relu} needs no quotes).
 */
public record SweepAxis(String path, List<JsonNode> values) {
    public static final String OUTPUT_SIZE = "network.outputSize";
    public static final String LEARNING_RATE = "training.learningRate";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public SweepAxis {
        values = values.stream().<JsonNode>map(JsonNode::deepCopy).toList();
        if (values.isEmpty()) {
            throw new IllegalArgumentException(path + " has no values");
        }
    }

    /**
     * An axis from {@code PATH=V1,V2,...} as typed after {@code --vary}: commas inside brackets, braces or quotes
     * do not split.
     *
     * @param label what the messages call the option ("--vary")
     */
    public static SweepAxis parse(String text, String label) {
        int equals = text.indexOf('=');
        if (equals <= 0) {
            throw new IllegalArgumentException(label + " must be PATH=V1,V2,... (like network.activation=relu,tanh),"
                    + " got \"" + text.strip() + "\"");
        }
        String path = text.substring(0, equals).strip();
        if (!path.matches("[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z][A-Za-z0-9]*)*")) {
            throw new IllegalArgumentException(label + " " + path + ": a path is dotted names, like"
                    + " network.activation");
        }
        List<JsonNode> values = new ArrayList<>();
        for (String part : split(text.substring(equals + 1))) {
            values.add(value(part));
        }
        if (values.isEmpty()) {
            throw new IllegalArgumentException(label + " " + path + " is empty: give a comma-separated list");
        }
        return new SweepAxis(path, values);
    }

    /** Splits at the commas that are not inside [...], {...} or "...". */
    static List<String> split(String list) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '"' && (i == 0 || list.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            } else if (!quoted && (c == '[' || c == '{')) {
                depth++;
            } else if (!quoted && (c == ']' || c == '}')) {
                depth--;
            } else if (!quoted && depth == 0 && c == ',') {
                add(parts, current);
                continue;
            }
            current.append(c);
        }
        add(parts, current);
        return parts;
    }

    private static void add(List<String> parts, StringBuilder part) {
        if (!part.toString().isBlank()) {
            parts.add(part.toString().strip());
        }
        part.setLength(0);
    }

    private static JsonNode value(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return JsonNodeFactory.instance.textNode(text);
        }
    }

    /** The merge patch that sets this axis to value {@code index}: {@code {"network": {"activation": "relu"}}}. */
    public ObjectNode patch(int index) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        String[] names = path.split("\\.");
        ObjectNode at = root;
        for (int i = 0; i < names.length - 1; i++) {
            at = at.putObject(names[i]);
        }
        at.set(names[names.length - 1], values.get(index).deepCopy());
        return root;
    }

    /** Value {@code index} as a cell of the CSV or a heading of the heatmap: {@code relu}, {@code [8,8]}. */
    public String label(int index) {
        JsonNode v = values.get(index);
        return v.isTextual() ? v.asText() : v.toString();
    }

    public int size() {
        return values.size();
    }
}
