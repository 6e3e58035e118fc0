package org.gradflow.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Binds main.fxml to the {@link MainViewModel} and its parts and delegates every action to them; the only things
 * it does itself are what needs a window: file choosers, the child windows, full screen, and the once-per-frame
 * redraw.
 */
public final class MainController {
    private final MainViewModel vm;
    private final FrameTimer frameTimer;

    /** The window's root: its scene is the window's (a toolbar button's is a popup's once it overflows). */
    @FXML
    private BorderPane mainPane;
    @FXML
    private TransportController transportController;
    @FXML
    private Node network;
    @FXML
    private RunsPane runs;
    @FXML
    private RunController mainRunController;
    @FXML
    private RunController comparisonRunController;
    @FXML
    private ChartView mainBottomChart;
    @FXML
    private ChartView curveChart;
    @FXML
    private ChartView comparisonBottomChart;
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
    private CheckMenuItem networkPanelItem;
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
    private RadioMenuItem scale3;
    @FXML
    private RadioMenuItem formatSvg;
    @FXML
    private VBox presenter;
    @FXML
    private PresenterController presenterController;
    @FXML
    private MenuItem presenterItem;

    private final Runnable redrawCharts = this::redrawCharts;
    private final HelpWindow help = new HelpWindow();
    /** After a resize, once it has settled: laying the window out at each text size costs a few frames. */
    private final PauseTransition refit = new PauseTransition(Duration.millis(250));
    private boolean fittedOnce;

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

    private void redrawCharts() {
        mainRunController.redraw();
        if (vm.comparisonRun().presentProperty().get()) {
            comparisonRunController.redraw();
            comparisonBottomChart.redraw();
        }
        mainBottomChart.redraw();
        curveChart.redraw();
        if (vm.presenter().showingProperty().get()) {
            presenterController.redraw();
        }
    }

