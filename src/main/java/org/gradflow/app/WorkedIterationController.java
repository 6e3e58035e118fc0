package org.gradflow.app;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;

/** Binds worked.fxml to its view-model. */
public final class WorkedIterationController {
    private final WorkedIterationViewModel vm;
    @FXML
    private RadioButton leftRun;
    @FXML
    private RadioButton rightRun;
    @FXML
    private Label status;
    @FXML
    private TextArea worked;

    public WorkedIterationController(WorkedIterationViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        leftRun.textProperty().bind(vm.leftLabelProperty());
        rightRun.textProperty().bind(vm.rightLabelProperty());
        leftRun.setSelected(vm.leftRunProperty().get());
        rightRun.setSelected(!vm.leftRunProperty().get());
        leftRun.selectedProperty().addListener((o, was, now) -> vm.leftRunProperty().set(now));
        status.textProperty().bind(vm.statusProperty());
        worked.textProperty().bind(vm.textProperty());
    }
}
