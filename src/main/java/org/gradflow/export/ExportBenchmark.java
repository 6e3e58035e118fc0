package org.gradflow.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.gradflow.engine.Scenario;
import org.gradflow.plot.FigureLayout;

/**
 * Times the export of the whole side-by-side figure: render with Java2D, encode PNG, write atomically,
 * repeated after a warm-up, on the reference scenario after one pass.
 */
public final class ExportBenchmark {
    /** Milliseconds of each timed export, sorted. */
    public record Result(int scale, int width, int height, long bytes, double[] millis) {
        public double median() {
            return new Median().evaluate(millis);
        }

        public double max() {
            return millis[millis.length - 1];
        }
    }

    private ExportBenchmark() {
    }

    public static Result run(int scale, int warmUp, int rounds) throws ExportException {
        ScenarioExport frames = new ScenarioExport(Scenario.DEFAULT, Scenario.DEFAULT.iterationsPerPass());
        FigureRenderer renderer = new FigureRenderer();
        Path folder;
        try {
            folder = Files.createTempDirectory("gradflow-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path file = folder.resolve("figure.png");
        try {
            double[] millis = new double[rounds];
            for (int i = -warmUp; i < rounds; i++) {
                long start = System.nanoTime();
                PngWriter.write(renderer.figure(frames.left(), frames.right(), scale), file,
                        SafeFiles.Existing.REPLACE);
                if (i >= 0) {
                    millis[i] = (System.nanoTime() - start) / 1e6;
                }
            }
            Arrays.sort(millis);
            long bytes = Files.size(file);
            return new Result(scale, (int) FigureLayout.WIDTH * scale,
                    (int) FigureLayout.HEIGHT * scale, bytes, millis);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(file);
                Files.deleteIfExists(folder);
            } catch (IOException ignored) {
                // A temporary folder; the system cleans it up.
            }
        }
    }
}
