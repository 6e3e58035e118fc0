package org.gradflow.app;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.gradflow.engine.Scenario;
import org.gradflow.engine.TrainingRule;
import org.gradflow.export.ExportNames;
import org.gradflow.export.SafeFiles;
import org.gradflow.plot.ChartKind;
import org.gradflow.session.TimeAxis;
import javafx.beans.property.IntegerProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.util.StringConverter;
import java.io.IOException;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.gradflow.plot.Lesson;

/**
 * Binds main.fxml to the {@link MainViewModel} and delegates every action to it; the only things it does
 * itself are what needs a window: file choosers, confirmation dialogs, and the once-per-frame redraw.
 */
public final class MainController {
    private final MainViewModel vm;
    private final FrameTimer frameTimer;

    /** The window's root: its scene is the window's (a toolbar button's is a popup's once it overflows). */
    @FXML
    private BorderPane mainPane;
    @FXML
    private Button playButton;
    @FXML
    private Slider speedSlider;
    @FXML
    private Label speedLabel;
    @FXML
    private Label iterationLabel;
    @FXML
    private Slider leftSizeSlider;
    @FXML
    private Slider rightSizeSlider;
    @FXML
    private Label leftSizeLabel;
    @FXML
    private Label rightSizeLabel;
    @FXML
    private ChoiceBox<TrainingRule> ruleChoice;
    @FXML
    private TextField learningRateField;
    @FXML
    private TextField marginField;
    @FXML
    private TextField iterationsPerPairField;
    @FXML
    private TextField seedField;
    @FXML
    private Spinner<Integer> hiddenUnitsSpinner;
    @FXML
    private Label explanationHeadline;
    @FXML
    private Label explanationBody;
    @FXML
    private Label explanationFormula;
    @FXML
    private Label messageLabel;
    @FXML
    private Menu exportChartMenu;
    @FXML
    private Menu examplesMenu;
    @FXML
    private CheckMenuItem geometryItem;
    @FXML
    private CheckMenuItem fullScreenItem;
    @FXML
    private Menu lessonsMenu;
    @FXML
    private VBox lessonPane;
    @FXML
    private Label lessonPosition;
    @FXML
    private Label lessonTitle;
    @FXML
    private Label lessonText;
    @FXML
    private Label lessonNote;
    @FXML
    private Button lessonBack;
    @FXML
    private Button lessonNext;
    @FXML
    private Button lessonAgain;
    @FXML
    private RadioMenuItem scale1;
    @FXML
    private RadioMenuItem scale2;
    @FXML
    private RadioMenuItem formatSvg;
    @FXML
    private Slider timeline;
    @FXML
    private Label frontierLabel;
    @FXML
    private TextField goToField;
    @FXML
    private CheckBox pauseOnEvents;
    @FXML
    private ChoiceBox<TimeAxis> timeAxisChoice;
    @FXML
    private CheckBox fitCosine;
    @FXML
    private ChartView leftNormsChart;
    @FXML
    private ChartView rightNormsChart;
    @FXML
    private ChartView curveChart;
    /** Set while the timeline follows the runs, so that its moving is not taken for the user's. */
    private boolean timelineFollowing;
    @FXML
    private VBox presenter;
    @FXML
    private PresenterController presenterController;
    @FXML
    private MenuItem presenterItem;
    @FXML
    private RunController leftRunController;
    @FXML
    private RunController rightRunController;

    private final Runnable redrawCharts = this::redrawCharts;
    private final HelpWindow help = new HelpWindow();

