package org.gradflow.app;

import javafx.beans.property.IntegerProperty;
import javafx.beans.value.ObservableIntegerValue;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;

/** A slider of whole steps (an output size) that hands its value over when the thumb is let go, not per pixel. */
final class Sliders {
    private Sliders() {
    }

    static void bindSteps(Slider slider, Label label, IntegerProperty value, ObservableIntegerValue max) {
        slider.maxProperty().bind(max);
        slider.setValue(value.get());
        label.textProperty().bind(value.asString());
        slider.valueChangingProperty().addListener((o, was, changing) -> {
            if (!changing) {
                value.set((int) Math.round(slider.getValue()));
            }
        });
        slider.valueProperty().addListener((o, was, now) -> {
            if (!slider.isValueChanging()) {
                value.set((int) Math.round(now.doubleValue()));
            }
        });
        value.addListener((o, was, now) -> slider.setValue(now.intValue()));
    }
}
