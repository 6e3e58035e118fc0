package org.gradflow.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compares JSON lines value by value: the same fields in the same order, the same array lengths, integers,
 * booleans, strings and nulls equal, and doubles within a relative tolerance that may depend on the field. It keeps
 * the largest relative difference of each field, for the report of how close two programs came.
 */
public final class JsonLinesAgreement {
    /** The relative tolerance of one double: by its field ({@code layers[].std}) and the line it is in. */
    @FunctionalInterface
    public interface Tolerance {
        double of(String field, JsonNode line);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Tolerance tolerance;
    private final Map<String, Double> largest = new TreeMap<>();
    private int lines;
    private int identical;

    public JsonLinesAgreement(Tolerance tolerance) {
        this.tolerance = tolerance;
    }

    /** Asserts that {@code actual} has {@code expected}'s lines, each agreeing with its counterpart. */
    public void assertAgree(String what, String expected, String actual) throws JsonProcessingException {
        List<String> theirs = expected.lines().toList();
        List<String> ours = actual.lines().toList();
        assertThat(ours).as(what + ": lines").hasSameSizeAs(theirs);
        for (int i = 0; i < theirs.size(); i++) {
            JsonNode line = JSON.readTree(theirs.get(i));
            compare(what + ", line " + (i + 1), "", line, JSON.readTree(ours.get(i)), line);
            lines++;
            identical += theirs.get(i).equals(ours.get(i)) ? 1 : 0;
        }
    }

    private void compare(String where, String field, JsonNode expected, JsonNode actual, JsonNode line) {
        String at = where + (field.isEmpty() ? "" : ", " + field);
        assertThat(actual.getNodeType()).as(at).isEqualTo(expected.getNodeType());
        if (expected.isObject()) {
            List<String> names = new ArrayList<>();
            expected.fieldNames().forEachRemaining(names::add);
            List<String> actualNames = new ArrayList<>();
            actual.fieldNames().forEachRemaining(actualNames::add);
            assertThat(actualNames).as(at + ": fields in order").isEqualTo(names);
            for (String name : names) {
                compare(where, field.isEmpty() ? name : field + "." + name, expected.get(name), actual.get(name),
                        line);
            }
        } else if (expected.isArray()) {
            assertThat(actual.size()).as(at + ": length").isEqualTo(expected.size());
            Iterator<JsonNode> a = actual.elements();
            for (JsonNode e : expected) {
                compare(where, field + "[]", e, a.next(), line);
            }
        } else if (expected.isFloatingPointNumber()) {
            assertThat(actual.isFloatingPointNumber()).as(at + ": a double").isTrue();
            double x = expected.asDouble();
            double y = actual.asDouble();
            double relative = x == y ? 0 : Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y));
            largest.merge(field, relative, Math::max);
            double allowed = tolerance.of(field, line);
            assertThat(relative).as("%s: %s against %s, relative difference %s over %s", at, y, x, relative,
                    allowed).isLessThanOrEqualTo(allowed);
        } else {
            assertThat(actual).as(at).isEqualTo(expected);
        }
    }

    /** "40 lines, 38 identical; largest relative differences: loss 1.2e-16, ..." (fields that differed at all). */
    public String report() {
        StringBuilder sb = new StringBuilder().append(lines).append(" lines, ").append(identical)
                .append(" identical");
        List<String> differing = new ArrayList<>();
        largest.forEach((field, r) -> {
            if (r > 0) {
                differing.add(field + " " + String.format(Locale.ROOT, "%.1e", r));
            }
        });
        if (!differing.isEmpty()) {
            sb.append("; largest relative differences: ").append(String.join(", ", differing));
        }
        return sb.toString();
    }
}