    private void redrawCharts() {
        leftRunController.redraw();
        rightRunController.redraw();
        leftNormsChart.redraw(vm.left().frame());
        rightNormsChart.redraw(vm.right().frame());
        curveChart.redraw(vm.left().frame(), vm.right().frame());
        if (vm.presenter().showingProperty().get()) {
            presenterController.redraw(vm.left().frame(), vm.right().frame());
        }
    }

    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            long start = System.nanoTime();
            long cpuStart = FrameTimer.cpuNanos();
            if (vm.drawFrame(redrawCharts)) {
                frameTimer.record(System.nanoTime() - start, FrameTimer.cpuNanos() - cpuStart);
                // The charts can be measured once they have drawn a frame.
                if (!fittedOnce) {
                    fittedOnce = true;
                    refit.playFromStart();
                }
            }
        }
    };

    public MainController(MainViewModel vm, FrameTimer frameTimer) {
        this.vm = vm;
        this.frameTimer = frameTimer;
    }

    @FXML
    private void initialize() {
        playButton.textProperty().bind(Bindings.when(vm.playingProperty()).then("Pause").otherwise("Play"));
        speedSlider.valueProperty().bindBidirectional(vm.speedExponentProperty());
        speedLabel.textProperty().bind(vm.speedTextProperty());
        iterationLabel.textProperty().bind(vm.iterationTextProperty());
        bindSizeSlider(leftSizeSlider, leftSizeLabel, vm.leftOutputSizeProperty());
        bindSizeSlider(rightSizeSlider, rightSizeLabel, vm.rightOutputSizeProperty());

        ruleChoice.getItems().setAll(TrainingRule.values());
        ruleChoice.valueProperty().bindBidirectional(vm.ruleProperty());
        bindField(learningRateField, vm.learningRate());
        bindField(marginField, vm.margin());
        bindField(iterationsPerPairField, vm.iterationsPerPair());
        bindField(seedField, vm.seed());
        marginField.disableProperty().bind(vm.ruleProperty().isNotEqualTo(TrainingRule.COSINE_EMBEDDING));

        SpinnerValueFactory.IntegerSpinnerValueFactory hidden =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(1, Scenario.MAX_LAYER_SIZE,
                        vm.scenario().hiddenUnits());
        // The default converter throws on text that is not a number; this one keeps the last good value (the
        // field shows the problem with a red border meanwhile), so nothing bad reaches the engine or the console.
        hidden.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                String t = text == null ? "" : text.strip();
                return t.matches("\\d{1,4}") ? Integer.valueOf(t) : hidden.getValue();
            }
        });
        hiddenUnitsSpinner.setValueFactory(hidden);
        hidden.valueProperty().addListener((o, was, now) -> vm.hiddenUnitsProperty().set(now));
        vm.hiddenUnitsProperty().addListener((o, was, now) -> hidden.setValue(now.intValue()));
        hiddenUnitsSpinner.getEditor().textProperty().addListener((o, was, now) -> markInvalid(
                hiddenUnitsSpinner.getEditor(), hiddenUnitsSpinner,
                now.matches("\\d{1,4}") && Integer.parseInt(now) >= 1
                        && Integer.parseInt(now) <= Scenario.MAX_LAYER_SIZE ? null
                        : "Hidden units must be a whole number from 1 to " + Scenario.MAX_LAYER_SIZE + "."));

        explanationHeadline.textProperty().bind(Bindings.createStringBinding(
                () -> vm.explanationProperty().get() == null ? "" : vm.explanationProperty().get().headline(),
                vm.explanationProperty()));
        explanationBody.textProperty().bind(Bindings.createStringBinding(
                () -> vm.explanationProperty().get() == null ? "" : vm.explanationProperty().get().body(),
                vm.explanationProperty()));
        explanationFormula.textProperty().bind(Bindings.createStringBinding(
                () -> vm.explanationProperty().get() == null ? "" : vm.explanationProperty().get().formula(),
                vm.explanationProperty()));
        messageLabel.textProperty().bind(vm.messageProperty());
        vm.messageKindProperty().addListener((o, was, now) -> messageLabel.pseudoClassStateChanged(
                PseudoClass.getPseudoClass("error"), now == MainViewModel.MessageKind.ERROR));

        for (boolean left : new boolean[] {true, false}) {
            for (ChartKind kind : ChartKind.values()) {
                MenuItem item = new MenuItem((left ? "Left run: " : "Right run: ") + kind.title() + "…");
                item.setOnAction(e -> exportChart(kind, left));
                exportChartMenu.getItems().add(item);
            }
        }
        bindTimeControls();
        bindPointer();
        vm.shownTextScaleProperty().addListener((o, was, now) -> applyTextScale(now.doubleValue()));
        vm.textScaleProperty().addListener((o, was, now) -> fitTextSize());
        // The scene exists once the window is shown; the saved size is applied then, and measured again whenever
        // the window's size settles.
        mainPane.sceneProperty().addListener((o, was, now) -> {
            applyTextScale(vm.shownTextScaleProperty().get());
            if (now != null) {
                now.widthProperty().addListener(o2 -> refit.playFromStart());
                now.heightProperty().addListener(o2 -> refit.playFromStart());
            }
        });
        refit.setOnFinished(e -> fitTextSize());
        for (Example example : Example.ALL) {
            MenuItem item = new MenuItem(example.title());
            item.setOnAction(e -> vm.openExample(example));
            examplesMenu.getItems().add(item);
        }
        leftRunController.bind(vm.left());
        rightRunController.bind(vm.right());
        bindGeometry();
        bindLesson();
        bindPresenter();
        timer.start();
    }

    /**
     * The pointer over any time-series chart puts a crosshair on those of both runs at the iterations of the pixel
     * column it is over, each with its values there (charts of other widths would name other ones); a click goes
     * there (time travel).
     */
    private void bindPointer() {
        List<ChartView> timeSeries = new ArrayList<>();
        for (RunController run : List.of(leftRunController, rightRunController)) {
            for (ChartView view : run.charts()) {
                if (view.getKind() != ChartKind.LANDSCAPE) {
                    timeSeries.add(view);
                }
            }
        }
        for (ChartView view : timeSeries) {
            view.setOnPointer((from, to) -> timeSeries.forEach(v -> v.setPointer(from, to)), it -> {
                long target = Math.round(it);
                if (target >= 0 && target <= vm.frontierProperty().get()) {
                    vm.seek(target);
                }
            });
        }
    }

    /** The presenter view over the whole window while shown; the keys go to it (its charts redraw each frame). */
    private void bindPresenter() {
        PresenterViewModel p = vm.presenter();
        presenterController.bind(p);
        presenter.visibleProperty().bind(p.showingProperty());
        mainPane.visibleProperty().bind(p.showingProperty().not());
        presenterItem.disableProperty().bind(vm.lesson().lessonProperty().isNull());
        p.showingProperty().addListener((o, was, now) -> {
            if (now) {
                presenter.requestFocus();
                presenterController.redraw(vm.left().frame(), vm.right().frame());
            } else {
                focusHome();
            }
        });
    }

    @FXML
    private void togglePresenter() {
        vm.presenter().toggle();
    }

    private void bindLesson() {
        LessonViewModel lesson = vm.lesson();
        int at = 0;
        for (BundledLesson bundled : BundledLesson.ALL) {
            MenuItem item = new MenuItem(bundled.title());
            item.setOnAction(e -> vm.openBundledLesson(bundled.file()));
            lessonsMenu.getItems().add(at++, item);
        }
        lessonPane.visibleProperty().bind(lesson.lessonProperty().isNotNull());
        lessonPane.managedProperty().bind(lessonPane.visibleProperty());
        // The player takes height from the charts: the text size they leave room for is measured again.
        lessonPane.visibleProperty().addListener((o, was, now) -> refit.playFromStart());
        lessonPosition.textProperty().bind(lesson.positionProperty());
        lessonTitle.textProperty().bind(lesson.titleProperty());
        lessonText.textProperty().bind(lesson.textProperty());
        lessonNote.textProperty().bind(lesson.noteProperty());
        lessonNote.visibleProperty().bind(lesson.noteProperty().isNotEmpty());
        lessonNote.managedProperty().bind(lessonNote.visibleProperty());
        lessonBack.disableProperty().bind(lesson.canBackProperty().not());
        lessonNext.disableProperty().bind(lesson.canNextProperty().not());
        lessonAgain.visibleProperty().bind(lesson.awayProperty());
        lesson.stepProperty().addListener((o, was, now) -> pointAt(now));
        // The lesson's text takes the explanation's place (its headline and the status line stay), so that the
        // charts keep their room on a 1280 x 800 projector.
        explanationBody.visibleProperty().bind(lesson.lessonProperty().isNull());
        explanationBody.managedProperty().bind(explanationBody.visibleProperty());
    }

    /** Frames the charts the lesson step talks about (the lesson has put the geometry or landscape in place). */
    private void pointAt(Lesson.Step step) {
        for (RunController run : List.of(leftRunController, rightRunController)) {
            boolean left = run == leftRunController;
            for (ChartView view : run.charts()) {
                point(view, step != null && step.pointsAt(view.getKind(), left));
            }
        }
        point(leftNormsChart, step != null && step.pointsAt(ChartKind.NORMS, true));
        point(rightNormsChart, step != null && step.pointsAt(ChartKind.NORMS, false));
        point(curveChart, step != null && step.pointsAt(null, true));
    }

    private static void point(ChartView view, boolean pointed) {
        view.pseudoClassStateChanged(POINTED, pointed);
    }

    private static final PseudoClass POINTED = PseudoClass.getPseudoClass("pointed");

    @FXML
    private void lessonNext() {
        vm.lesson().next();
    }

    @FXML
    private void lessonBack() {
        vm.lesson().back();
    }

    @FXML
    private void lessonAgain() {
        vm.lesson().showStepAgain();
    }

    @FXML
    private void lessonClose() {
        vm.lesson().close();
    }

    @FXML
    private void openLesson() {
        FileChooser chooser = chooser("Open lesson", null, "Lesson (*.json)", "*.json");
        File file = FileDialogs.open(chooser);
        if (file != null) {
            vm.rememberFolder(file.toPath());
            vm.openLesson(file.toPath());
        }
    }

    @FXML
    private void workedIteration() {
        try {
            WorkedIterationWindow.show(window(), vm);
        } catch (IOException e) {
            vm.sayError("Could not open the worked iteration: " + e.getMessage());
        }
    }

    /** After a resize, once it has settled: laying the window out at each text size costs a few frames. */
    private final PauseTransition refit = new PauseTransition(Duration.millis(250));
    private boolean fittedOnce;

    /** Tells the view-model the largest text size this window holds (TextSizeFit), and shows the size it says. */
    private void fitTextSize() {
        if (mainPane.getScene() == null) {
            return;
        }
        List<ChartView> charts = new ArrayList<>(List.of(leftNormsChart, rightNormsChart, curveChart));
        charts.addAll(leftRunController.charts());
        charts.addAll(rightRunController.charts());
        double largest = new TextSizeFit(mainPane.getScene().getRoot(), () -> charts, this::applyTextScale)
                .largest(MainViewModel.TEXT_SCALES);
        vm.setLargestTextScale(largest);
        applyTextScale(vm.shownTextScaleProperty().get());
    }

    /** Fonts of the controls (CSS, in em of the root's size) and of every chart, times {@code scale}. */
    private void applyTextScale(double scale) {
        if (mainPane.getScene() != null) {
            mainPane.getScene().getRoot().setStyle("-fx-font-size: " + 13 * scale + "px;");
        }
        List<ChartView> all = new ArrayList<>(List.of(leftNormsChart, rightNormsChart, curveChart));
        all.addAll(leftRunController.charts());
        all.addAll(rightRunController.charts());
        for (ChartView view : all) {
            view.setTextScale(scale);
        }
        presenterController.setTextScale(scale);
    }

    /** The landscape's slot shows the geometry or the landscape, as the view-model says (menu or lesson). */
    private void bindGeometry() {
        geometryItem.selectedProperty().bindBidirectional(vm.geometryShownProperty());
        vm.geometryShownProperty().addListener((o, was, now) -> {
            for (RunController run : List.of(leftRunController, rightRunController)) {
                run.charts().get(1).setKind(now ? ChartKind.GEOMETRY : ChartKind.LANDSCAPE);
            }
            pointAt(vm.lesson().stepProperty().get());
            redrawCharts();
        });
    }

    @FXML
    private void largerText() {
        vm.largerText();
    }

    @FXML
    private void smallerText() {
        vm.smallerText();
    }

    @FXML
    private void actualTextSize() {
        vm.actualTextSize();
    }

    private void bindTimeControls() {
        // A shorter history (a scenario opened, a lesson step) clamps the slider's value: that is following the
        // runs too, not the user asking to go to iteration 1.
        timeline.setMax(Math.max(1, vm.frontierProperty().get()));
        vm.frontierProperty().addListener((o, was, now) -> {
            timelineFollowing = true;
            timeline.setMax(Math.max(1, now.longValue()));
            timelineFollowing = false;
        });
        vm.shownIterationProperty().addListener((o, was, now) -> {
            if (!timeline.isValueChanging()) {
                timelineFollowing = true;
                timeline.setValue(now.doubleValue());
                timelineFollowing = false;
            }
        });
        timeline.valueProperty().addListener((o, was, now) -> {
            if (!timelineFollowing) {
                vm.seek(Math.round(now.doubleValue()));
            }
        });
        frontierLabel.textProperty().bind(vm.frontierTextProperty());
        bindField(goToField, vm.goTo());
        // Between edits the field shows the iteration shown (after a click on the timeline too).
        goToField.focusedProperty().addListener((o, was, now) -> vm.goToEditingProperty().set(now));
        goToField.setOnAction(e -> {
            vm.commitGoTo();
            // Enter hands the focus back to the runs, so that a clicker's Page Down reaches the lesson again.
            if (vm.goTo().errorProperty().get() == null) {
                focusHome();
            }
        });
        pauseOnEvents.selectedProperty().bindBidirectional(vm.pauseOnEventsProperty());
        fitCosine.selectedProperty().bindBidirectional(vm.fitCosineProperty());
        timeAxisChoice.getItems().setAll(TimeAxis.values());
        timeAxisChoice.valueProperty().bindBidirectional(vm.timeAxisProperty());
    }

    private void bindSizeSlider(Slider slider, Label label, IntegerProperty size) {
        slider.maxProperty().bind(vm.maxOutputSizeProperty());
        slider.setValue(size.get());
        label.textProperty().bind(size.asString());
        // Applied when the thumb is let go (or moved by keys), not on every pixel of a drag.
        slider.valueChangingProperty().addListener((o, was, changing) -> {
            if (!changing) {
                size.set((int) Math.round(slider.getValue()));
            }
        });
        slider.valueProperty().addListener((o, was, now) -> {
            if (!slider.isValueChanging()) {
                size.set((int) Math.round(now.doubleValue()));
            }
        });
        size.addListener((o, was, now) -> slider.setValue(now.intValue()));
    }

    private void bindField(TextField field, ValidatedField<?> model) {
        field.textProperty().bindBidirectional(model.textProperty());
        model.errorProperty().addListener((o, was, now) -> markInvalid(field, now));
        if (model == vm.goTo()) {
            return;
        }
        field.setOnAction(e -> vm.commitTrainingFields());
        field.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                vm.commitTrainingFields();
            }
        });
    }

    /** Red border and a tooltip saying why, while the text is not acceptable. */
    private static void markInvalid(TextField field, String problem) {
        markInvalid(field, field, problem);
    }

    /**
     * @param styled      the text field that gets the red border
     * @param tooltipHost the control whose tooltip says why (a Spinner's editor shares its Spinner's tooltip)
     */
    private static void markInvalid(TextField styled, Control tooltipHost, String problem) {
        styled.pseudoClassStateChanged(PseudoClass.getPseudoClass("invalid"), problem != null);
        Object usual = tooltipHost.getProperties().computeIfAbsent("usualTooltip",
                k -> tooltipHost.getTooltip() == null ? "" : tooltipHost.getTooltip());
        if (problem != null) {
            Tooltip error = new Tooltip(problem);
            error.getStyleClass().add("error-tooltip");
            tooltipHost.setTooltip(error);
        } else {
            tooltipHost.setTooltip(usual instanceof Tooltip t ? t : null);
        }
    }

    /** Where the keys go when no field is being typed into: the window itself, so every run key acts. */
    private void focusHome() {
        mainPane.getScene().getRoot().requestFocus();
    }

    private Window window() {
        return mainPane.getScene().getWindow();
    }

    /** The window's stage, once shown: the menu's tick follows full screen however it is left (Esc too). */
    void attach(Stage stage) {
        stage.setFullScreenExitHint("Esc or F11 leaves full screen");
        fullScreenItem.setSelected(stage.isFullScreen());
        stage.fullScreenProperty().addListener((o, was, now) -> fullScreenItem.setSelected(now));
    }

    @FXML
    private void toggleFullScreen() {
        ((Stage) window()).setFullScreen(fullScreenItem.isSelected());
    }

    private int scale() {
        return scale1.isSelected() ? 1 : scale2.isSelected() ? 2 : 3;
    }

    @FXML
    private void step() {
        vm.step();
    }

    @FXML
    private void stepBack() {
        vm.stepBack();
    }

    @FXML
    private void runPass() {
        vm.runPass();
    }

    @FXML
    private void runUntilEvent() {
        vm.runUntilEvent();
    }

    @FXML
    private void focusGoTo() {
        goToField.requestFocus();
        goToField.selectAll();
    }

    @FXML
    private void sweep() {
        try {
            SweepWindow.show(window(), vm);
        } catch (IOException e) {
            vm.say("Could not open the sweep window: " + e.getMessage(), MainViewModel.MessageKind.ERROR);
        }
    }

    @FXML
    private void togglePlay() {
        vm.togglePlay();
    }

    @FXML
    private void reset() {
        vm.reset();
    }

    @FXML
    private void open() {
        FileChooser chooser = chooser("Open scenario", null, "Scenario (*.json)", "*.json");
        File file = FileDialogs.open(chooser);
        if (file != null) {
            vm.rememberFolder(file.toPath());
            vm.open(file.toPath());
        }
    }

    @FXML
    private void save() {
        Path current = vm.scenarioFileProperty().get();
        FileChooser chooser = chooser("Save scenario", current == null ? "scenario.json"
                : current.getFileName().toString(), "Scenario (*.json)", "*.json");
        File file = FileDialogs.save(chooser);
        if (file != null) {
            vm.rememberFolder(file.toPath());
            // The system dialog has asked about replacing an existing file already.
            vm.save(file.toPath(), SafeFiles.Existing.REPLACE);
        }
    }

    @FXML
    private void exportFigure() {
        ExportSnapshot shot = vm.snapshot();
        File file = pngChooser(shot.figureName());
        if (file != null) {
            vm.exportFigure(shot, file.toPath(), scale(), SafeFiles.Existing.REPLACE);
        }
    }

    @FXML
    private void exportCurve() {
        ExportSnapshot shot = vm.snapshot();
        File file = pngChooser(shot.curveName());
        if (file != null) {
            vm.exportCurve(shot, file.toPath(), scale(), SafeFiles.Existing.REPLACE);
        }
    }

    private void exportChart(ChartKind kind, boolean left) {
        ExportSnapshot shot = vm.snapshot();
        File file = pngChooser(shot.chartName(kind, left));
        if (file != null) {
            vm.exportChart(shot, kind, left, file.toPath(), scale(), SafeFiles.Existing.REPLACE);
        }
    }

    @FXML
    private void exportCsv() {
        ExportSnapshot shot = vm.snapshot();
        FileChooser chooser = chooser("Export trace as CSV", shot.csvName(), "CSV (*.csv)", "*.csv");
        File file = FileDialogs.save(chooser);
        if (file != null) {
            vm.rememberFolder(file.toPath());
            vm.exportCsv(shot, file.toPath());
        }
    }

    /**
     * Asks where to write a PNG. The system's save dialog asks before replacing an existing file, so what it
     * returns may be overwritten.
     */
    private File pngChooser(String pngName) {
        boolean svg = formatSvg.isSelected();
        String name = svg ? ExportNames.svg(pngName) : pngName;
        File file = FileDialogs.save(svg ? chooser("Export SVG", name, "SVG vector image (*.svg)", "*.svg")
                : chooser("Export PNG", name, "PNG image (*.png)", "*.png"));
        if (file != null) {
            vm.rememberFolder(file.toPath());
        }
        return file;
    }

    private FileChooser chooser(String title, String name, String description, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        chooser.setInitialDirectory(vm.dialogFolder().toFile());
        if (name != null) {
            chooser.setInitialFileName(name);
        }
        return chooser;
    }

    @FXML
    private void help() {
        help.show(window());
    }

    @FXML
    private void quit() {
        window().hide();
    }

    /** Stops the frame timer; the window is going away. */
    void stop() {
        timer.stop();
    }

    /** For tests: the norms charts and the learning curve of the bottom row. */
    public List<ChartView> bottomCharts() {
        return List.of(leftNormsChart, curveChart, rightNormsChart);
    }

    /** For tests: the presenter view's controller. */
    PresenterController presenter() {
        return presenterController;
    }

    /** For tests: the two runs' controllers. */
    public RunController leftRun() {
        return leftRunController;
    }

    public RunController rightRun() {
        return rightRunController;
    }
}
