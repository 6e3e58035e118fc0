package org.gradflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --format pytorch} on the command line: what it writes and prints, and what it refuses. */
class ExportPytorchCommandTest {
    private static final String SCENARIO = "assets/scenarios/original-question.json";

    @Test
    void writesAScriptPerRunAndPrintsWhereTheyAre(@TempDir Path out) throws Exception {
        CliRun run = CliRun.of("export", SCENARIO, "--format", "pytorch", "--out", out.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines()).containsExactly(out.resolve("train-D1.py").toString(),
                out.resolve("train-D6.py").toString());
        assertThat(Files.readString(out.resolve("train-D1.py"))).startsWith("#!/usr/bin/env python3\n# train-D1.py:"
                + " run \"D = 1\" of " + SCENARIO + ",");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).hasSize(2);
        }
    }

    @Test
    void aMissingOutputFolderIsMadeAsForEveryExport(@TempDir Path out) throws Exception {
        Path missing = out.resolve("new/scripts");
        CliRun run = CliRun.of("export", SCENARIO, "--format", "pytorch", "--out", missing.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(missing.resolve("train-D1.py")).exists();
        assertThat(missing.resolve("train-D6.py")).exists();
    }

    @Test
    void optionsThatDoNotApplyAndUnknownFormatsAreOneLineRefusals(@TempDir Path out) throws Exception {
        for (String[] args : new String[][] {
            {"export", SCENARIO, "--format", "pytorch", "--iterations", "5", "--out", out.toString()},
            {"export", SCENARIO, "--format", "pytorch", "--scale", "2", "--out", out.toString()},
            {"export", SCENARIO, "--format", "tensorflow", "--out", out.toString()},
            {"export", SCENARIO, "--format", "pytorch"},
        }) {
            CliRun run = CliRun.of(args);
            assertThat(run.status()).as(String.join(" ", args) + ": " + run.err()).isEqualTo(2);
            assertThat(run.err().strip()).startsWith("gradflow: ").doesNotContain("\n").doesNotContain("Exception");
        }
        assertThat(CliRun.of("export", SCENARIO, "--format", "pytorch", "--iterations", "5", "--out",
                out.toString()).err().strip()).isEqualTo("gradflow: --iterations does not go with --format pytorch:"
                + " the scripts start at iteration 0 and train as far as they are asked (--passes N, --trace N)");
        assertThat(CliRun.of("export", SCENARIO, "--format", "tensorflow", "--out", out.toString()).err().strip())
                .isEqualTo("gradflow: --format must be png, svg, both or pytorch, got tensorflow");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void existingScriptsAreRefusedUnlessForced(@TempDir Path out) throws Exception {
        String[] export = {"export", SCENARIO, "--format", "pytorch", "--out", out.toString()};
        assertThat(CliRun.of(export).status()).isZero();
        Files.writeString(out.resolve("train-D1.py"), "mine");
        CliRun refused = CliRun.of(export);
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err().strip()).endsWith("train-D1.py exists already (use --force to replace it)")
                .doesNotContain("\n");
        assertThat(out.resolve("train-D1.py")).hasContent("mine");
        String[] forced = Stream.concat(Stream.of(export), Stream.of("--force")).toArray(String[]::new);
        assertThat(CliRun.of(forced).status()).isZero();
        assertThat(Files.readString(out.resolve("train-D1.py"))).startsWith("#!/usr/bin/env python3");
    }
}
