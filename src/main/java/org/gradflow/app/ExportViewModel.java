package org.gradflow.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.gradflow.export.ExportException;
import org.gradflow.export.ExportNames;
import org.gradflow.export.FigureRenderer;
import org.gradflow.export.PngWriter;
import org.gradflow.export.PytorchScripts;
import org.gradflow.export.SafeFiles;
import org.gradflow.export.SvgWriter;
import org.gradflow.export.TraceReplay;
import org.gradflow.plot.ChartKind;
import org.gradflow.plot.FigureLayout;
import org.gradflow.plot.Format;
import org.gradflow.session.FaultLog;
import org.gradflow.session.RunFrame;

/**
 * File ▸ Export: the figure, one chart, the learning curve and the trace, as PNG or SVG at a chosen scale, and the
 * runs as PyTorch scripts, written
 * off the FX thread from a snapshot taken before the dialog opens (the name, the picture and the CSV are of one
 * and the same iteration, however far the runs play meanwhile).
 */
public final class ExportViewModel {
    /** One chart of one run that File ▸ Export one chart offers, by the name its menu item shows. */
    public record ChartChoice(String label, ChartKind kind, boolean main) {
    }

    private final Supplier<RunFrame> mainFrame;
    private final Supplier<RunFrame> comparisonFrame;
    private final Supplier<List<String>> runNames;
    private final StatusViewModel status;
    private final Executor background;
    private final Executor fxThread;
    private final BooleanProperty svg = new SimpleBooleanProperty(this, "svg");
    private final IntegerProperty scale = new SimpleIntegerProperty(this, "scale", 2);

    /**
     * @param runNames   the runs' names as the window shows them, main first
     * @param background where files are written
     * @param fxThread   where the outcome is said
     */
    ExportViewModel(Supplier<RunFrame> mainFrame, Supplier<RunFrame> comparisonFrame,
                    Supplier<List<String>> runNames, StatusViewModel status, Executor background, Executor fxThread) {
        this.mainFrame = mainFrame;
        this.comparisonFrame = comparisonFrame;
        this.runNames = runNames;
        this.status = status;
        this.background = background;
        this.fxThread = fxThread;
    }

    /** The runs as the window shows them now, for an export: take it before asking where to write. */
    public ExportSnapshot snapshot() {
        return ExportSnapshot.of(mainFrame.get(), comparisonFrame.get());
    }

    /** The charts that apply to each run shown now, main run first, named by the run. */
    public List<ChartChoice> chartChoices() {
        List<String> names = runNames.get();
        List<ChartChoice> choices = new ArrayList<>();
        RunFrame comparison = comparisonFrame.get();
        for (boolean main : comparison.present() ? new boolean[] {true, false} : new boolean[] {true}) {
            RunFrame f = main ? mainFrame.get() : comparison;
            for (ChartKind kind : FigureLayout.kindsFor(f)) {
                choices.add(new ChartChoice(names.get(main ? 0 : 1) + ": " + kind.title(f.head()) + "…", kind,
                        main));
            }
        }
        return choices;
    }

    /** The file name the dialog proposes for {@code pngName}: the same, .svg when SVG is chosen. */
    public String imageName(String pngName) {
        return svg.get() ? ExportNames.svg(pngName) : pngName;
    }

    /** Writes the whole figure where the system's dialog, which asked about replacing a file, said. */
    public CompletableFuture<Boolean> exportFigure(ExportSnapshot shot, Path file) {
        return exportFigure(shot, file, SafeFiles.Existing.REPLACE);
    }

    public CompletableFuture<Boolean> exportChart(ExportSnapshot shot, ChartChoice choice, Path file) {
        return exportChart(shot, choice, file, SafeFiles.Existing.REPLACE);
    }

    public CompletableFuture<Boolean> exportCurve(ExportSnapshot shot, Path file) {
        return exportCurve(shot, file, SafeFiles.Existing.REPLACE);
    }

    /** Writes the whole figure of {@code shot}; completes with whether it was written. */
    public CompletableFuture<Boolean> exportFigure(ExportSnapshot shot, Path file, SafeFiles.Existing existing) {
        int s = scale.get();
        return export(file, () -> writeImage(new FigureRenderer().figureDrawing(shot.main(), shot.comparison()),
                file, s, existing));
    }

