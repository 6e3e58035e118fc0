package org.gradflow.app;

import java.util.ArrayList;
import org.gradflow.engine.MergePatch;
import org.gradflow.engine.Comparison;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.gradflow.engine.Scenario;
import org.gradflow.export.ExportException;
import org.gradflow.export.SweepFiles;
import org.gradflow.plot.Format;
import org.gradflow.session.Sweep;
import org.gradflow.session.SweepPlan;
import org.gradflow.session.SweepRow;
import org.gradflow.session.SweepSummary;

/**
 * The window's Run ▸ Sweep…: the same choices as the {@code sweep} command, prefilled from the current settings,
 * run on a thread of its own with progress and Cancel, the heatmap redrawn as rows complete, export as PNG and
 * CSV, and a cell (or one of its seeds) opened in the main runs. No scene-graph code; tested without the toolkit.
 */
public final class SweepViewModel implements AutoCloseable {
    private static final String[] LABELS = {"Output sizes", "Learning rates", "Seeds", "Passes", "Vary"};

    private final Scenario scenario;
    private final Executor fxThread;
    private final BiConsumer<SweepPlan, SweepRow> opener;
    private final StringProperty outputSizes = new SimpleStringProperty(this, "outputSizes");
    private final StringProperty learningRates = new SimpleStringProperty(this, "learningRates");
    private final StringProperty seeds = new SimpleStringProperty(this, "seeds");
    private final StringProperty passes = new SimpleStringProperty(this, "passes", "200");
    /** More settings to vary, {@code PATH=V1,V2} as the command's {@code --vary}, separated by ';' or lines. */
    private final StringProperty vary = new SimpleStringProperty(this, "vary", "");
    private final StringProperty threads = new SimpleStringProperty(this, "threads",
            String.valueOf(Runtime.getRuntime().availableProcessors()));
    private final BooleanProperty nudge = new SimpleBooleanProperty(this, "nudge");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyObjectWrapper<SweepSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final ObservableList<SweepRow> cellRows = FXCollections.observableArrayList();
    /** The runs of the cell clicked as the list shows them: "seed 3 · learned at pass 14". */
    private final ObservableList<String> cellRowLabels = FXCollections.observableArrayList();
    /** Set while an update of the properties is queued on the FX thread: rows may finish faster than frames. */
    private final AtomicBoolean updateQueued = new AtomicBoolean();
    private volatile Sweep sweep;
    private long started;

    /**
     * @param scenario the main window's scenario: the sweep varies its output size, learning rate, seed and any
     *                 setting given in {@link #varyProperty()}
     * @param opener   opens one run of the sweep in the main window
     */
    public SweepViewModel(Scenario scenario, Executor fxThread, BiConsumer<SweepPlan, SweepRow> opener) {
        this.scenario = scenario;
        this.fxThread = fxThread;
        this.opener = opener;
        outputSizes.set(!scenario.hasComparison() || scenario.outputSize() == scenario.comparisonOutputSize()
                ? String.valueOf(scenario.outputSize())
                : scenario.outputSize() + "," + scenario.comparisonOutputSize());
        learningRates.set(Parsers.print(scenario.learningRate()));
        seeds.set(scenario.seed() + ".." + Math.min(Scenario.MAX_SEED, scenario.seed() + 7));
        vary.set(comparedSettings(scenario));
    }

    /**
     * What the window compares, as settings to vary: each field the comparison's merge patch sets, with the main
     * run's value and the comparison's ("network.activation=sigmoid,relu; network.init=torch,he-normal"), so that
     * the heatmap asks first how often each of the two learns, and each mix of them.
     */
    static String comparedSettings(Scenario scenario) {
        if (!(scenario.comparison() instanceof Comparison.Patch patch)) {
            return "";
        }
        ObjectNode main = scenario.source();
        ObjectNode compared = (ObjectNode) MergePatch.apply(main, patch.patch());
        List<String> axes = new ArrayList<>();
        leaves(patch.patch(), "", (path, value) -> {
            JsonNode mine = main.at("/" + path.replace('.', '/'));
            JsonNode theirs = compared.at("/" + path.replace('.', '/'));
            if (!mine.isMissingNode() && !theirs.isMissingNode() && !mine.equals(theirs)) {
                axes.add(path + "=" + label(mine) + "," + label(theirs));
            }
        });
        return String.join("; ", axes);
    }

    private static void leaves(JsonNode node, String prefix, BiConsumer<String, JsonNode> out) {
        if (!node.isObject()) {
            out.accept(prefix, node);
            return;
        }
        node.properties().forEach(e -> leaves(e.getValue(), prefix.isEmpty() ? e.getKey()
                : prefix + "." + e.getKey(), out));
    }

    private static String label(JsonNode v) {
        return v.isTextual() ? v.asText() : v.toString();
    }