    @FXML
    private void initialize() {
        explanationHeadline.textProperty().bind(vm.headlineProperty());
        explanationBody.textProperty().bind(vm.bodyProperty());
        explanationFormula.textProperty().bind(vm.formulaProperty());
        messageLabel.textProperty().bind(vm.status().messageProperty());
        vm.status().kindProperty().addListener((o, was, now) -> messageLabel.pseudoClassStateChanged(
                PseudoClass.getPseudoClass("error"), now == StatusViewModel.Kind.ERROR));

        mainRunController.bind(vm.mainRun());
        comparisonRunController.bind(vm.comparisonRun());
        mainBottomChart.show(vm.mainRun().slots().get(WindowCharts.SLOTS - 1));
        comparisonBottomChart.show(vm.comparisonRun().slots().get(WindowCharts.SLOTS - 1));
        curveChart.show(vm.curve());
        runs.oneRunProperty().bind(vm.comparisonRun().presentProperty().not());
        runs.oneRunProperty().addListener((o, was, now) -> refit.playFromStart());
        transportController.setFocusHome(this::focusHome);

        network.visibleProperty().bindBidirectional(networkPanelItem.selectedProperty());
        network.managedProperty().bind(network.visibleProperty());
        network.visibleProperty().addListener((o, was, now) -> refit.playFromStart());
        geometryItem.selectedProperty().bindBidirectional(vm.view().geometryShownProperty());
        geometryItem.disableProperty().bind(vm.view().cosineShownProperty().not());
        vm.view().geometryShownProperty().addListener((o, was, now) -> redrawCharts());

        formatSvg.selectedProperty().bindBidirectional(vm.exports().svgProperty());
        for (RadioMenuItem item : List.of(scale1, scale2, scale3)) {
            int scale = item == scale1 ? 1 : item == scale2 ? 2 : 3;
            item.setSelected(vm.exports().scaleProperty().get() == scale);
            item.selectedProperty().addListener((o, was, now) -> {
                if (now) {
                    vm.exports().scaleProperty().set(scale);
                }
            });
        }
        exportChartMenu.setOnShowing(e -> fillExportChartMenu());
        fillExportChartMenu();

        bindPointer();
        vm.text().shownTextScaleProperty().addListener((o, was, now) -> applyTextScale(now.doubleValue()));
        vm.text().textScaleProperty().addListener((o, was, now) -> fitTextSize());
        // The scene exists once the window is shown; the saved size is applied then, and measured again whenever
        // the window's size settles.
        mainPane.sceneProperty().addListener((o, was, now) -> {
            applyTextScale(vm.text().shownTextScaleProperty().get());
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
        bindLesson();
        bindPresenter();
        timer.start();
    }

    /** The charts that apply to the runs shown now, each named by its run. */
    private void fillExportChartMenu() {
        List<MenuItem> items = new ArrayList<>();
        for (ExportViewModel.ChartChoice choice : vm.exports().chartChoices()) {
            MenuItem item = new MenuItem(choice.label());
            item.setOnAction(e -> exportChart(choice));
            items.add(item);
        }
        exportChartMenu.getItems().setAll(items);
    }

    /** Every chart of the window, for the crosshair, the text size and the tests. */
    private List<ChartView> allCharts() {
        List<ChartView> all = new ArrayList<>(mainRunController.charts());
        all.addAll(comparisonRunController.charts());
        all.addAll(bottomCharts());
        return all;
    }

    /**
     * The pointer over any time-series chart puts a crosshair on those of both runs at the iterations of the pixel
     * column it is over, each with its values there (charts of other widths would name other ones); a click goes
     * there (time travel). Charts whose x is not time ignore both.
     */
    private void bindPointer() {
        List<ChartView> charts = allCharts();
        for (ChartView view : charts) {
            view.setOnPointer((from, to) -> charts.forEach(v -> v.setPointer(from, to)),
                    it -> vm.transport().seekPlayed(it));
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
                presenterController.redraw();
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
        // The lesson's text takes the explanation's place (its headline and the status line stay), so that the
        // charts keep their room on a 1280 x 800 projector.
        explanationBody.visibleProperty().bind(lesson.lessonProperty().isNull());
        explanationBody.managedProperty().bind(explanationBody.visibleProperty());
    }

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
        File file = FileDialogs.open(chooser("Open lesson", null, "Lesson (*.json)", "*.json"));
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
            vm.status().error("Could not open the worked iteration: " + e.getMessage());
        }
    }

    /** Tells the view-model the largest text size this window holds (TextSizeFit), and shows the size it says. */
    private void fitTextSize() {
        if (mainPane.getScene() == null) {
            return;
        }
        double largest = new TextSizeFit(mainPane.getScene().getRoot(), this::shownCharts, this::applyTextScale)
                .largest(vm.text().steps());
        vm.text().setLargest(largest);
        applyTextScale(vm.text().shownTextScaleProperty().get());
    }

    /** The charts on screen now: a comparison's column is not shown for a scenario of one run. */
    private List<ChartView> shownCharts() {
        return allCharts().stream().filter(ChartView::isVisible).filter(v -> v.getParent() == null
                || v.getParent().isVisible() && (v.getParent().getParent() == null
                || v.getParent().getParent().isVisible())).toList();
    }

    /** Fonts of the controls (CSS, in em of the root's size) and of every chart, times {@code scale}. */
    private void applyTextScale(double scale) {
        if (mainPane.getScene() != null) {
            mainPane.getScene().getRoot().setStyle("-fx-font-size: " + 13 * scale + "px;");
        }
        for (ChartView view : allCharts()) {
            view.setTextScale(scale);
        }
        presenterController.setTextScale(scale);
    }

    @FXML
    private void largerText() {
        vm.text().larger();
    }

    @FXML
    private void smallerText() {
        vm.text().smaller();
    }

    @FXML
    private void actualTextSize() {
        vm.text().actual();
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

    @FXML
    private void step() {
        vm.transport().step();
    }

    @FXML
    private void stepBack() {
        vm.transport().stepBack();
    }

    @FXML
    private void togglePlay() {
        vm.transport().togglePlay();
    }

    @FXML
    private void reset() {
        vm.transport().reset();
    }

    @FXML
    private void runPass() {
        vm.transport().runPass();
    }

    @FXML
    private void runUntilEvent() {
        vm.transport().runUntilEvent();
    }

    @FXML
    private void focusGoTo() {
        transportController.focusGoTo();
    }

    @FXML
    private void sweep() {
        try {
            SweepWindow.show(window(), vm);
        } catch (IOException e) {
            vm.status().error("Could not open the sweep window: " + e.getMessage());
        }
    }

    @FXML
    private void open() {
        File file = FileDialogs.open(chooser("Open scenario", null, "Scenario (*.json)", "*.json"));
        if (file != null) {
            vm.rememberFolder(file.toPath());
            vm.open(file.toPath());
        }
    }

    @FXML
    private void save() {
        Path current = vm.scenarioFileProperty().get();
        File file = FileDialogs.save(chooser("Save scenario", current == null ? "scenario.json"
                : current.getFileName().toString(), "Scenario (*.json)", "*.json"));
        if (file != null) {
            vm.rememberFolder(file.toPath());
            // The system dialog has asked about replacing an existing file already.
            vm.save(file.toPath());
        }
    }

    @FXML
    private void exportFigure() {
        ExportSnapshot shot = vm.exports().snapshot();
        File file = imageChooser(shot.figureName());
        if (file != null) {
            vm.exports().exportFigure(shot, file.toPath());
        }
    }

    @FXML
    private void exportCurve() {
        ExportSnapshot shot = vm.exports().snapshot();
        File file = imageChooser(shot.curveName());
        if (file != null) {
            vm.exports().exportCurve(shot, file.toPath());
        }
    }

    private void exportChart(ExportViewModel.ChartChoice choice) {
        ExportSnapshot shot = vm.exports().snapshot();
        File file = imageChooser(shot.chartName(choice));
        if (file != null) {
            vm.exports().exportChart(shot, choice, file.toPath());
        }
    }

    @FXML
    private void exportCsv() {
        ExportSnapshot shot = vm.exports().snapshot();
        File file = FileDialogs.save(chooser("Export trace as CSV", shot.csvName(), "CSV (*.csv)", "*.csv"));
        if (file != null) {
            vm.rememberFolder(file.toPath());
            vm.exports().exportCsv(shot, file.toPath());
        }
    }

    /** Asks for a folder and writes a PyTorch script per run there (train-main.py, or train-D1.py and train-D6.py). */
    @FXML
    private void exportPytorch() {
        ExportSnapshot shot = vm.exports().snapshot();
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Folder for " + String.join(" and ", vm.exports().pytorchFileNames()));
        chooser.setInitialDirectory(vm.dialogFolder().toFile());
        File folder = FileDialogs.folder(chooser);
        if (folder != null) {
            vm.rememberFolder(new File(folder, "x").toPath());
            Path file = vm.scenarioFileProperty().get();
            vm.exports().exportPytorch(shot, file == null ? "the window's settings" : file.getFileName().toString(),
                    folder.toPath());
        }
    }

    /**
     * Asks where to write an image. The system's save dialog asks before replacing an existing file, so what it
     * returns may be overwritten.
     */
    private File imageChooser(String pngName) {
        String name = vm.exports().imageName(pngName);
        boolean svg = name.endsWith(".svg");
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

    /** For tests: the fifth chart of each run and the learning curve, in the bottom row's order. */
    public List<ChartView> bottomCharts() {
        return List.of(mainBottomChart, curveChart, comparisonBottomChart);
    }

    /** For tests: the presenter view's controller. */
    PresenterController presenter() {
        return presenterController;
    }

    /** For tests: the runs' controllers. */
    public RunController mainRun() {
        return mainRunController;
    }

    public RunController comparisonRun() {
        return comparisonRunController;
    }
}
