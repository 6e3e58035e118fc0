package org.gradflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Assumptions;

/** What a fault-injection run of the command line found, each now one clear line and nothing half-written. */
class CliRobustnessTest {
    private static final String SCENARIO = "assets/scenarios/original-question.json";

    private static long count(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    @Test
    void anEmptyOutputFolderIsRefusedNotTakenForTheWorkingFolder() {
        CliRun run = CliRun.of("export", SCENARIO, "--iterations", "3", "--out", "");
        assertThat(run.status()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo("gradflow: --out must name a folder, got an empty path");
    }

    @Test
    void anEndlessFileIsReadOnlyUpToTheLimit() {
        Path zero = Path.of("/dev/zero");
        Assumptions.assumeTrue(Files.isReadable(zero));
        CliRun run = CliRun.of("trace", zero.toString());
        assertThat(run.status()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo("gradflow: /dev/zero: is larger than 64 MB; a scenario file is a few"
                + " kilobytes");
    }

    @Test
    void aHugeValueIsQuotedInAFewDozenCharacters(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("huge.json");
        Files.writeString(file, "{\"training\": {\"rule\": \"" + "x".repeat(5_000_000) + "\"}}");
        CliRun run = CliRun.of("trace", file.toString());
        assertThat(run.status()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.err().strip()).startsWith("gradflow: " + file + ": training.rule: unknown rule \"xxxx")
                .contains("(5000000 characters)").hasSizeLessThan(300);
    }

    @Test
    void aFolderInTheWayOfOneFileMeansNoFileIsWrittenEvenWithForce(@TempDir Path dir) throws Exception {
        Files.createDirectory(dir.resolve("norms-D1-it3.png"));
        CliRun run = CliRun.of("export", SCENARIO, "--iterations", "3", "--out", dir.toString(), "--force");
        assertThat(run.status()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.err().strip()).contains("norms-D1-it3.png: a folder of that name is there");
        assertThat(count(dir)).as("only the folder that was there").isEqualTo(1);
    }

    @Test
    void aFolderThatRefusesFilesSaysWhy() {
        Path proc = Path.of("/proc");
        Assumptions.assumeTrue(Files.isDirectory(proc));
        CliRun run = CliRun.of("export", SCENARIO, "--iterations", "3", "--out", proc.toString());
        assertThat(run.status()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.err().strip()).startsWith("gradflow: cannot write figure-D1-vs-D6-it3.png in /proc: ")
                .doesNotEndWith(".part").contains("nothing was written");
    }
}
