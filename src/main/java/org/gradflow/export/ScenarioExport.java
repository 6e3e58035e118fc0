package org.gradflow.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.gradflow.engine.Scenario;
import org.gradflow.plot.ChartKind;
import org.gradflow.plot.FigureLayout;
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

    /** Which image files an export writes: PNG, SVG, or both of each. */
    public enum Format {
        PNG, SVG, BOTH;

        boolean png() {
            return this != SVG;
        }

        boolean svg() {
            return this != PNG;
        }
    }

    /** One image of the export: its file (without extension) and how to draw it. */
    private record Image(String pngName, FigureRenderer.Drawing drawing) {
    }

    /** The figure, each run's charts that apply to it, the learning curve. */
    private List<Image> images() {
        FigureRenderer renderer = new FigureRenderer();
        List<Image> images = new ArrayList<>();
        images.add(new Image(ExportNames.figure(scenario, iterations), renderer.figureDrawing(left, right)));
        for (boolean isMain : new boolean[] {true, false}) {
            RunFrame f = isMain ? left : right;
            if (!f.present()) {
                continue;
            }
            for (ChartKind kind : FigureLayout.kindsFor(f)) {
                images.add(new Image(ExportNames.chart(kind, scenario, isMain, iterations),
                        renderer.chartDrawing(kind, f)));
            }
        }
        images.add(new Image(ExportNames.curve(scenario, iterations), renderer.curveDrawing(left, right)));
        return images;
    }

    /** The files {@link #writeAll} writes, in order: figure, each run's charts, the learning curve, the CSV. */
    public List<Path> targets(Path folder, Format format) {
        List<Path> files = new ArrayList<>();
        for (Image image : images()) {
            if (format.png()) {
                files.add(folder.resolve(image.pngName()));
            }
            if (format.svg()) {
                files.add(folder.resolve(ExportNames.svg(image.pngName())));
            }
        }
        files.add(folder.resolve(ExportNames.csv(scenario, iterations)));
        return files;
    }

    /**
     * Writes every file into {@code folder}, all or nothing (see {@link SafeFiles.Batch}): without
     * {@code replace}, nothing is written if any of them exists already, and a folder in the way of one of them,
     * or a disk that fills up, is found before any file is replaced.
     *
     * @return the files written
     */
    public List<Path> writeAll(Path folder, int scale, boolean replace, Format format) throws ExportException {
        List<Path> files = targets(SafeFiles.existingFolder(folder, "export"), format);
        SafeFiles.Existing existing = replace ? SafeFiles.Existing.REPLACE : SafeFiles.Existing.REFUSE;
        try (SafeFiles.Batch batch = new SafeFiles.Batch(existing)) {
            batch.checkAll(files);
            int i = 0;
            for (Image image : images()) {
                if (format.png()) {
                    batch.stage(files.get(i++), out -> PngWriter.encode(FigureRenderer.image(image.drawing(), scale),
                            out));
                }
                if (format.svg()) {
                    batch.stage(files.get(i++), out -> SvgWriter.encode(image.drawing(), out));
                }
            }
            batch.stage(files.get(i), out -> TraceReplay.writeCsv(scenario, iterations, out));
            return batch.commit();
        }
    }
}
