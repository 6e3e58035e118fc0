package org.gradflow.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.gradflow.engine.Head;
import org.gradflow.engine.RunNames;
import org.gradflow.engine.Scenario;
import org.gradflow.engine.ScenarioException;
import org.gradflow.engine.ScenarioReader;
import org.gradflow.engine.ScenarioWriter;
import org.gradflow.engine.WorkedIteration;
import org.gradflow.export.ExportException;
import org.gradflow.export.SafeFiles;
import org.gradflow.plot.Explanation;
import org.gradflow.plot.Format;
import org.gradflow.plot.Lesson;
import org.gradflow.plot.LessonReader;
import org.gradflow.plot.RunSummary;
import org.gradflow.session.RunFrame;
import org.gradflow.session.RunSide;
import org.gradflow.session.Simulation;
import org.gradflow.session.SweepPlan;
import org.gradflow.session.SweepRow;

/**
 * The window's runs and the scenario they are built from: where it came from (a file, an example, a lesson step,
 * a sweep row), the changes made to it (the network panel, the comparison), and the frames pulled from the
 * engine once per frame ({@link #refresh()}). The window's other jobs are view-models of their own, made here:
 * the status line, time, the network panel, the comparison, the view options, the text size, exports, the
 * lesson player and its presenter view. Tested without the JavaFX toolkit.
 */
