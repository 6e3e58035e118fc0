package org.gradflow.app;

import javafx.application.Platform;
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
        // The box's value is what the view-model says (its editor shows it); what is typed reaches the
        // view-model only when it is committed. Bound both ways, the editor's text followed the box's value, which
        // the box clears when its suggestions change, and a cleared field was taken as "no comparison".
        compareBox.setValue(vm.textProperty().get());
        vm.textProperty().addListener((o, was, now) -> compareBox.setValue(now));
        // A suggestion picked is taken at once; typed text on Enter (both are the box's action, with its value)
        // or when the field is left.
        compareBox.setOnAction(e -> {
            String value = compareBox.getValue();
            if (value == null) {
                compareBox.setValue(vm.textProperty().get());
                return;
            }
            // After the box has finished its own selection: the runs rebuilt change its list of suggestions, which
            // a list still handling the click cannot take.
            Platform.runLater(() -> {
                vm.textProperty().set(value);
                vm.commit();
                Fields.handFocusBack(compareBox, vm.errorProperty().get());
            });
        });
        compareBox.getEditor().focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                vm.textProperty().set(compareBox.getEditor().getText());
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
