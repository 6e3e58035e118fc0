package org.gradflow.app;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

/** Binds network.fxml, the network panel, to its view-model. */
public final class NetworkController {
    private final NetworkViewModel vm;
    @FXML
    private ChoiceBox<String> ruleChoice;
    @FXML
    private HBox dataGroup;
    @FXML
    private ChoiceBox<String> datasetChoice;
    @FXML
    private TextField noiseField;
    @FXML
    private TextField countField;
    @FXML
    private TextField hiddenField;
    @FXML
    private ChoiceBox<String> activationChoice;
    @FXML
    private ChoiceBox<String> initChoice;
    @FXML
    private Label initParameterLabel;
    @FXML
    private TextField initParameterField;
    @FXML
    private Label layersNote;
    @FXML
    private TextField learningRateField;
    @FXML
    private HBox batchGroup;
    @FXML
    private TextField batchField;
    @FXML
    private HBox marginGroup;
    @FXML
    private TextField marginField;
    @FXML
    private TextField iterationsPerPairField;
    @FXML
    private TextField seedField;
    @FXML
    private HBox outputSizeGroup;
    @FXML
    private Slider outputSizeSlider;
    @FXML
    private Label outputSizeLabel;

    NetworkController(NetworkViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        ruleChoice.setItems(vm.ruleNames());
        ruleChoice.valueProperty().bindBidirectional(vm.ruleProperty());
        datasetChoice.setItems(vm.datasetNames());
        datasetChoice.valueProperty().bindBidirectional(vm.datasetProperty());
        activationChoice.setItems(vm.activationNames());
        activationChoice.valueProperty().bindBidirectional(vm.activationProperty());
        initChoice.setItems(vm.initNames());
        initChoice.valueProperty().bindBidirectional(vm.initProperty());
        initParameterLabel.textProperty().bind(vm.initParameterNameProperty());
        shownWhen(initParameterLabel, vm.initParameterNameProperty().isNotEmpty());
        shownWhen(initParameterField, vm.initParameterNameProperty().isNotEmpty());
        layersNote.textProperty().bind(vm.layersNoteProperty());
        shownWhen(layersNote, vm.layersNoteProperty().isNotEmpty());
        Fields.bind(noiseField, vm.noise(), vm::commitFields);
        Fields.bind(countField, vm.count(), vm::commitFields);
        Fields.bind(hiddenField, vm.hiddenUnits(), vm::commitFields);
        // As wide as its widths, up to eight layers' worth: "8, 8, 8, 8, 8, 8, 8, 8" is the network.
        hiddenField.prefColumnCountProperty().bind(Bindings.max(4, Bindings.min(22,
                Bindings.length(hiddenField.textProperty()))));
        Fields.bind(initParameterField, vm.initParameter(), vm::commitFields);
        Fields.bind(learningRateField, vm.learningRate(), vm::commitFields);
        Fields.bind(batchField, vm.batchSize(), vm::commitFields);
        Fields.bind(marginField, vm.margin(), vm::commitFields);
        Fields.bind(iterationsPerPairField, vm.iterationsPerPair(), vm::commitFields);
        Fields.bind(seedField, vm.seed(), vm::commitFields);
        shownWhen(dataGroup, vm.generatedDataProperty());
        shownWhen(batchGroup, vm.siameseProperty().not());
        shownWhen(marginGroup, vm.siameseProperty());
        shownWhen(outputSizeGroup, vm.siameseProperty());
        Sliders.bindSteps(outputSizeSlider, outputSizeLabel, vm.outputSizeProperty(), vm.maxOutputSizeProperty());
    }

    static void shownWhen(Node node, ObservableBooleanValue shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(node.visibleProperty());
    }
}
