package org.gradflow.app;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;

/** Binds worked.fxml to its view-model. */
public final class WorkedIterationController {
    private final WorkedIterationViewModel vm;
    @FXML
    private RadioButton mainRun;
    @FXML
    private RadioButton comparisonRun;
    @FXML
    private Label status;
    @FXML
    private TextArea worked;

    public WorkedIterationController(WorkedIterationViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        mainRun.textProperty().bind(vm.mainLabelProperty());
        comparisonRun.textProperty().bind(vm.comparisonLabelProperty());
        comparisonRun.visibleProperty().bind(vm.hasComparisonProperty());
        mainRun.setSelected(vm.mainRunProperty().get());
        comparisonRun.setSelected(!vm.mainRunProperty().get());
        mainRun.selectedProperty().addListener((o, was, now) -> vm.mainRunProperty().set(now));
        status.textProperty().bind(vm.statusProperty());
        worked.textProperty().bind(vm.textProperty());
    }
}
