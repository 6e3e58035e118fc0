package org.gradflow.app;

import javafx.css.PseudoClass;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;

/**
 * How a text field shows a {@link ValidatedField}: its text both ways, and while the text is refused a red border
 * and a tooltip that says why (the usual tooltip back once it is fixed).
 */
final class Fields {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private Fields() {
    }

    /** The field's text is the model's; a refused text is marked. */
    static void bind(TextField field, ValidatedField<?> model) {
        field.textProperty().bindBidirectional(model.textProperty());
        markInvalid(field, field, model.errorProperty().get());
        model.errorProperty().addListener((o, was, now) -> markInvalid(field, field, now));
    }

    /** As {@link #bind}, and Enter or leaving the field commits it through {@code commit}. */
    static void bind(TextField field, ValidatedField<?> model, Runnable commit) {
        bind(field, model);
        // Enter that is taken hands the focus back to the runs, as Go to does: the run keys (Space, P) act again.
        field.setOnAction(e -> {
            commit.run();
            handFocusBack(field, model.errorProperty().get());
        });
        field.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                commit.run();
            }
        });
    }

    /** Once a field's text is taken ({@code problem} null), the focus goes back to the runs, as Go to's does. */
    static void handFocusBack(Control field, String problem) {
        if (problem == null && field.getScene() != null) {
            field.getScene().getRoot().requestFocus();
        }
    }

    /**
     * @param styled      the text field that gets the red border
     * @param tooltipHost the control whose tooltip says why (an editable combo box's editor shares its box's)
     */
    static void markInvalid(TextField styled, Control tooltipHost, String problem) {
        styled.pseudoClassStateChanged(INVALID, problem != null);
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
}
