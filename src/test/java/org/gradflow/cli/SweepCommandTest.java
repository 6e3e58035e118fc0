package org.gradflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The design's sweep, as a user runs it. */
class SweepCommandTest {
    private static final String SCENARIO = "assets/scenarios/original-question.json";

    private static List<String> sweep(Path out, String threads) throws Exception {
        CliRun run = CliRun.of("sweep", SCENARIO, "--output-sizes", "1,2,6", "--learning-rates", "0.01,0.1",
                "--seeds", "1..4", "--passes", "40", "--out", out.toString(), "--threads", threads, "--nudge");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(out.resolve("sweep.png")).isNotEmptyFile();
        return Files.readAllLines(out.resolve("sweep.csv"));
    }

    @Test
    void oneThreadAndTwoGiveTheSameCsvInTheSameOrderAndEachRowIsCurveOfThatRun(@TempDir Path dir) throws Exception {
        List<String> one = sweep(Files.createDirectory(dir.resolve("one")), "1");
        List<String> two = sweep(Files.createDirectory(dir.resolve("two")), "2");
        assertThat(two).isEqualTo(one);
        assertThat(one.get(0))
                .isEqualTo("outputSize,learningRate,seed,learnedAtPass,finalMeanLoss,nudgedLearnedAtPass");
        assertThat(one).hasSize(1 + 3 * 2 * 4);
        assertThat(one.get(1)).startsWith("1,0.01,1,");
        assertThat(one.get(24)).startsWith("6,0.1,4,");
        // D = 1 never learns, nudged or not.
        assertThat(one.subList(1, 9)).allSatisfy(row -> assertThat(row.split(",", -1)[3]).isEmpty());
        // Every row against curve of that one run.
        ObjectMapper json = new ObjectMapper();
        for (String row : one.subList(1, one.size())) {
            String[] f = row.split(",", -1);
            Path scenario = dir.resolve("s.json");
            Files.writeString(scenario, "{\"network\": {\"outputSize\": " + f[0] + "}, \"training\": "
                    + "{\"learningRate\": " + f[1] + ", \"seed\": " + f[2] + "}}");
            CliRun curve = CliRun.of("curve", scenario.toString(), "--passes", "40");
            String learned = "";
            String last = null;
            for (String line : curve.out().strip().split("\n")) {
                JsonNode pass = json.readTree(line);
                if (!pass.get("run").asText().equals("main")) {
                    continue;
                }
                if (learned.isEmpty() && pass.get("learned").asBoolean()) {
                    learned = pass.get("pass").asText();
                }
                last = pass.get("meanLoss").asText();
            }
            assertThat(f[3]).as(row).isEqualTo(learned);
            assertThat(Double.parseDouble(f[4])).as(row).isEqualTo(Double.parseDouble(last));
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "--output-sizes|''|--output-sizes is empty: give a comma-separated list",
        "--output-sizes|0,2|--output-sizes: each must be from 1 to 1024, got 0",
        "--learning-rates|0|--learning-rates: each must be a finite number above 0, got 0.0",
        "--learning-rates|NaN|--learning-rates: each must be a finite number above 0, got NaN",
        "--learning-rates|fast|--learning-rates: \"fast\" is not a number",
        "--seeds|5..1|--seeds must be A..B with 0 <= A <= B <= 4294967295, got 5..1",
        "--seeds|1-5|--seeds must be A..B (like 1..20), got \"1-5\"",
        "--passes|0|--passes must be at least 1, got 0",
    })
    void badArgumentsAreRefusedWithOneLineBeforeAnyRun(String option, String value, String message,
                                                       @TempDir Path dir) throws Exception {
        Map<String, String> args = new LinkedHashMap<>();
        args.put("--output-sizes", "1,6");
        args.put("--learning-rates", "0.01");
        args.put("--seeds", "1..2");
        args.put("--passes", "5");
        args.put(option, value);
        List<String> argv = new ArrayList<>(List.of("sweep", SCENARIO, "--out", dir.toString()));
        args.forEach((k, v) -> {
            argv.add(k);
            argv.add(v);
        });
        CliRun run = CliRun.of(argv.toArray(String[]::new));
        assertThat(run.status()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo("gradflow: " + message);
        assertThat(Files.list(dir)).isEmpty();
    }

    @Test
    void aFolderThatCannotBeWrittenIsRefusedBeforeAnyRun(@TempDir Path dir) throws Exception {
        CliRun missing = CliRun.of("sweep", SCENARIO, "--output-sizes", "1", "--learning-rates", "0.01", "--seeds",
                "1..1", "--passes", "5", "--out", dir.resolve("nowhere").toString());
        assertThat(missing.status()).isEqualTo(Cli.BAD_INPUT);
        assertThat(missing.err().strip()).isEqualTo("gradflow: --out " + dir.resolve("nowhere")
                + " is not an existing folder");
    }
}
