package org.gradflow.app;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;

/** Binds transport.fxml (Step, Play, the timeline, Go to, the x axis) to time's view-model and the view options. */
public final class TransportController {
    private final TransportViewModel vm;
    private final ViewOptionsViewModel view;
    @FXML
    private Button playButton;
    @FXML
    private Slider speedSlider;
    @FXML
    private Label speedLabel;
    @FXML
    private Label iterationLabel;
    @FXML
    private Slider timeline;
    @FXML
    private Label frontierLabel;
    @FXML
    private TextField goToField;
    @FXML
    private CheckBox pauseOnEvents;
    @FXML
    private ChoiceBox<String> timeAxisChoice;
    @FXML
    private CheckBox fitCosine;
    /** Where the keys go after Enter in Go to: the runs, so that a clicker's Page Down reaches the lesson. */
    private Runnable focusHome = () -> { };

    TransportController(TransportViewModel vm, ViewOptionsViewModel view) {
        this.vm = vm;
        this.view = view;
    }

    @FXML
    private void initialize() {
        playButton.textProperty().bind(Bindings.when(vm.playingProperty()).then("Pause").otherwise("Play"));
        speedSlider.valueProperty().bindBidirectional(vm.speedExponentProperty());
        speedLabel.textProperty().bind(vm.speedTextProperty());
        iterationLabel.textProperty().bind(vm.iterationTextProperty());
        timeline.maxProperty().bind(vm.timelineMaxProperty());
        timeline.valueProperty().bindBidirectional(vm.timelineProperty());
        timeline.valueChangingProperty().addListener((o, was, now) -> vm.setDragging(now));
        frontierLabel.textProperty().bind(vm.frontierTextProperty());
        Fields.bind(goToField, vm.goTo());
        goToField.focusedProperty().addListener((o, was, now) -> vm.goToEditingProperty().set(now));
        goToField.setOnAction(e -> {
            if (vm.commitGoTo()) {
                focusHome.run();
            }
        });
        pauseOnEvents.selectedProperty().bindBidirectional(vm.pauseOnEventsProperty());
        fitCosine.selectedProperty().bindBidirectional(view.fitCosineProperty());
        fitCosine.visibleProperty().bind(view.cosineShownProperty());
        fitCosine.managedProperty().bind(fitCosine.visibleProperty());
        timeAxisChoice.setItems(view.timeAxisNames());
        timeAxisChoice.valueProperty().bindBidirectional(view.timeAxisNameProperty());
    }

    void setFocusHome(Runnable home) {
        this.focusHome = home;
    }

    /** Ctrl+G: into Go to, its text selected. */
    void focusGoTo() {
        goToField.requestFocus();
        goToField.selectAll();
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
    private void togglePlay() {
        vm.togglePlay();
    }

    @FXML
    private void reset() {
        vm.reset();
    }

    @FXML
    private void runPass() {
        vm.runPass();
    }

    @FXML
    private void runUntilEvent() {
        vm.runUntilEvent();
    }
}
