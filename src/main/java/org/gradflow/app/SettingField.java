package org.gradflow.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.function.Function;
import java.util.function.Supplier;
import org.gradflow.engine.Scenario;
import org.gradflow.session.Setting;

/**
 * A text field of the network panel: the text as typed, and the value it gives the setting once the scenario
 * reader has judged the result, so that the field refuses what a file would, with the file's message
 * ("training.learningRate: must be a finite number >= 0, got -1"), before anything reaches the runs.
 */
final class SettingField {
    private final Setting setting;
    private final ValidatedField<JsonNode> field;

    /**
     * @param read    the text as a JSON value, or an {@link IllegalArgumentException} saying what a value looks like
     * @param print   the value as the field shows it
     * @param current the scenario a value is judged against
     */
    SettingField(Setting setting, Function<String, JsonNode> read, Function<JsonNode, String> print,
                 Supplier<Scenario> current) {
        this.setting = setting;
        this.field = new ValidatedField<>(JsonNodeFactory.instance.nullNode(), text -> {
            JsonNode value = canonical(read.apply(text));
            setting.applyTo(current.get(), value);
            return value;
        }, print);
    }

    Setting setting() {
        return setting;
    }

    ValidatedField<JsonNode> field() {
        return field;
    }

    /** Shows the scenario's value (opened, or just changed). */
    void show(JsonNode value) {
        field.show(canonical(value));
    }

    /**
     * One node per number, whatever type it was read or made as, so that a field whose text is unchanged is not
     * taken for a change: Jackson's LongNode 1 is not equal to its IntNode 1.
     */
    static JsonNode canonical(JsonNode value) {
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return JsonNodeFactory.instance.numberNode(value.longValue());
        }
        if (value.isNumber()) {
            return JsonNodeFactory.instance.numberNode(value.doubleValue());
        }
        if (value.isArray()) {
            ArrayNode list = JsonNodeFactory.instance.arrayNode();
            value.forEach(v -> list.add(canonical(v)));
            return list;
        }
        return value;
    }

    /** A number as people type one (0.01, 1e-3). */
    static Function<String, JsonNode> number(String what) {
        return text -> {
            try {
                double x = Double.parseDouble(text.strip());
                if (Double.isFinite(x)) {
                    return JsonNodeFactory.instance.numberNode(x);
                }
            } catch (NumberFormatException e) {
                // Said below, in the field's words.
            }
            throw new IllegalArgumentException(what + " must be a number, like 0.01 or 1e-3.");
        };
    }

    /** A whole number; digit groups may be written 1,000 or 1_000. */
    static Function<String, JsonNode> integer(String what) {
        return text -> {
            String digits = text.strip().replaceAll("[,_ ]", "");
            if (digits.matches("-?\\d{1,18}")) {
                long value = Long.parseLong(digits);
                return value <= Integer.MAX_VALUE ? JsonNodeFactory.instance.numberNode((int) value)
                        : JsonNodeFactory.instance.numberNode(value);
            }
            throw new IllegalArgumentException(what + " must be a whole number.");
        };
    }

    /** A batch size, or "full" (or nothing, or 0) for every example in one batch. */
    static JsonNode batchSize(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.equalsIgnoreCase("full") || t.equals("0")) {
            return JsonNodeFactory.instance.nullNode();
        }
        return integer("The batch size").apply(t);
    }

    static String printBatchSize(JsonNode value) {
        return value.isNull() || value.asInt() == 0 ? "full" : value.asText();
    }

    /** Hidden widths, one per layer: "8, 8, 8" (or "8 8 8"); nothing or "none" for no hidden layer. */
    static JsonNode widths(String text) {
        String t = text.strip();
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        if (t.isEmpty() || t.equalsIgnoreCase("none")) {
            return list;
        }
        for (String part : t.split("[,;x\\s]+")) {
            if (!part.matches("\\d{1,6}")) {
                throw new IllegalArgumentException("Hidden layers are widths, one per layer, like 8, 8, 8 (\""
                        + part + "\" is not a width).");
            }
            list.add(Integer.parseInt(part));
        }
        // One layer is written as the seed's file writes it, a number.
        return list.size() == 1 ? list.get(0) : list;
    }

    static String printWidths(JsonNode value) {
        if (value.isNumber()) {
            return value.asText();
        }
        StringBuilder sb = new StringBuilder();
        for (JsonNode w : value) {
            sb.append(sb.isEmpty() ? "" : ", ").append(w.asText());
        }
        return sb.toString();
    }

    static String printNumber(JsonNode value) {
        return value.isNumber() ? Parsers.print(value.doubleValue()) : "";
    }

    static String printText(JsonNode value) {
        return value.isNull() ? "" : value.asText();
    }
}
