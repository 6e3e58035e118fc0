package org.gradflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code curve} against {@code trace}: the design's passes, computed from the trace's own lines. */
class CurveCommandTest {
    private static final String SCENARIO = "assets/scenarios/original-question.json";

    @Test
    void everyPassAgreesWithTheTraceOfTheSameRun(@TempDir Path dir) throws Exception {
        int passes = 20;
        CliRun curve = CliRun.of("curve", SCENARIO, "--passes", String.valueOf(passes));
        assertThat(curve.status()).as(curve.err()).isZero();
        List<JsonNode> rows = curve.outLines();
        assertThat(rows).hasSize(2 * passes);
        // The comparison run (D = 6) traced as a main run: same data, same seed.
        Path six = dir.resolve("six.json");
        Files.writeString(six, "{\"network\": {\"outputSize\": 6}}");
        for (String run : new String[] {"main", "comparison"}) {
            CliRun trace = CliRun.of("trace", run.equals("main") ? SCENARIO : six.toString(), "--iterations",
                    String.valueOf(passes * 100));
            List<JsonNode> its = trace.outLines();
            for (int p = 1; p <= passes; p++) {
                double lossSum = 0;
                int right = 0;
                for (int i = (p - 1) * 100; i < p * 100; i++) {
                    lossSum += its.get(i).get("loss").asDouble();
                    // The last of each pair's 10 iterations counts for pairsRight.
                    JsonNode it = its.get(i);
                    if ((i + 1) % 10 == 0 && it.get("cosine").asDouble() * it.get("target").asInt() > 0) {
                        right++;
                    }
                }
                JsonNode row = rows.get((run.equals("main") ? 0 : passes) + p - 1);
                assertThat(row.get("run").asText()).isEqualTo(run);
                assertThat(row.get("pass").asLong()).isEqualTo(p);
                assertThat(row.get("iteration").asLong()).isEqualTo(p * 100L);
                assertThat(row.get("meanLoss").asDouble()).isEqualTo(lossSum / 100);
                assertThat(row.get("pairsRight").asInt()).isEqualTo(right);
                assertThat(row.get("pairCount").asInt()).isEqualTo(10);
                assertThat(row.get("learned").asBoolean()).isEqualTo(right == 10);
            }
        }
        // The reference scenario's story: D = 1 never learns, D = 6 learns at pass 14.
        assertThat(rows.subList(0, passes)).noneMatch(r -> r.get("learned").asBoolean());
        assertThat(rows.subList(passes, 2 * passes)).filteredOn(r -> r.get("learned").asBoolean()).first()
                .extracting(r -> r.get("pass").asInt()).isEqualTo(14);
    }

    @Test
    void aNegativePassCountIsRefusedWithOneLine() throws Exception {
        CliRun run = CliRun.of("curve", SCENARIO, "--passes", "-1");
        assertThat(run.status()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo("gradflow: --passes must be 0 or more, got -1");
    }
}
