package org.gradflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class ScenarioReaderTest {
    private final ScenarioReader reader = new ScenarioReader();

    @Test
    void anEmptyObjectIsTheOriginalScriptWithOneDimension() {
        Scenario s = reader.parse("{}");
        assertThat(s).isEqualTo(Scenario.DEFAULT);
        assertThat(s.inputSize()).isEqualTo(6);
        assertThat(s.hiddenUnits()).isEqualTo(3);
        assertThat(s.outputSize()).isEqualTo(1);
        assertThat(s.comparisonOutputSize()).isEqualTo(6);
        assertThat(s.rule()).isEqualTo(TrainingRule.QUESTION);
        assertThat(s.learningRate()).isEqualTo(0.01);
        assertThat(s.margin()).isEqualTo(0.0);
        assertThat(s.iterationsPerPair()).isEqualTo(10);
        assertThat(s.seed()).isEqualTo(1);
        assertThat(s.pairCount()).isEqualTo(10);
        assertThat(s.iterationsPerPass()).isEqualTo(100);
    }

    @Test
    void everyFieldOfTheDesignsExampleIsRead() {
        Scenario s = reader.parse("""
                {
                  "network":    { "inputSize": 2, "hiddenUnits": 2, "outputSize": 1 },
                  "comparison": { "outputSize": 4 },
                  "training":   { "rule": "cosine-embedding", "learningRate": 0.5, "margin": 0.25,
                                  "iterationsPerPair": 3, "seed": 4294967295 },
                  "data":       { "pairCount": 7 },
                  "weights": {
                    "hidden": { "weight": [[0.1, 0.2], [0.3, 0.4]], "bias": [0.0, -0.5] },
                    "output": { "weight": [[0.1, 0.2]], "bias": [0.7] }
                  },
                  "pairs": [ { "left": [1, 2], "right": [3, 4], "target": -1 },
                             { "left": [0.5, 0.25], "right": [0, 1e-3], "target": 1 } ]
                }""");
        assertThat(s.comparisonOutputSize()).isEqualTo(4);
        assertThat(s.rule()).isEqualTo(TrainingRule.COSINE_EMBEDDING);
        assertThat(s.margin()).isEqualTo(0.25);
        assertThat(s.seed()).isEqualTo(4294967295L);
        assertThat(s.weights().hiddenWeight().getEntry(1, 0)).isEqualTo(0.3);
        assertThat(s.weights().outputBias().getEntry(0)).isEqualTo(0.7);
        assertThat(s.pairs()).hasSize(2);
        assertThat(s.pairs().get(1).right().getEntry(1)).isEqualTo(1e-3);
        assertThat(s.pairs().get(1).target()).isEqualTo(1);
        // data.pairCount is ignored when pairs are given.
        assertThat(s.effectivePairCount()).isEqualTo(2);
    }

    /** Shared with the command-line test, which checks the same cases end to end. */
    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/bad-scenarios.csv", delimiter = '|', quoteCharacter = '\'')
    void badInputIsRefusedWithOneLineNamingTheField(String what, String json, String field) {
        assertThatThrownBy(() -> reader.parse(json))
                .as(what)
                .isInstanceOfSatisfying(ScenarioException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).startsWith(field + ": ").doesNotContain("\n");
                });
    }

    @Test
    void emptyMissingAndNonUtf8FilesAreRefusedByName(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.json"), "");
        assertThatThrownBy(() -> reader.read(empty)).hasMessageContaining("empty");
        assertThatThrownBy(() -> reader.read(dir.resolve("nope.json")))
                .hasMessageContaining("nope.json").hasMessageContaining("no such file");
        Path latin1 = Files.write(dir.resolve("latin1.json"),
                "{\"x\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> reader.read(latin1)).hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> reader.read(dir)).hasMessageContaining("folder");
    }

    @Test
    void writtenScenariosReadBackEqual() {
        Scenario full = reader.parse("""
                {"network": {"inputSize": 2, "hiddenUnits": 2, "outputSize": 1},
                 "training": {"rule": "torch-example", "learningRate": 0.1, "seed": 77},
                 "weights": {"output": {"weight": [[0.1, 0.30000000000000004]]}},
                 "pairs": [{"left": [0.1, 1e-300], "right": [3, 4], "target": 1}]}""");
        ScenarioWriter writer = new ScenarioWriter();
        assertThat(reader.parse(writer.write(full))).isEqualTo(full);
        assertThat(reader.parse(writer.write(Scenario.DEFAULT))).isEqualTo(Scenario.DEFAULT);
    }

    /** Found by the fuzz property: a key with an escaped newline made a two-line message. */
    @Test
    void aFieldNameWithALineBreakIsQuotedOnOneLine() {
        assertThatThrownBy(() -> new ScenarioReader().parse("{\"network\": {\"out\\nputSize\": 2}}"))
                .isInstanceOf(ScenarioException.class)
                .hasMessage("network.out\\nputSize: unknown field (known here: activation, hiddenUnits, init,"
                        + " inputSize, layers, outputActivation, outputSize)");
    }
}
