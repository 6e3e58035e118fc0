package org.gradflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gradflow.app.BundledLesson;
import org.gradflow.app.Example;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar as a user runs it: {@code java -jar target/gradflow.jar ...}, with no display. */
class JarIT {
    private static final Path JAR = Path.of(System.getProperty("gradflow.jar", "target/gradflow.jar"));

    private record Result(int status, String out, String err) {
    }

    private static Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void traceFromTheJarIsTheGoldenFile() throws Exception {
        Result r = run("trace", "assets/scenarios/original-question.json");
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEqualTo(Files.readString(
                Path.of("src/test/resources/golden/original-question.trace.jsonl")));
    }

    @Test
    void exportWorksWithNoDisplayAtAll(@TempDir Path out) throws Exception {
        Result r = run("export", "assets/scenarios/original-question.json", "--iterations", "20", "--out",
                out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(out.resolve("figure-D1-vs-D6-it20.png")).isNotEmptyFile();
        assertThat(out.resolve("trace-D1-vs-D6-it20.csv")).isNotEmptyFile();
    }

    @Test
    void everyBundledExampleAndLessonLoadsFromThePackagedJar() throws Exception {
        String classPath = String.join(File.pathSeparator, JAR.toString(), "target/test-classes", "target/lib/*");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", classPath, "org.gradflow.PackagedResources");
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        assertThat(out.strip()).matches(Example.ALL.size() + " examples, " + BundledLesson.ALL.size()
                + " lessons, \\d+ steps, from jar");
    }

    @Test
    void theBundledLessonBecomesAHandoutFromTheJar(@TempDir Path out) throws Exception {
        Result r = run("lesson", "assets/lessons/why-doesnt-my-siamese-network-learn.json", "--out", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.count()).isGreaterThanOrEqualTo(8);
        }
        Result bad = run("lesson", "no-such-lesson.json", "--out", out.toString());
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err().strip()).isEqualTo("gradflow: no-such-lesson.json: no such file");
    }

    @Test
    void versionIsThePomsVersion() throws Exception {
        Result r = run("--version");
        assertThat(r.status()).isZero();
        assertThat(r.out().strip()).isEqualTo("GradFlow " + System.getProperty("gradflow.version"));
        assertThat(System.getProperty("gradflow.version")).isNotBlank();
    }

    @Test
    void withoutArgumentsAndWithoutADisplayItSaysSoInOneLine() throws Exception {
        Result r = run();
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("gradflow: cannot open the window: there is no display (DISPLAY is not"
                + " set). The command line works without one: gradflow --help");
    }

    @Test
    void badInputAndHelpBehaveAsDocumented() throws Exception {
        Result bad = run("trace", "no-such.json");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err().strip()).isEqualTo("gradflow: no-such.json: no such file");
        Result help = run("--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("Usage: gradflow", "trace", "export", "bench");
        Result bench = run("bench", "--seconds", "0.5", "--output-size", "6");
        assertThat(bench.status()).isZero();
        assertThat(bench.out().strip().lines().reduce((a, b) -> b).orElse("")).matches("iterations/s: \\d+");
        Result window = run("bench", "--window");
        assertThat(window.status()).isEqualTo(2);
        assertThat(window.err().strip()).startsWith("gradflow: bench --window needs a display").doesNotContain("\n");
    }

    /** Ctrl+C (or any SIGINT/SIGTERM) during a sweep: the runs finished are written, marked partial, whole. */
    @Test
    void aStoppedSweepLeavesAValidPartialCsv(@TempDir Path out) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", JAR.toString(), "sweep", "assets/scenarios/original-question.json",
                "--output-sizes", "2,6", "--learning-rates", "0.01", "--seeds", "1..400", "--passes", "2000",
                "--out", out.toString(), "--threads", "1"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        String first = lines.readLine();
        assertThat(first).startsWith("sweep: 1 of 800 runs");
        process.destroy();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> csv = Files.readAllLines(out.resolve("sweep.csv"));
        assertThat(csv.get(0)).isEqualTo("outputSize,learningRate,seed,learnedAtPass,finalMeanLoss");
        assertThat(csv.get(csv.size() - 1)).matches("# partial: \\d+ of 800 runs");
        assertThat(csv.size()).isGreaterThanOrEqualTo(3);
        assertThat(out.resolve("sweep.png")).isNotEmptyFile();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("sweep.csv", "sweep.png");
        }
    }
}