    /** Writes one chart of one run of {@code shot}. */
    public CompletableFuture<Boolean> exportChart(ExportSnapshot shot, ChartChoice choice, Path file,
                                                  SafeFiles.Existing existing) {
        int s = scale.get();
        return export(file, () -> writeImage(new FigureRenderer().chartDrawing(choice.kind(), choice.main()
                ? shot.main() : shot.comparison()), file, s, existing));
    }

    /** Writes the runs' learning curves of {@code shot}. */
    public CompletableFuture<Boolean> exportCurve(ExportSnapshot shot, Path file, SafeFiles.Existing existing) {
        int s = scale.get();
        return export(file, () -> writeImage(new FigureRenderer().curveDrawing(shot.main(), shot.comparison()), file,
                s, existing));
    }

    /** Writes every iteration of the runs up to {@code shot}'s as CSV, by replaying the scenario (TraceReplay). */
    public CompletableFuture<Boolean> exportCsv(ExportSnapshot shot, Path file) {
        status.info("Writing " + file.getFileName() + ": " + Format.grouped(shot.iteration()) + " iterations…");
        return export(file, () -> TraceReplay.writeCsv(shot.scenario(), shot.iteration(), file,
                SafeFiles.Existing.REPLACE));
    }

    /**
     * File ▸ Export as PyTorch script: a standalone script per run into {@code folder}, which reproduces the run
     * (its weights, data, rule and schedule) and prints its curve and trace lines. Scripts there already are kept:
     * one may hold a user's edits.
     *
     * @param origin where the scenario came from, for the scripts' headers
     */
    public CompletableFuture<Boolean> exportPytorch(ExportSnapshot shot, String origin, Path folder) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        background.execute(() -> {
            String said;
            boolean written = false;
            try {
                List<Path> files = PytorchScripts.write(shot.scenario(), origin, folder, false);
                said = "Wrote " + files.stream().map(f -> f.getFileName().toString()).collect(
                        Collectors.joining(" and ")) + " in " + folder + ": python3 "
                        + files.get(0).getFileName() + " --passes 10 prints the run's learning curve.";
                written = true;
            } catch (ExportException e) {
                said = "Not exported: " + (e.fileExists() ? e.getMessage().replace(" (use --force to replace it)",
                        "") + "; choose another folder, or remove it first." : e.getMessage());
            } catch (RuntimeException e) {
                said = "Not exported: could not write the scripts: " + e + " ("
                        + FaultLog.where(FaultLog.write("PyTorch export to " + folder, e)) + ")";
            }
            String message = said;
            boolean ok = written;
            fxThread.execute(() -> {
                if (ok) {
                    status.info(message);
                } else {
                    status.error(message);
                }
                done.complete(ok);
            });
        });
        return done;
    }

    /** The scripts' names, for the dialog's title. */
    public List<String> pytorchFileNames() {
        return PytorchScripts.fileNames(snapshot().scenario());
    }

    /** An image as the file's name says: {@code .svg} is SVG (vector, text as text), anything else PNG. */
    private static void writeImage(FigureRenderer.Drawing drawing, Path file, int scale, SafeFiles.Existing existing)
            throws ExportException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
            SvgWriter.write(drawing, file, existing);
        } else {
            PngWriter.write(FigureRenderer.image(drawing, scale), file, existing);
        }
    }

    /** Something that writes a file and may refuse with a one-line reason. */
    interface FileJob {
        void run() throws ExportException;
    }

    /** Runs {@code job} off the FX thread and says on it what came of it. */
    CompletableFuture<Boolean> export(Path file, FileJob job) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        background.execute(() -> {
            String problem = null;
            try {
                job.run();
            } catch (ExportException e) {
                problem = e.getMessage();
            } catch (RuntimeException | OutOfMemoryError e) {
                // Out of memory here is one oversized image, which is dropped with the failed export.
                problem = "could not write " + file.getFileName() + ": " + e + " ("
                        + FaultLog.where(FaultLog.write("export of " + file, e)) + ")";
            }
            String result = problem;
            fxThread.execute(() -> {
                if (result == null) {
                    status.info("Wrote " + file + ".");
                } else {
                    status.error("Not exported: " + result);
                }
                done.complete(result == null);
            });
        });
        return done;
    }

    /** SVG (vector, text as text) rather than PNG. */
    public BooleanProperty svgProperty() {
        return svg;
    }

    /** PNG pixels per logical pixel: 1 (screen), 2 (slides), 3 (print). */
    public IntegerProperty scaleProperty() {
        return scale;
    }
}
