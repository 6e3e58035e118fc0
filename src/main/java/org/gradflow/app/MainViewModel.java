package org.gradflow.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.LongSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.gradflow.engine.RunEvent;
import org.gradflow.session.TimeAxis;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.gradflow.export.FigureRenderer;
import org.gradflow.export.PngWriter;
import org.gradflow.export.SvgWriter;
import org.gradflow.export.TraceReplay;
import org.gradflow.plot.ChartKind;
import org.gradflow.session.RunFrame;
import org.gradflow.engine.Scenario;
import org.gradflow.engine.WorkedIteration;
import org.gradflow.session.RunSide;
import org.gradflow.plot.LessonReader;
import org.gradflow.engine.ScenarioException;
import org.gradflow.engine.ScenarioReader;
import org.gradflow.engine.ScenarioWriter;
import org.gradflow.engine.TrainingRule;
import org.gradflow.export.ExportException;
import org.gradflow.export.SafeFiles;
import org.gradflow.plot.Explanation;
import org.gradflow.plot.Format;
import org.gradflow.plot.RunSummary;
import org.gradflow.session.FaultLog;
import org.gradflow.session.Simulation;
import org.gradflow.session.SweepPlan;
import org.gradflow.session.SweepRow;
import java.util.function.Supplier;
import java.util.Locale;

/**
 * The window's state and commands, without any scene-graph code: settings as properties, Step / Play / Reset /
 * Open / Save as methods, and {@link #refresh()}, which the view calls once per frame to pull what the engine
 * thread has done. Tested without the JavaFX toolkit.
 */
public final class MainViewModel implements AutoCloseable {
    /** The speed slider's top position: as fast as the engine goes. */
    public static final double SPEED_MAX_EXPONENT = 7;
    /** Slider range of the output sizes; a scenario may go higher, and the sliders then stretch. */
    public static final int SLIDER_MAX_OUTPUT_SIZE = 10;

    /** What kind of message the status bar shows. */
    public enum MessageKind { INFO, ERROR }

