package org.gradflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** trace, curve, sweep --vary and export for the networks beyond the seed's, in the design's formats. */
class AnyNetworkCommandsTest {
    private static final String DEEP = "assets/scenarios/deep-sigmoid.json";
    private static final String DEAD = "assets/scenarios/dead-relu.json";

    @Test
    void aClassifiersTraceHasTheBatchTheRightCountAndEveryLayersRecords() throws Exception {
        CliRun run = CliRun.of("trace", DEAD, "--iterations", "25");
        assertThat(run.status()).as(run.err()).isZero();
        List<JsonNode> its = run.outLines();
        assertThat(its).hasSize(25);
        JsonNode first = its.get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("iteration", "batch", "loss", "right", "size",
                "layers");
        assertThat(first.get("size").asInt()).isEqualTo(10);
        assertThat(first.get("layers")).hasSize(3);
        // 200 examples in batches of 10: batch 20 at iteration 20, then batch 1 again.
        assertThat(its.get(19).get("batch").asInt()).isEqualTo(20);
        assertThat(its.get(20).get("batch").asInt()).isEqualTo(1);
    }

    @Test
    void aClassifiersCurveCountsExamplesAndDeadUnitsAndAgreesWithItsTrace() throws Exception {
        CliRun curve = CliRun.of("curve", DEAD, "--passes", "3");
        assertThat(curve.status()).as(curve.err()).isZero();
        List<JsonNode> passes = curve.outLines();
        assertThat(passes).hasSize(6);
        JsonNode pass = passes.get(2);
        assertThat(pass.fieldNames()).toIterable().containsExactly("run", "outputSize", "pass", "iteration",
                "meanLoss", "examplesRight", "exampleCount", "learned", "deadUnits");
        assertThat(pass.get("exampleCount").asInt()).isEqualTo(200);
        assertThat(pass.get("deadUnits")).hasSize(3);
        assertThat(pass.get("deadUnits").get(1).asInt()).isGreaterThanOrEqualTo(4);
        List<JsonNode> its = CliRun.of("trace", DEAD, "--iterations", "60").outLines();
        for (int p = 0; p < 3; p++) {
            double loss = 0;
            int right = 0;
            for (JsonNode it : its.subList(20 * p, 20 * (p + 1))) {
                loss += it.get("loss").asDouble();
                right += it.get("right").asInt();
            }
            assertThat(passes.get(p).get("meanLoss").asDouble()).isEqualTo(loss / 20);
            assertThat(passes.get(p).get("examplesRight").asInt()).isEqualTo(right);
        }
    }

    @Test
    void aHingeEmbeddingTraceNamesTheDistance() throws Exception {
        CliRun run = CliRun.of("trace", "assets/scenarios/hinge-embedding.json", "--iterations", "1");
        JsonNode first = run.outLines().get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("iteration", "pair", "target", "distance",
                "loss", "gradOutput", "u", "v", "dDdu", "dDdv", "gradNorms", "layers");
    }

    @Test
    void sweepVariesAnySettingAndTheCsvGainsAColumnPerVary(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("sweep", DEEP, "--vary", "network.activation=sigmoid,relu", "--vary",
                "network.hiddenUnits=[8],[8,8]", "--seeds", "1..2", "--passes", "3", "--out", dir.toString());
        assertThat(run.status()).as(run.err()).isZero();
        List<String> csv = Files.readAllLines(dir.resolve("sweep.csv"));
        assertThat(csv.get(0)).isEqualTo("outputSize,learningRate,seed,network.activation,network.hiddenUnits,"
                + "learnedAtPass,finalMeanLoss");
        assertThat(csv).hasSize(1 + 2 * 2 * 2);
        assertThat(csv.get(1)).startsWith("2,0.1,1,sigmoid,[8],");
        assertThat(csv.get(8)).startsWith("2,0.1,2,relu,\"[8,8]\",");
        // Each row is curve of that one run.
        Path one = dir.resolve("one.json");
        Files.writeString(one, "{\"network\": {\"inputSize\": 2, \"hiddenUnits\": [8, 8], \"activation\": \"relu\","
                + " \"outputSize\": 2}, \"training\": {\"rule\": \"cross-entropy\", \"learningRate\": 0.1, \"seed\":"
                + " 2}, \"data\": {\"dataset\": \"circle\", \"count\": 200}}");
        List<JsonNode> passes = CliRun.of("curve", one.toString(), "--passes", "3").outLines();
        String[] row = csv.get(8).split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
        assertThat(Double.parseDouble(row[6])).isEqualTo(passes.get(2).get("meanLoss").asDouble());
    }

    @Test
    void aVaryThatCannotApplyIsRefusedInOneLineBeforeAnyRun(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("sweep", DEEP, "--vary", "network.activation=relu,swish", "--seeds", "1..1",
                "--passes", "3", "--out", dir.toString());
        assertThat(run.status()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.err().strip()).startsWith("gradflow: --vary network.activation=swish: ")
                .contains("unknown activation").doesNotContain("\n");
        CliRun bad = CliRun.of("sweep", DEEP, "--vary", "activation", "--seeds", "1..1", "--passes", "3", "--out",
                dir.toString());
        assertThat(bad.err().strip()).isEqualTo("gradflow: --vary must be PATH=V1,V2,... (like"
                + " network.activation=relu,tanh), got \"activation\"");
        assertThat(Files.list(dir)).isEmpty();
    }

    @Test
    void exportNamesTheRunsByWhatDiffersAndWritesTheChartsThatApply(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("export", DEEP, "--iterations", "5", "--out", dir.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(dir.resolve("figure-main-vs-comparison-it5.png")).isNotEmptyFile();
        assertThat(dir.resolve("norms-main-it5.png")).isNotEmptyFile();
        assertThat(dir.resolve("curve-main-vs-comparison-it5.png")).isNotEmptyFile();
        assertThat(dir.resolve("trace-main-vs-comparison-it5.csv")).isNotEmptyFile();
        // The cosine's charts are for the cosine rules.
        assertThat(dir.resolve("cosine-main-it5.png")).doesNotExist();
    }
}
