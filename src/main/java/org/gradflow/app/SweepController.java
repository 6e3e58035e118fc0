package org.gradflow.app;

import java.io.File;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;

/** Binds sweep.fxml to the {@link SweepViewModel}; file choosers are all it does itself. */
public final class SweepController {
    private final SweepViewModel vm;
    private final MainViewModel main;

    @FXML
    private TextField outputSizes;
    @FXML
    private TextField learningRates;
    @FXML
    private TextField vary;
    @FXML
    private TextField seeds;
    @FXML
    private TextField passes;
    @FXML
    private TextField threads;
    @FXML
    private CheckBox nudge;
    @FXML
    private Button startButton;
    @FXML
    private Button cancelButton;
    @FXML
    private ProgressBar progress;
    @FXML
    private Label status;
    @FXML
    private SweepView heatmap;
    @FXML
    private ListView<String> cellRuns;

    SweepController(SweepViewModel vm, MainViewModel main) {
        this.vm = vm;
        this.main = main;
    }

    @FXML
    private void initialize() {
        outputSizes.textProperty().bindBidirectional(vm.outputSizesProperty());
        learningRates.textProperty().bindBidirectional(vm.learningRatesProperty());
        vary.textProperty().bindBidirectional(vm.varyProperty());
        seeds.textProperty().bindBidirectional(vm.seedsProperty());
        passes.textProperty().bindBidirectional(vm.passesProperty());
        threads.textProperty().bindBidirectional(vm.threadsProperty());
        nudge.selectedProperty().bindBidirectional(vm.nudgeProperty());
        startButton.disableProperty().bind(vm.runningProperty());
        cancelButton.disableProperty().bind(vm.runningProperty().not());
        progress.progressProperty().bind(vm.progressProperty());
        status.textProperty().bind(vm.statusProperty());
        vm.summaryProperty().addListener((o, was, now) -> heatmap.show(now));
        heatmap.setOnCell(vm::select);
        cellRuns.setItems(vm.cellRowLabels());
        cellRuns.setOnMouseClicked(e -> vm.open(cellRuns.getSelectionModel().getSelectedIndex()));
    }

    @FXML
    private void start() {
        vm.start();
    }

    @FXML
    private void cancel() {
        vm.cancel();
    }

    @FXML
    private void exportPng() {
        File file = choose("sweep.png", "PNG image (*.png)", "*.png");
        if (file != null) {
            vm.exportPng(file.toPath());
        }
    }

    @FXML
    private void exportCsv() {
        File file = choose("sweep.csv", "CSV (*.csv)", "*.csv");
        if (file != null) {
            vm.exportCsv(file.toPath());
        }
    }

    private File choose(String name, String description, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the sweep");
        chooser.setInitialFileName(name);
        chooser.setInitialDirectory(main.dialogFolder().toFile());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        File file = FileDialogs.save(chooser);
        if (file != null) {
            main.rememberFolder(file.toPath());
        }
        return file;
    }
}