    /** Starts the sweep, or says in one line what is wrong with the choices. */
    public boolean start() {
        if (running.get()) {
            return false;
        }
        SweepPlan plan;
        int t;
        try {
            plan = SweepPlan.parse(scenario, outputSizes.get(), learningRates.get(), seeds.get(), passes.get(),
                    nudge.get(), Arrays.stream(vary.get().split("[;\\n]")).filter(l -> !l.isBlank())
                            .map(String::strip).toList(), LABELS);
            t = Integer.parseInt(threads.get().strip());
            if (t < 1 || t > 64) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            status.set("Threads must be a whole number from 1 to 64.");
            return false;
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage() + ".");
            return false;
        }
        Sweep s = new Sweep(plan);
        sweep = s;
        cellRows.clear();
        cellRowLabels.clear();
        running.set(true);
        progress.set(0);
        started = System.nanoTime();
        summary.set(new SweepSummary(plan, List.of()));
        status.set("Running " + Format.grouped(s.total()) + " runs on " + t + (t == 1 ? " thread…" : " threads…"));
        Thread worker = new Thread(() -> {
            String end;
            try {
                s.run(t, row -> queueUpdate(s, false));
                end = null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                end = "Interrupted.";
            } catch (RuntimeException e) {
                end = "The sweep failed: " + e.getMessage();
            }
            String problem = end;
            fxThread.execute(() -> finished(s, problem));
        }, "gradflow-sweep-window");
        worker.setDaemon(true);
        worker.start();
        return true;
    }

    private void queueUpdate(Sweep s, boolean force) {
        if (force || updateQueued.compareAndSet(false, true)) {
            fxThread.execute(() -> {
                updateQueued.set(false);
                show(s);
            });
        }
    }

    private void show(Sweep s) {
        if (s != sweep) {
            return;
        }
        summary.set(new SweepSummary(s.plan(), s.rows()));
        progress.set((double) s.done() / s.total());
    }

    private void finished(Sweep s, String problem) {
        show(s);
        double seconds = (System.nanoTime() - started) / 1e9;
        if (problem != null) {
            status.set(problem);
        } else if (s.cancelled()) {
            status.set("Cancelled: " + s.done() + " of " + s.total() + " runs finished; exports say it is partial.");
        } else {
            status.set(s.total() + " runs in " + Format.number(seconds, 3)
                    + " s. Click a cell to open its first seed.");
        }
        running.set(false);
    }

    public void cancel() {
        Sweep s = sweep;
        if (s != null) {
            s.cancel();
        }
    }

    /** The cell at row index {@code r}, column index {@code c} of the heatmap: lists its runs, opens the first. */
    public void select(int r, int c) {
        SweepSummary now = summary.get();
        if (now == null || sweep == null) {
            return;
        }
        cellRows.setAll(sweep.rows().stream().filter(row -> now.inCell(row, r, c)).toList());
        cellRowLabels.setAll(cellRows.stream().map(row -> "seed " + row.combination().seed() + " · "
                + (row.learned() ? "learned at pass " + row.learnedAtPass() : "never learned")).toList());
        if (!cellRows.isEmpty()) {
            open(cellRows.get(0));
        }
    }

    /** Opens the {@code index}th run of the cell clicked (as {@link #cellRowLabels()} lists them). */
    public void open(int index) {
        if (index >= 0 && index < cellRows.size()) {
            open(cellRows.get(index));
        }
    }

    public ObservableList<String> cellRowLabels() {
        return cellRowLabels;
    }

    /** Opens one run of the sweep in the main window, at iteration 0: the sweep's scenario of that run. */
    public void open(SweepRow row) {
        SweepPlan plan = sweep.plan();
        opener.accept(plan, row);
        status.set("Opened " + plan.describe(row.combination()) + " in the main window"
                + (row.learned() ? "; it learns at pass " + row.learnedAtPass() + "." : "."));
    }

    public boolean exportPng(Path file) {
        return export(file, () -> SweepFiles.writePng(summary.get(), file));
    }

    public boolean exportCsv(Path file) {
        return export(file, () -> SweepFiles.writeCsv(summary.get(), sweep.rows(), file));
    }

    private interface Job {
        void run() throws ExportException;
    }

    private boolean export(Path file, Job job) {
        if (summary.get() == null || sweep == null) {
            status.set("Run a sweep first.");
            return false;
        }
        try {
            job.run();
            status.set("Wrote " + file + ".");
            return true;
        } catch (ExportException e) {
            status.set("Not exported: " + e.getMessage());
            return false;
        }
    }

    public StringProperty outputSizesProperty() {
        return outputSizes;
    }

    public StringProperty learningRatesProperty() {
        return learningRates;
    }

    public StringProperty seedsProperty() {
        return seeds;
    }

    public StringProperty passesProperty() {
        return passes;
    }

    public StringProperty varyProperty() {
        return vary;
    }

    public StringProperty threadsProperty() {
        return threads;
    }

    public BooleanProperty nudgeProperty() {
        return nudge;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SweepSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The runs of the cell last clicked. */
    public ObservableList<SweepRow> cellRows() {
        return cellRows;
    }

    @Override
    public void close() {
        cancel();
    }
}
