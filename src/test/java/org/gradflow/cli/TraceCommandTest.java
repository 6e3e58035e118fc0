package org.gradflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gradflow.engine.IterationRecord;
import org.gradflow.engine.RunFactory;
import org.gradflow.engine.ScenarioReader;
import org.gradflow.engine.Trainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

class TraceCommandTest {
    private static final Path SCENARIOS = Path.of("assets", "scenarios");
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "assets/scenarios/original-question.json,   original-question.trace.jsonl,",
        "src/test/resources/golden/six-dimensions.json, six-dimensions.trace.jsonl,",
        "assets/scenarios/singular-spike.json,     singular-spike.trace.jsonl, 3",
    })
    void traceIsByteForByteTheGoldenFile(String scenario, String golden, String iterations) throws IOException {
        CliRun run = iterations == null ? CliRun.of("trace", scenario)
                : CliRun.of("trace", scenario, "--iterations", iterations);
        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(Files.readString(GOLDEN.resolve(golden), StandardCharsets.UTF_8));
    }

    @Test
    void defaultLengthIsOnePassAndEveryLineHasTheDesignsFieldsInOrder() throws IOException {
        CliRun run = CliRun.of("trace", SCENARIOS.resolve("original-question.json").toString());
        String[] lines = run.out().split("\n");
        assertThat(lines).hasSize(100);
        JsonNode first = new ObjectMapper().readTree(lines[0]);
        assertThat(first.fieldNames()).toIterable().containsExactly("iteration", "pair", "target", "cosine", "loss",
                "gradOutput", "u", "v", "dCdu", "dCdv", "gradNorms", "singular", "layers");
        assertThat(first.get("gradNorms").fieldNames()).toIterable()
                .containsExactly("hidden.weight", "hidden.bias", "output.weight", "output.bias");
        assertThat(first.get("layers")).hasSize(2);
        assertThat(first.get("layers").get(0).fieldNames()).toIterable().containsExactly("weightGrad", "biasGrad",
                "outputGrad", "mean", "std", "saturated", "updateRatio");
        // Layers 1 and 2 of the seed network are gradNorms' hidden and output layers.
        assertThat(first.get("layers").get(0).get("weightGrad")).isEqualTo(first.get("gradNorms").get("hidden.weight"));
        assertThat(first.get("layers").get(1).get("biasGrad")).isEqualTo(first.get("gradNorms").get("output.bias"));
        assertThat(first.get("iteration").asInt()).isEqualTo(1);
        assertThat(first.get("pair").asInt()).isEqualTo(1);
        assertThat(new ObjectMapper().readTree(lines[99]).get("pair").asInt()).isEqualTo(10);
    }

    @Test
    void everyPrintedNumberReadsBackToTheEnginesExactDouble() throws IOException {
        Path scenario = GOLDEN.resolve("six-dimensions.json");
        CliRun run = CliRun.of("trace", scenario.toString(), "--iterations", "40");
        Trainer trainer = RunFactory.mainRun(new ScenarioReader().read(scenario));
        ObjectMapper json = new ObjectMapper();
        for (String line : run.out().split("\n")) {
            trainer.step();
            IterationRecord expected = trainer.lastRecord();
            JsonNode node = json.readTree(line);
            assertThat(node.get("iteration").asLong()).isEqualTo(expected.iteration());
            assertSameDouble(node.get("cosine"), expected.cosine());
            assertSameDouble(node.get("loss"), expected.loss());
            assertSameDouble(node.get("gradOutput"), expected.gradOutput());
            for (int i = 0; i < 6; i++) {
                assertSameDouble(node.get("u").get(i), expected.u().getEntry(i));
                assertSameDouble(node.get("v").get(i), expected.v().getEntry(i));
                assertSameDouble(node.get("dCdu").get(i), expected.dCdu().getEntry(i));
                assertSameDouble(node.get("dCdv").get(i), expected.dCdv().getEntry(i));
            }
            assertSameDouble(node.get("gradNorms").get("output.weight"), expected.weightGrad(1));
            assertThat(node.get("singular").asBoolean()).isEqualTo(expected.singular());
        }
        assertThat(trainer.iteration()).isEqualTo(40);
    }

    private static void assertSameDouble(JsonNode node, double expected) {
        // Jackson reads the text back with Double.parseDouble: equality of bits proves the text round-trips.
        assertThat(Double.doubleToLongBits(Double.parseDouble(node.asText())))
                .as("%s vs %s", node.asText(), expected).isEqualTo(Double.doubleToLongBits(expected));
    }

    @Test
    void numbersAreTheShortestTextThatRoundTrips() {
        // JDK 17's Double.toString prints 2.0E-3 as "0.002" but some values with extra digits; the trace must not.
        CliRun run = CliRun.of("trace", SCENARIOS.resolve("original-question.json").toString(), "--iterations",
                "100");
        for (String number : run.out().split("[^0-9.eE+-]+")) {
            if (number.contains(".") && number.length() > 1) {
                String mantissa = number.split("[eE]")[0].replace("-", "").replace(".", "").replaceFirst("^0+", "");
                assertThat(mantissa.length()).as(number).isLessThanOrEqualTo(17);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/bad-scenarios.csv", delimiter = '|', quoteCharacter = '\'')
    void everyBadScenarioExitsWithTwoAndOneLineNamingTheField(String what, String json, String field,
                                                             @TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.json"), json);
        CliRun run = CliRun.of("trace", file.toString());
        assertThat(run.status()).as(what).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).doesNotContain("\n").contains(field + ": ")
                .startsWith("gradflow: " + file + ": ")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void badOptionsAndMissingFilesAreBadInput(@TempDir Path dir) {
        String scenario = SCENARIOS.resolve("original-question.json").toString();
        for (CliRun run : new CliRun[] {
            CliRun.of("trace"),
            CliRun.of("trace", scenario, "--iterations", "many"),
            CliRun.of("trace", scenario, "--iterations", "-1"),
            CliRun.of("trace", dir.resolve("missing.json").toString()),
            CliRun.of("trace", dir.toString()),
            CliRun.of("frobnicate"),
        }) {
            assertThat(run.status()).as(run.err()).isEqualTo(2);
            assertThat(run.err().strip()).startsWith("gradflow: ").doesNotContain("\n").doesNotContain("Exception");
        }
    }

    @Test
    void zeroIterationsPrintsNothing() {
        CliRun run = CliRun.of("trace", SCENARIOS.resolve("original-question.json").toString(), "--iterations", "0");
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aClosedOutputIsAFaultWithOneLine() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        StringWriter err = new StringWriter();
        int status = Cli.run(new String[] {"trace", SCENARIOS.resolve("original-question.json").toString()},
                new PrintWriter(broken), new PrintWriter(err));
        assertThat(status).isEqualTo(1);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("could not be written");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"trace", "export", "bench"}) {
            CliRun run = CliRun.of(command, "--help");
            assertThat(run.status()).isZero();
            assertThat(run.out()).contains("Usage: gradflow " + command);
        }
        CliRun top = CliRun.of("--help");
        assertThat(top.status()).isZero();
        assertThat(top.out()).contains("trace", "export", "bench", "no arguments");
    }

    @Test
    void scenarioFileInTheResourcesIsTheOneOnDisk() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/assets/scenarios/original-question.json")) {
            assertThat(in).isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(Files.readString(SCENARIOS.resolve("original-question.json")));
        }
    }
}