public final class MainViewModel implements AutoCloseable, NetworkViewModel.Runs {
    private final Simulation simulation;
    private final StatusViewModel status;
    private final TransportViewModel transport;
    private final NetworkViewModel network;
    private final CompareViewModel compare;
    private final ViewOptionsViewModel view;
    private final TextScaleViewModel text;
    private final ExportViewModel exports;
    private final RunViewModel mainRun = new RunViewModel(RunSide.MAIN);
    private final RunViewModel comparisonRun = new RunViewModel(RunSide.COMPARISON);
    private final ChartSlot curve;
    private final ReadOnlyObjectWrapper<Explanation> explanation = new ReadOnlyObjectWrapper<>(this, "explanation");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private final ReadOnlyStringWrapper body = new ReadOnlyStringWrapper(this, "body", "");
    private final ReadOnlyStringWrapper formula = new ReadOnlyStringWrapper(this, "formula", "");
    private final ReadOnlyLongWrapper frames = new ReadOnlyLongWrapper(this, "frames");
    private final ReadOnlyObjectWrapper<Path> scenarioFile = new ReadOnlyObjectWrapper<>(this, "scenarioFile");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "GradFlow");
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "gradflow-export");
        t.setDaemon(true);
        return t;
    });
    private final UserState userState;
    private final LessonViewModel lesson;
    private final PresenterViewModel presenter;
    private Scenario scenario;
    private long seenVersion = -1;

    /**
     * @param initial  the scenario to start with
     * @param fxThread runs a task on the thread that owns the properties (Platform::runLater in the window,
     *                 Runnable::run in tests); exports report back through it
     */
    public MainViewModel(Scenario initial, Executor fxThread) {
        this(initial, fxThread, System::nanoTime, UserState.forUser());
    }

    /**
     * @param clock     nanoseconds, for how long a message stays (tests pass their own)
     * @param userState what is remembered across restarts (tests pass their own)
     */
    MainViewModel(Scenario initial, Executor fxThread, LongSupplier clock, UserState userState) {
        this.userState = userState;
        this.scenario = initial;
        this.simulation = new Simulation(initial);
        status = new StatusViewModel(clock);
        transport = new TransportViewModel(simulation, status, this::scenario);
        network = new NetworkViewModel(this, status);
        compare = new CompareViewModel(this, status);
        view = new ViewOptionsViewModel(simulation);
        text = new TextScaleViewModel(userState, status);
        exports = new ExportViewModel(mainRun::frame, comparisonRun::frame, this::runNames, status, background,
                fxThread);
        curve = ChartSlot.curve(mainRun.frame(), comparisonRun.frame());
        view.geometryShownProperty().addListener((o, was, now) -> layOutCharts());
        status.info("Press Step (Space) to train one iteration, or Play (P).");
        scenarioFile.addListener((o, was, now) -> updateTitle());
        updateTitle();
        lesson = new LessonViewModel(this, background, fxThread);
        presenter = new PresenterViewModel(lesson, status::info, mainRun.frame(), comparisonRun.frame());
        lesson.stepProperty().addListener((o, was, now) -> pointAt(now));
    }

    /** The runs' names as the window shows them, main first ("D = 1" / "D = 6", "sigmoid" / "relu"). */
    public List<String> runNames() {
        return RunNames.of(scenario);
    }

    /** Opens a lesson file at its first step; a bad one is refused with one line and nothing changes. */
    public boolean openLesson(Path file) {
        try {
            lesson.open(new LessonReader().read(file));
        } catch (ScenarioException e) {
            status.error("Could not open the lesson " + e.getMessage());
            return false;
        }
        return true;
    }

    /** Opens a lesson bundled with the application ({@code assets/lessons/NAME}). */
    public boolean openBundledLesson(String name) {
        try {
            lesson.open(new LessonReader().readResource(name));
        } catch (ScenarioException e) {
            status.error("Could not open the lesson " + e.getMessage());
            return false;
        }
        return true;
    }

    @Override
    public Scenario scenario() {
        return scenario;
    }

    /** A change made in the window (the network panel, the comparison): the runs rebuilt, in step. */
    @Override
    public void apply(Scenario changed, String what) {
        if (changed.equals(scenario)) {
            showSettings(changed);
            return;
        }
        scenario = changed;
        showSettings(changed);
        simulation.apply(changed);
        long at = simulation.lockstepIteration();
        status.info(what + " from seed " + changed.seed() + (at == 0 ? "." : "; replaying to iteration "
                + Format.grouped(at) + " to stay in step."));
    }

    private void showSettings(Scenario s) {
        network.show(s);
        compare.show(s);
    }

    /** Opens a scenario file; a bad one is refused with one line and the current runs stay as they are. */
    public boolean open(Path file) {
        Scenario opened;
        try {
            opened = new ScenarioReader().read(file);
        } catch (ScenarioException e) {
            status.error("Could not open " + e.getMessage());
            return false;
        }
        load(opened);
        scenarioFile.set(file);
        status.info("Opened " + file.getFileName() + ": " + (opened.hasComparison() ? "both runs" : "the run")
                + " at iteration 0.");
        return true;
    }

    /** Opens a bundled example from the application's resources, at iteration 0. */
    public boolean openExample(Example example) {
        Scenario s;
        try {
            s = example.load();
        } catch (ScenarioException e) {
            status.error("Could not open the example: " + e.getMessage());
            return false;
        }
        load(s);
        scenarioFile.set(null);
        status.info(example.title() + ": " + example.description());
        return true;
    }

    private void load(Scenario s) {
        scenario = s;
        showSettings(s);
        simulation.load(s);
        transport.stopped();
    }

    /**
     * A lesson step: its scenario, the runs brought to {@code iteration} (training forward from 0 at full speed;
     * the step's text waits for the frames of that iteration).
     */
    void showLessonStep(Scenario s, long iteration, String what) {
        load(s);
        scenarioFile.set(null);
        simulation.seek(iteration);
        status.info(what);
    }

    /** Opens one run of a sweep: the sweep's own scenario of that row, whatever the window's has become since. */
    public void openSweepRun(SweepPlan plan, SweepRow row) {
        Scenario run = plan.scenarioOf(row.combination());
        load(run);
        scenarioFile.set(null);
        status.info("Sweep run opened: " + plan.describe(row.combination()) + ", at iteration 0.");
    }

    /** Saves where the system's dialog, which asked about replacing a file, said. */
    public boolean save(Path file) {
        return save(file, SafeFiles.Existing.REPLACE);
    }

    /** Saves the current settings as a scenario file, atomically. */
    public boolean save(Path file, SafeFiles.Existing existing) {
        try {
            byte[] json = new ScenarioWriter().write(scenario).getBytes(StandardCharsets.UTF_8);
            SafeFiles.write(file, existing, out -> out.write(json));
        } catch (ExportException e) {
            status.error("Not saved: " + e.getMessage());
            return false;
        }
        scenarioFile.set(file);
        status.info("Saved " + file.getFileName() + ".");
        return true;
    }

    /** Iteration {@code iteration} of one run, worked by hand, computed by the engine thread. */
    public CompletableFuture<WorkedIteration> worked(RunSide side, long iteration) {
        return simulation.worked(side, iteration);
    }

    /** Where the next file dialog starts: the last folder chosen, or home (see {@link UserState}). */
    public Path dialogFolder() {
        return userState.dialogFolder();
    }

    public void rememberFolder(Path file) {
        userState.rememberFolderOf(file);
    }

    public UserState userState() {
        return userState;
    }

    /**
     * The view's once-per-frame work: pulls the latest state and, if there is any, runs {@code redraw}, with
     * the engine told to keep off the CPU meanwhile. Returns whether it drew.
     */
    public boolean drawFrame(Runnable redraw) {
        simulation.setDrawing(true);
        try {
            if (!refresh()) {
                return false;
            }
            redraw.run();
            return true;
        } finally {
            simulation.setDrawing(false);
        }
    }

    /** Pulls the engine's latest state; returns true when there is something new to draw. */
    public boolean refresh() {
        long version = simulation.version();
        if (version == seenVersion) {
            return false;
        }
        seenVersion = version;
        simulation.copyFrames(mainRun.frame(), comparisonRun.frame());
        mainRun.update();
        comparisonRun.update();
        layOutCharts();
        List<String> names = runNames();
        transport.shown(mainRun.frame(), comparisonRun.frame(), side -> names.get(side == RunSide.MAIN
                || names.size() == 1 ? 0 : 1));
        Explanation e = Explanation.of(mainRun.frame(), comparisonRun.frame());
        explanation.set(e);
        headline.set(e.headline());
        body.set(e.body());
        formula.set(e.formula());
        status.shown(transport.shownIterationProperty().get());
        frames.set(frames.get() + 1);
        updateTitle();
        if (simulation.fault() != null) {
            status.error("Internal error in the engine: " + simulation.fault() + (simulation.stopped() ? "."
                    : ". Reset (R) starts again."));
        }
        return true;
    }

    /** Which chart each slot shows follows from the runs' networks and the view options; the lesson frames some. */
    private void layOutCharts() {
        boolean geometry = view.geometryShownProperty().get();
        RunFrame comparisonFrame = comparisonRun.frame();
        view.setCosineShown(mainRun.frame().present() && mainRun.frame().values() != null
                && mainRun.frame().head() == Head.COSINE || comparisonFrame.present()
                && comparisonFrame.values() != null && comparisonFrame.head() == Head.COSINE);
        mainRun.layOut(geometry);
        comparisonRun.layOut(geometry);
        pointAt(lesson == null ? null : lesson.stepProperty().get());
    }

    /** Frames the charts the lesson step talks about. */
    private void pointAt(Lesson.Step step) {
        for (RunViewModel run : List.of(mainRun, comparisonRun)) {
            for (ChartSlot slot : run.slots()) {
                slot.setPointed(step != null && step.pointsAt(slot.kind(), run.side() == RunSide.MAIN));
            }
        }
        curve.setPointed(step != null && step.pointsAt(null, true));
    }

    private void updateTitle() {
        Path file = scenarioFile.get();
        // Before the first frame the scenario says what the runs will be.
        String runs = RunSummary.windowTitle(frames.get() == 0 ? scenario : mainRun.frame().scenario());
        title.set(file == null ? runs : file.getFileName() + " · " + runs);
    }

    Simulation simulation() {
        return simulation;
    }

    /** The status line. */
    public StatusViewModel status() {
        return status;
    }

    /** Step, Play, Back, the timeline and Go to. */
    public TransportViewModel transport() {
        return transport;
    }

    /** The network panel of the main run. */
    public NetworkViewModel network() {
        return network;
    }

    /** "Compare with:": what the comparison changes. */
    public CompareViewModel compare() {
        return compare;
    }

    /** The x axis, Zoom C, the geometry in the landscape's place. */
    public ViewOptionsViewModel view() {
        return view;
    }

    /** View ▸ text size. */
    public TextScaleViewModel text() {
        return text;
    }

    public ExportViewModel exports() {
        return exports;
    }

    /** The lesson player. */
    public LessonViewModel lesson() {
        return lesson;
    }

    /** The presenter view of the lesson's steps. */
    public PresenterViewModel presenter() {
        return presenter;
    }

    public RunViewModel mainRun() {
        return mainRun;
    }

    public RunViewModel comparisonRun() {
        return comparisonRun;
    }

    /** The learning curve of both runs, under them. */
    public ChartSlot curve() {
        return curve;
    }

    /** Counts the frames pulled from the engine: something new is shown whenever it moves. */
    public ReadOnlyLongProperty framesProperty() {
        return frames.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Explanation> explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    /** The diagnosis of the runs shown, in one line, with its formula and its body of a line per run. */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bodyProperty() {
        return body.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formulaProperty() {
        return formula.getReadOnlyProperty();
    }

    /** The window's title: the file, the runs' output sizes, and the question while a run is 1-D. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The scenario file last opened or saved, or null. */
    public ReadOnlyObjectProperty<Path> scenarioFileProperty() {
        return scenarioFile.getReadOnlyProperty();
    }

    @Override
    public void close() {
        simulation.close();
        background.shutdownNow();
    }
}
