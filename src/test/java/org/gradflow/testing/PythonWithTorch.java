package org.gradflow.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A python3 that imports torch, to run the exported PyTorch scripts with. On a machine without one the tests that
 * need it are skipped, saying so; where {@code GRADFLOW_REQUIRE_TORCH} is set (CI, which installs Debian's
 * python3-torch) they fail instead, so that a broken install cannot pass as a skip.
 */
public final class PythonWithTorch {
    /** The python3 on PATH first (what the scripts' users run), then Debian's, which python3-torch installs for. */
    private static final List<String> CANDIDATES = List.of("python3", "/usr/bin/python3");
    private static final String FOUND = find();

    private PythonWithTorch() {
    }

    /** The interpreter; skips the test (or fails it, see above) when there is none. */
    public static String interpreter() {
        String message = "no python3 with torch: tried " + String.join(" and ", CANDIDATES) + " (Debian: apt-get"
                + " install python3-torch); the exported PyTorch scripts were not run";
        if (System.getenv("GRADFLOW_REQUIRE_TORCH") != null) {
            assertThat(FOUND).as(message).isNotNull();
        }
        Assumptions.assumeTrue(FOUND != null, message);
        return FOUND;
    }

    /** Runs {@code script} with {@code args}; returns its standard output, failing with its errors if it fails. */
    public static String run(Path script, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(interpreter(), script.toString()));
        command.addAll(List.of(args));
        Result r = execute(command);
        assertThat(r.status()).as("%s exited with %d: %s", command, r.status(), r.err()).isZero();
        return r.out();
    }

    /** What a finished process printed and returned. */
    public record Result(int status, String out, String err) {
    }

    /**
     * Runs a command to its end, its output going through files, so that no pipe can fill up or be held open; the
     * generous limit only keeps a hung interpreter from hanging the build.
     */
    public static Result execute(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("gradflow-python", ".out");
        Path err = Files.createTempFile("gradflow-python", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException(command + " did not finish in 10 minutes");
            }
            return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static String find() {
        for (String candidate : CANDIDATES) {
            try {
                if (execute(List.of(candidate, "-c", "import torch")).status() == 0) {
                    return candidate;
                }
            } catch (IOException e) {
                // Not there: the next one.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }
}
