package org.gradflow.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.gradflow.engine.Scenario;
import org.gradflow.plot.ChartKind;
import org.gradflow.session.EngineFault;
import org.gradflow.session.RunFrame;
import org.gradflow.session.Simulation;

/**
 * Everything the window can export, for one scenario at one iteration, without a display: the side-by-side
 * figure, each chart of each run, and the trace CSV. The frames come from the same {@link Simulation} the
 * window uses, stepped to the same iteration, so the images are the window's to the pixel.
 */
public final class ScenarioExport {
    private final Scenario scenario;
    private final long iterations;
    private final RunFrame left = new RunFrame();
    private final RunFrame right = new RunFrame();

    /** Trains both runs to {@code iterations}; takes about a second per million iterations. */
    public ScenarioExport(Scenario scenario, long iterations) throws ExportException {
        this.scenario = scenario;
        this.iterations = iterations;
        try (Simulation simulation = new Simulation(scenario)) {
            simulation.runTo(iterations);
            simulation.whenIdle().get(1, TimeUnit.DAYS);
            simulation.copyFrames(left, right);
            if (simulation.fault() != null) {
                throw new EngineFault("training failed: " + simulation.fault());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExportException("interrupted while training");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof EngineFault f ? f : new EngineFault("training failed: " + e.getCause());
        } catch (TimeoutException e) {
            throw new EngineFault("training did not finish in a day");
        }
    }

    public RunFrame left() {
        return left;
    }

    public RunFrame right() {
        return right;
    }

    /** The files {@link #writeAll} writes, in order: figure, ten charts, the learning curve, CSV. */
    public List<Path> targets(Path folder) {
        List<Path> files = new ArrayList<>();
        files.add(folder.resolve(ExportNames.figure(left.outputSize(), right.outputSize(), iterations)));
        boolean sameD = left.outputSize() == right.outputSize();
        for (boolean isLeft : new boolean[] {true, false}) {
            RunFrame f = isLeft ? left : right;
            for (ChartKind kind : ChartKind.values()) {
                files.add(folder.resolve(ExportNames.chart(kind, f.outputSize(), isLeft, sameD, iterations)));
            }
        }
        files.add(folder.resolve(ExportNames.curve(left.outputSize(), right.outputSize(), iterations)));
        files.add(folder.resolve(ExportNames.csv(left.outputSize(), right.outputSize(), iterations)));
        return files;
    }

    /**
     * Writes every file into {@code folder}, all or nothing (see {@link SafeFiles.Batch}): without
     * {@code replace}, nothing is written if any of them exists already, and a folder in the way of one of them,
     * or a disk that fills up, is found before any file is replaced.
     *
     * @return the files written
     */
    public List<Path> writeAll(Path folder, int scale, boolean replace) throws ExportException {
        Path absolute = folder.toAbsolutePath().normalize();
        if (!Files.exists(absolute)) {
            throw new ExportException("cannot export into " + absolute + ": the folder does not exist");
        }
        if (!Files.isDirectory(absolute)) {
            throw new ExportException("cannot export into " + absolute + ": it is not a folder");
        }
        List<Path> files = targets(absolute);
        SafeFiles.Existing existing = replace ? SafeFiles.Existing.REPLACE : SafeFiles.Existing.REFUSE;
        FigureRenderer renderer = new FigureRenderer();
        try (SafeFiles.Batch batch = new SafeFiles.Batch(existing)) {
            for (Path file : files) {
                try {
                    batch.check(file);
                } catch (ExportException e) {
                    throw e.fileExists() ? new ExportException(e.getMessage() + " (use --force to replace it)") : e;
                }
            }
            batch.stage(files.get(0), out -> PngWriter.encode(renderer.figure(left, right, scale), out));
            int i = 1;
            for (boolean isLeft : new boolean[] {true, false}) {
                for (ChartKind kind : ChartKind.values()) {
                    RunFrame f = isLeft ? left : right;
                    batch.stage(files.get(i++), out -> PngWriter.encode(renderer.chart(kind, f, scale), out));
                }
            }
            batch.stage(files.get(i++), out -> PngWriter.encode(renderer.curve(left, right, scale), out));
            batch.stage(files.get(i), out -> TraceReplay.writeCsv(scenario, iterations, out));
            return batch.commit();
        }
    }
}