    private final Simulation simulation;
    private final RunViewModel left = new RunViewModel(true);
    private final RunViewModel right = new RunViewModel(false);
    private final IntegerProperty leftOutputSize = new SimpleIntegerProperty(this, "leftOutputSize");
    private final IntegerProperty rightOutputSize = new SimpleIntegerProperty(this, "rightOutputSize");
    private final ReadOnlyIntegerWrapper maxOutputSize = new ReadOnlyIntegerWrapper(this, "maxOutputSize",
            SLIDER_MAX_OUTPUT_SIZE);
    private final IntegerProperty hiddenUnits = new SimpleIntegerProperty(this, "hiddenUnits");
    private final ObjectProperty<TrainingRule> rule = new SimpleObjectProperty<>(this, "rule");
    private final ValidatedField<Double> learningRate;
    private final ValidatedField<Double> margin;
    private final ValidatedField<Integer> iterationsPerPair;
    private final ValidatedField<Long> seed;
    private final DoubleProperty speedExponent = new SimpleDoubleProperty(this, "speedExponent", 1);
    private final ReadOnlyStringWrapper speedText = new ReadOnlyStringWrapper(this, "speedText");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyStringWrapper iterationText = new ReadOnlyStringWrapper(this, "iterationText", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<MessageKind> messageKind =
            new ReadOnlyObjectWrapper<>(this, "messageKind", MessageKind.INFO);
    private final ReadOnlyObjectWrapper<Explanation> explanation = new ReadOnlyObjectWrapper<>(this, "explanation");
    private final ObjectProperty<TimeAxis> timeAxis = new SimpleObjectProperty<>(this, "timeAxis", TimeAxis.AUTO);
    private final BooleanProperty fitCosine = new SimpleBooleanProperty(this, "fitCosine");
    private final BooleanProperty pauseOnEvents = new SimpleBooleanProperty(this, "pauseOnEvents");
    private final ReadOnlyLongWrapper shownIteration = new ReadOnlyLongWrapper(this, "shownIteration");
    private final ReadOnlyLongWrapper frames = new ReadOnlyLongWrapper(this, "frames");
    private final ReadOnlyLongWrapper frontier = new ReadOnlyLongWrapper(this, "frontier");
    private final ReadOnlyStringWrapper frontierText = new ReadOnlyStringWrapper(this, "frontierText", "");
    /** View ▸ text size: the steps a teacher can choose, 1 the normal size. */
    static final double[] TEXT_SCALES = {0.8, 0.9, 1, 1.15, 1.3, 1.5, 1.75, 2};
    private final DoubleProperty textScale = new SimpleDoubleProperty(this, "textScale", 1);
    /** The text size shown: the one chosen, unless the window cannot hold it (then the largest it can). */
    private final ReadOnlyDoubleWrapper shownTextScale = new ReadOnlyDoubleWrapper(this, "shownTextScale", 1);
    /** The largest step the window holds with every chart keeping its room, as the view measured it. */
    private double largestTextScale = Double.POSITIVE_INFINITY;
    private final ValidatedField<Long> goTo = new ValidatedField<>(0L, Parsers::iteration, String::valueOf);
    private final LongSupplier clock;
    private long messageSaidAt;
    private long messageIteration;
    private RunEvent seenEventStop;
    private final ReadOnlyObjectWrapper<Path> scenarioFile = new ReadOnlyObjectWrapper<>(this, "scenarioFile");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "GradFlow");
    /** Set while the user types into Go to; otherwise the field shows the iteration shown. */
    private final BooleanProperty goToEditing = new SimpleBooleanProperty(this, "goToEditing");
    /** View ▸ Geometry of the cosine: the geometry chart in the landscape's place. */
    private final BooleanProperty geometryShown = new SimpleBooleanProperty(this, "geometryShown");
    private final Executor fxThread;
    private final ExecutorService exporter = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "gradflow-export");
        t.setDaemon(true);
        return t;
    });
    private final UserState userState;
    private final LessonViewModel lesson;
    private final PresenterViewModel presenter;
    private Scenario scenario;
    private long seenVersion = -1;
    private boolean showing;

    /**
     * @param initial    the scenario to start with
     * @param fxThread   runs a task on the thread that owns the properties (Platform::runLater in the window,
     *                   Runnable::run in tests); exports report back through it
     */
    public MainViewModel(Scenario initial, Executor fxThread) {
        this(initial, fxThread, System::nanoTime, UserState.forUser());
    }

    /**
     * @param clock     nanoseconds, for how long a message stays (tests pass their own)
     * @param userState what is remembered across restarts (tests pass their own)
     */
    MainViewModel(Scenario initial, Executor fxThread, LongSupplier clock, UserState userState) {
        this.clock = clock;
        this.userState = userState;
        this.fxThread = fxThread;
        this.scenario = initial;
        this.simulation = new Simulation(initial);
        learningRate = new ValidatedField<>(initial.learningRate(), Parsers::learningRate, Parsers::print);
        margin = new ValidatedField<>(initial.margin(), Parsers::margin, Parsers::print);
        iterationsPerPair = new ValidatedField<>(initial.iterationsPerPair(), Parsers::iterationsPerPair,
                String::valueOf);
        seed = new ValidatedField<>(initial.seed(), Parsers::seed, String::valueOf);
        show(initial);
        leftOutputSize.addListener((o, was, now) -> settingChanged(() -> scenario.withOutputSize(now.intValue()),
                "Left run rebuilt with D = " + now));
        rightOutputSize.addListener((o, was, now) -> settingChanged(
                () -> scenario.withComparisonOutputSize(now.intValue()), "Right run rebuilt with D = " + now));
        hiddenUnits.addListener((o, was, now) -> settingChanged(() -> scenario.withHiddenUnits(now.intValue()),
                "Both runs rebuilt with " + now + " hidden units"));
        rule.addListener((o, was, now) -> settingChanged(this::trainingScenario, "Both runs rebuilt with rule "
                + now));
        speedExponent.addListener((o, was, now) -> {
            simulation.setSpeed(speed(now.doubleValue()));
            speedText.set(speedLabel(now.doubleValue()));
        });
        speedText.set(speedLabel(speedExponent.get()));
        simulation.setSpeed(speed(speedExponent.get()));
        textScale.set(nearestTextScale(userState.textScale()));
        textScale.addListener((o, was, now) -> {
            userState.rememberTextScale(now.doubleValue());
            updateShownTextScale();
        });
        updateShownTextScale();
        timeAxis.addListener((o, was, now) -> simulation.setTimeAxis(now == null ? TimeAxis.AUTO : now));
        fitCosine.addListener((o, was, now) -> simulation.setFitCosine(now));
        pauseOnEvents.addListener((o, was, now) -> simulation.setPauseOnEvents(now));
        say("Press Step (Space) to train one iteration, or Play (P).", MessageKind.INFO);
        scenarioFile.addListener((o, was, now) -> updateTitle());
        updateTitle();
        goToEditing.addListener((o, was, editing) -> {
            if (!editing) {
                goTo.show(shownIteration.get());
            }
        });
        lesson = new LessonViewModel(this, exporter, fxThread);
        presenter = new PresenterViewModel(lesson, text -> say(text, MessageKind.INFO));
    }

    /** The lesson player. */
    public LessonViewModel lesson() {
        return lesson;
    }

    /** The presenter view of the lesson's steps. */
    public PresenterViewModel presenter() {
        return presenter;
    }

    /** Opens a lesson file at its first step; a bad one is refused with one line and nothing changes. */
    public boolean openLesson(Path file) {
        try {
            lesson.open(new LessonReader().read(file));
        } catch (ScenarioException e) {
            say("Could not open the lesson " + e.getMessage(), MessageKind.ERROR);
            return false;
        }
        return true;
    }

    /** Opens a lesson bundled with the application ({@code assets/lessons/NAME}). */
    public boolean openBundledLesson(String name) {
        try {
            lesson.open(new LessonReader().readResource(name));
        } catch (ScenarioException e) {
            say("Could not open the lesson " + e.getMessage(), MessageKind.ERROR);
            return false;
        }
        return true;
    }

    /** Puts a scenario's settings into the properties without treating that as a change. */
    private void show(Scenario s) {
        showing = true;
        try {
            maxOutputSize.set(Math.max(SLIDER_MAX_OUTPUT_SIZE, Math.max(s.outputSize(), s.comparisonOutputSize())));
            leftOutputSize.set(s.outputSize());
            rightOutputSize.set(s.comparisonOutputSize());
            hiddenUnits.set(s.hiddenUnits());
            rule.set(s.rule());
            learningRate.show(s.learningRate());
            margin.show(s.margin());
            iterationsPerPair.show(s.iterationsPerPair());
            seed.show(s.seed());
        } finally {
            showing = false;
        }
    }

    private void settingChanged(Supplier<Scenario> changed, String what) {
        if (showing) {
            return;
        }
        apply(changed.get(), what);
    }

    private Scenario trainingScenario() {
        return scenario.withTraining(rule.get(), learningRate.value(), margin.value(), iterationsPerPair.value(),
                seed.value());
    }

    private void apply(Scenario changed, String what) {
        if (changed.equals(scenario)) {
            return;
        }
        scenario = changed;
        simulation.apply(changed);
        long at = simulation.lockstepIteration();
        say(what + " from seed " + changed.seed() + (at == 0 ? "." : "; replaying it to iteration "
                + Format.grouped(at) + " to stay in step."), MessageKind.INFO);
    }

    /** Takes a settings field's text if valid (Enter or leaving the field); a refused text never gets through. */
    public void commitTrainingFields() {
        boolean changed = learningRate.commit() | margin.commit() | iterationsPerPair.commit() | seed.commit();
        if (changed) {
            apply(trainingScenario(), "Both runs rebuilt with learning rate " + Parsers.print(learningRate.value())
                    + ", margin " + Parsers.print(margin.value()) + ", " + iterationsPerPair.value()
                    + " iterations per pair,");
        }
        for (ValidatedField<?> f : new ValidatedField<?>[] {learningRate, margin, iterationsPerPair, seed}) {
            if (f.errorProperty().get() != null) {
                say(f.errorProperty().get() + " The runs keep the previous value.", MessageKind.ERROR);
                return;
            }
        }
    }

    public void step() {
        simulation.step();
    }

    /** One iteration back: both runs as they were then, bit for bit (checkpoint and replay). */
    public void stepBack() {
        simulation.stepBack();
        playing.set(false);
    }

    /** Both runs to {@code iteration}: back to one already played, or forward by training. */
    public void seek(long iteration) {
        simulation.seek(iteration);
        playing.set(false);
    }

    /** Takes the "Go to" field: seeks to the iteration typed, or refuses it with one line. */
    public void commitGoTo() {
        goTo.commit();
        if (goTo.errorProperty().get() != null) {
            say(goTo.errorProperty().get(), MessageKind.ERROR);
            return;
        }
        seek(goTo.value());
        say("Going to iteration " + Format.grouped(goTo.value()) + ".", MessageKind.INFO);
    }

    public void runPass() {
        simulation.runPass();
        playing.set(false);
    }

    public void runUntilEvent() {
        simulation.runUntilEvent();
        playing.set(false);
        say("Running until the next event (learned, singular or diverged)…", MessageKind.INFO);
    }

    public void togglePlay() {
        if (simulation.playing()) {
            simulation.pause();
            playing.set(false);
        } else {
            simulation.play();
            playing.set(true);
        }
    }

    public void pause() {
        simulation.pause();
        playing.set(false);
    }

    public void reset() {
        simulation.reset();
        playing.set(false);
        say("Reset: both runs back to iteration 0 from seed " + scenario.seed() + ".", MessageKind.INFO);
    }

    /** Opens a scenario file; a bad one is refused with one line and the current runs stay as they are. */
    public boolean open(Path file) {
        Scenario opened;
        try {
            opened = new ScenarioReader().read(file);
        } catch (ScenarioException e) {
            say("Could not open " + e.getMessage(), MessageKind.ERROR);
            return false;
        }
        load(opened);
        scenarioFile.set(file);
        say("Opened " + file.getFileName() + ": both runs at iteration 0.", MessageKind.INFO);
        return true;
    }

    /** Opens a bundled example from the application's resources, at iteration 0. */
    public boolean openExample(Example example) {
        Scenario s;
        try {
            s = example.load();
        } catch (ScenarioException e) {
            say("Could not open the example: " + e.getMessage(), MessageKind.ERROR);
            return false;
        }
        load(s);
        scenarioFile.set(null);
        say(example.title() + ": " + example.description(), MessageKind.INFO);
        return true;
    }

    private void load(Scenario s) {
        scenario = s;
        show(s);
        simulation.load(s);
        playing.set(false);
    }

    /**
     * A lesson step: its scenario, both runs brought to {@code iteration} (training forward from 0 at full
     * speed; the step's text waits for the frames of that iteration).
     */
    public void showLessonStep(Scenario s, long iteration, String what) {
        load(s);
        scenarioFile.set(null);
        simulation.seek(iteration);
        say(what, MessageKind.INFO);
    }

    /** Says a one-line problem in the status line (a lesson that cannot be opened, for one). */
    public void sayError(String text) {
        say(text, MessageKind.ERROR);
    }

    /** Iteration {@code iteration} of one run, worked by hand, computed by the engine thread. */
    public CompletableFuture<WorkedIteration> worked(RunSide side, long iteration) {
        return simulation.worked(side, iteration);
    }

    /** Counts the frames pulled from the engine: something new is shown whenever it moves. */
    public ReadOnlyLongProperty framesProperty() {
        return frames.getReadOnlyProperty();
    }

    /** Opens one run of a sweep: this scenario with the run's output size (left), learning rate and seed. */
    public void openSweepRun(SweepPlan plan, SweepRow row) {
        // The sweep's own scenario, whatever the window's settings have become since it started.
        Scenario run = plan.scenarioOf(row.combination());
        try {
            run = run.withComparison(scenario.comparison());
        } catch (ScenarioException e) {
            // The window's comparison does not fit this run (another shape): the run alone is opened.
        }
        load(run);
        say("Sweep run opened on the left: " + plan.describe(row.combination()) + ", at iteration 0.",
                MessageKind.INFO);
    }

    /** Saves the current settings as a scenario file, atomically. */
    public boolean save(Path file, SafeFiles.Existing existing) {
        try {
            byte[] json = new ScenarioWriter().write(scenario).getBytes(StandardCharsets.UTF_8);
            SafeFiles.write(file, existing, out -> out.write(json));
        } catch (ExportException e) {
            say("Not saved: " + e.getMessage(), MessageKind.ERROR);
            return false;
        }
        scenarioFile.set(file);
        say("Saved " + file.getFileName() + ".", MessageKind.INFO);
        return true;
    }

    /**
     * Both runs as the window shows them now, for an export: take it before asking where to write, name the file
     * from it, and write it, so that the name, the picture and the CSV are of one and the same iteration.
     */
    public ExportSnapshot snapshot() {
        return ExportSnapshot.of(left.frame(), right.frame());
    }

    /** Writes the side-by-side figure of {@code shot}; returns whether it was written. */
    public CompletableFuture<Boolean> exportFigure(ExportSnapshot shot, Path file, int scale,
                                                   SafeFiles.Existing existing) {
        return export(file, () -> writeImage(new FigureRenderer().figureDrawing(shot.left(), shot.right()), file, scale,
                existing));
    }

    /** Writes one chart of one run of {@code shot}. */
    public CompletableFuture<Boolean> exportChart(ExportSnapshot shot, ChartKind kind, boolean leftRun, Path file,
                                                  int scale, SafeFiles.Existing existing) {
        return export(file, () -> writeImage(new FigureRenderer().chartDrawing(kind, leftRun ? shot.left()
                : shot.right()), file, scale, existing));
    }

    /** Writes both runs' learning curves of {@code shot}. */
    public CompletableFuture<Boolean> exportCurve(ExportSnapshot shot, Path file, int scale,
                                                  SafeFiles.Existing existing) {
        return export(file, () -> writeImage(new FigureRenderer().curveDrawing(shot.left(), shot.right()), file, scale,
                existing));
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

    /** Writes every iteration of both runs up to {@code shot}'s as CSV, by replaying the scenario (TraceReplay). */
    public CompletableFuture<Boolean> exportCsv(ExportSnapshot shot, Path file) {
        say("Writing " + file.getFileName() + ": " + Format.grouped(shot.iteration()) + " iterations of both runs…",
                MessageKind.INFO);
        return export(file, () -> TraceReplay.writeCsv(shot.scenario(), shot.iteration(), file,
                SafeFiles.Existing.REPLACE));
    }

    /** Something that writes a file and may refuse with a one-line reason. */
    private interface FileJob {
        void run() throws ExportException;
    }

    private CompletableFuture<Boolean> export(Path file, FileJob job) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        exporter.execute(() -> {
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
                    say("Wrote " + file + ".", MessageKind.INFO);
                } else {
                    say("Not exported: " + result, MessageKind.ERROR);
                }
                done.complete(result == null);
            });
        });
        return done;
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
        simulation.copyFrames(left.frame(), right.frame());
        left.update();
        right.update();
        playing.set(simulation.playing());
        long it = Math.max(left.frame().iteration(), right.frame().iteration());
        long furthest = Math.max(left.frame().frontier(), right.frame().frontier());
        iterationText.set("iteration " + Format.grouped(it));
        // The frontier first: the timeline's maximum must have grown before its value follows a jump forward.
        frontier.set(furthest);
        shownIteration.set(it);
        frontierText.set(it < furthest ? "of " + Format.grouped(furthest) + " played" : "newest");
        explanation.set(Explanation.of(left.frame(), right.frame()));
        if (!goToEditing.get()) {
            goTo.show(it);
        }
        reportEventStop();
        expireMessage(it);
        frames.set(frames.get() + 1);
        updateTitle();
        if (simulation.fault() != null) {
            say("Internal error in the engine: " + simulation.fault() + (simulation.stopped() ? "."
                    : ". Reset (R) starts again."),
                    MessageKind.ERROR);
        }
        return true;
    }

    private void updateTitle() {
        Path file = scenarioFile.get();
        // Before the first frame the scenario says what the runs will be.
        String runs = RunSummary.windowTitle(frames.get() == 0 ? scenario : left.frame().scenario());
        title.set(file == null ? runs : file.getFileName() + " · " + runs);
    }

    void say(String text, MessageKind kind) {
        message.set(text);
        messageKind.set(kind);
        messageSaidAt = clock.getAsLong();
        messageIteration = shownIteration.get();
    }

    /** How long a message about something done stays once the runs have moved on. */
    private static final long MESSAGE_NANOS = 4_000_000_000L;

    /** A message about something done goes once the runs have moved on and it has been read; errors stay. */
    private void expireMessage(long iteration) {
        if (messageKind.get() == MessageKind.INFO && !message.get().isEmpty() && iteration != messageIteration
                && clock.getAsLong() - messageSaidAt > MESSAGE_NANOS) {
            message.set("");
        }
    }

    private void reportEventStop() {
        RunEvent stop = simulation.lastEventStop();
        if (stop == null || stop == seenEventStop) {
            return;
        }
        seenEventStop = stop;
        RunFrame f = "left".equals(simulation.lastEventSide()) ? left.frame() : right.frame();
        String pass = stop.kind() == RunEvent.Kind.LEARNED ? " (pass " + Format.grouped(stop.iteration()
                / f.passLength()) + ")" : "";
        say("Stopped: D = " + f.outputSize() + " " + stop.kind().label() + " at iteration "
                + Format.grouped(stop.iteration()) + pass + ".", MessageKind.INFO);
    }

    static double speed(double exponent) {
        return exponent >= SPEED_MAX_EXPONENT - 1e-9 ? Simulation.MAX_SPEED : Math.pow(10, exponent);
    }

    static String speedLabel(double exponent) {
        double s = speed(exponent);
        return s == Simulation.MAX_SPEED ? "max speed" : Format.count(Math.round(s)) + " it/s";
    }

    /** The scenario the runs are built from now. */
    public Scenario scenario() {
        return scenario;
    }

    Simulation simulation() {
        return simulation;
    }

    public RunViewModel left() {
        return left;
    }

    public RunViewModel right() {
        return right;
    }

    public IntegerProperty leftOutputSizeProperty() {
        return leftOutputSize;
    }

    public IntegerProperty rightOutputSizeProperty() {
        return rightOutputSize;
    }

    public ReadOnlyIntegerProperty maxOutputSizeProperty() {
        return maxOutputSize.getReadOnlyProperty();
    }

    public IntegerProperty hiddenUnitsProperty() {
        return hiddenUnits;
    }

    public ObjectProperty<TrainingRule> ruleProperty() {
        return rule;
    }

    public ValidatedField<Double> learningRate() {
        return learningRate;
    }

    public ValidatedField<Double> margin() {
        return margin;
    }

    public ValidatedField<Integer> iterationsPerPair() {
        return iterationsPerPair;
    }

    public ValidatedField<Long> seed() {
        return seed;
    }

    /** log10 of iterations per second; {@link #SPEED_MAX_EXPONENT} means as fast as possible. */
    public DoubleProperty speedExponentProperty() {
        return speedExponent;
    }

    public ReadOnlyStringProperty speedTextProperty() {
        return speedText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty iterationTextProperty() {
        return iterationText.getReadOnlyProperty();
    }

    /**
     * One step larger text (Ctrl+Plus), up to twice the normal size and to what the window holds with every chart
     * keeping its room; beyond that it says so.
     */
    public void largerText() {
        int i = indexOf(textScale.get());
        double next = TEXT_SCALES[Math.min(TEXT_SCALES.length - 1, i + 1)];
        if (next > textScale.get() && next > Math.max(1, largestTextScale)) {
            say("Text is as large as this window holds (x" + Format.number(shownTextScale.get(), 3) + "): the charts"
                    + " need the rest. A larger window holds more; for a lesson, the presenter view (F5) shows a"
                    + " step's chart large.", MessageKind.INFO);
            return;
        }
        textScale.set(next);
    }

    /**
     * What the window measured: the largest text size at which every chart keeps its room. The text shown is
     * then never larger (nor, for that, smaller than normal): a smaller window caps a size chosen in a larger one.
     */
    public void setLargestTextScale(double scale) {
        largestTextScale = scale;
        updateShownTextScale();
    }

    private void updateShownTextScale() {
        double chosen = textScale.get();
        shownTextScale.set(chosen <= 1 ? chosen : Math.min(chosen, Math.max(1, largestTextScale)));
    }

    /** One step smaller (Ctrl+Minus). */
    public void smallerText() {
        int i = indexOf(textScale.get());
        textScale.set(TEXT_SCALES[Math.max(0, i - 1)]);
    }

    /** The normal size (Ctrl+0). */
    public void actualTextSize() {
        textScale.set(1);
    }

    private static int indexOf(double scale) {
        for (int i = 0; i < TEXT_SCALES.length; i++) {
            if (TEXT_SCALES[i] == scale) {
                return i;
            }
        }
        return 2;
    }

    private static double nearestTextScale(double scale) {
        double best = 1;
        for (double s : TEXT_SCALES) {
            if (Math.abs(s - scale) < Math.abs(best - scale)) {
                best = s;
            }
        }
        return best;
    }

    /** View ▸ text size as chosen, remembered across restarts. */
    public DoubleProperty textScaleProperty() {
        return textScale;
    }

    /** Every font of the window times this: the size chosen, capped at what the window holds. */
    public ReadOnlyDoubleProperty shownTextScaleProperty() {
        return shownTextScale.getReadOnlyProperty();
    }

    public ObjectProperty<TimeAxis> timeAxisProperty() {
        return timeAxis;
    }

    public BooleanProperty fitCosineProperty() {
        return fitCosine;
    }

    public BooleanProperty pauseOnEventsProperty() {
        return pauseOnEvents;
    }

    /** The iteration shown (the timeline's thumb). */
    public ReadOnlyLongProperty shownIterationProperty() {
        return shownIteration.getReadOnlyProperty();
    }

    /** The furthest iteration played (the timeline's end). */
    public ReadOnlyLongProperty frontierProperty() {
        return frontier.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty frontierTextProperty() {
        return frontierText.getReadOnlyProperty();
    }

    public ValidatedField<Long> goTo() {
        return goTo;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MessageKind> messageKindProperty() {
        return messageKind.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Explanation> explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    /** The window's title: the file, the runs' output sizes, and the question while a run is 1-D. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** True while Go to is being typed into: the field then keeps the user's text instead of following. */
    public BooleanProperty goToEditingProperty() {
        return goToEditing;
    }

    public BooleanProperty geometryShownProperty() {
        return geometryShown;
    }

    /** The scenario file last opened or saved, or null. */
    public ReadOnlyObjectProperty<Path> scenarioFileProperty() {
        return scenarioFile.getReadOnlyProperty();
    }

    @Override
    public void close() {
        simulation.close();
        exporter.shutdownNow();
    }
}
