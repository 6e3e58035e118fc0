package org.gradflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Mutated scenario files (truncated, values of the wrong type, extreme numbers, huge arrays, deep nesting) are
 * either a valid scenario or refused with a one-line {@link ScenarioException}: no other exception, no hang.
 */
class ScenarioFuzzTest {
    private static final String VALID = """
            {
              "network":    { "inputSize": 6, "hiddenUnits": 3, "outputSize": 1 },
              "comparison": { "outputSize": 6 },
              "training":   { "rule": "question", "learningRate": 0.01, "margin": 0.0,
                              "iterationsPerPair": 10, "seed": 1 },
              "data":       { "pairCount": 10 },
              "weights": { "output": { "weight": [[0.1, 0.2, 0.3]], "bias": [0.0] } },
              "pairs": [ { "left": [1, 2, 3, 4, 5, 6], "right": [6, 5, 4, 3, 2, 1], "target": -1 } ]
            }""";

    /** Values a field might be given by mistake or malice. */
    private static final List<String> ODD_VALUES = List.of("null", "true", "\"x\"", "[]", "{}", "-1", "0", "1e308",
            "-1e308", "4.9e-324", "NaN", "Infinity", "-Infinity", "99999999999999999999999", "1.5", "\"question\"",
            "[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]", "[" + "0,".repeat(200_000) + "0]", "\"" + "y".repeat(1_000_000) + "\"",
            "[".repeat(50_000) + "]".repeat(50_000), "{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000));

    @Provide
    Arbitrary<String> mutated() {
        Arbitrary<String> truncated = Arbitraries.integers().between(0, VALID.length()).map(n -> VALID.substring(0, n));
        Arbitrary<String> replaced = Combinators.combine(numberOrValuePositions(), Arbitraries.of(ODD_VALUES))
                .as(ScenarioFuzzTest::replaceValueAt);
        Arbitrary<String> flipped = Combinators.combine(Arbitraries.integers().between(0, VALID.length() - 1),
                Arbitraries.chars().range(' ', '~')).as((i, c) -> VALID.substring(0, i) + c + VALID.substring(i + 1));
        return Arbitraries.oneOf(truncated, replaced, flipped);
    }

    private static Arbitrary<Integer> numberOrValuePositions() {
        return Arbitraries.integers().between(0, VALID.length() - 1);
    }

    /** Replaces the JSON value after the first ':' at or after {@code from} with {@code value}. */
    private static String replaceValueAt(int from, String value) {
        int colon = VALID.indexOf(':', from);
        if (colon < 0) {
            return VALID + value;
        }
        int end = colon + 1;
        int depth = 0;
        while (end < VALID.length()) {
            char c = VALID.charAt(end);
            if (c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                break;
            }
            end++;
        }
        return VALID.substring(0, colon + 1) + " " + value + VALID.substring(end);
    }

    @Property(tries = 400)
    void aMutatedFileIsAScenarioOrOneClearLine(@ForAll("mutated") String json) {
        long start = System.nanoTime();
        try {
            Scenario scenario = new ScenarioReader().parse(json);
            assertThat(scenario).isNotNull();
        } catch (ScenarioException e) {
            assertThat(e.getMessage()).isNotBlank().doesNotContain("\n").hasSizeLessThan(400);
        }
        // A generous bound, for a machine under load: the point is "no hang", not speed.
        assertThat((System.nanoTime() - start) / 1e9).as("seconds to read it").isLessThan(1.0);
    }
}
