package org.gradflow.app;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;

/** Binds compare.fxml, "Compare with" and the comparison's output size, to its view-model. */
public final class CompareController {
    private final CompareViewModel vm;
    private final NetworkViewModel network;
    @FXML
    private ComboBox<String> compareBox;
    @FXML
    private Slider compareSizeSlider;
    @FXML
    private Label compareSizeLabel;

    CompareController(CompareViewModel vm, NetworkViewModel network) {
        this.vm = vm;
        this.network = network;
    }

    @FXML
    private void initialize() {
        compareBox.setItems(vm.suggestions());
        compareBox.getEditor().textProperty().bindBidirectional(vm.textProperty());
        // A suggestion picked is taken at once; typed text on Enter or when the field is left.
        compareBox.setOnAction(e -> vm.commit());
        compareBox.getEditor().focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                vm.commit();
            }
        });
        vm.errorProperty().addListener((o, was, now) -> Fields.markInvalid(compareBox.getEditor(), compareBox, now));
        NetworkController.shownWhen(compareSizeSlider, vm.siameseProperty());
        NetworkController.shownWhen(compareSizeLabel, vm.siameseProperty());
        Sliders.bindSteps(compareSizeSlider, compareSizeLabel, vm.outputSizeProperty(),
                network.maxOutputSizeProperty());
    }
}
