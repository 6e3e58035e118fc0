package org.gradflow.app;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/**
 * A run's badges in one line whatever happens, so that both runs' columns stay aligned: where their full texts do
 * not fit the header (larger text, a narrow window), each shows its brief one instead of ending in "…". Decided
 * while laying out, when the labels know how wide their texts are.
 */
public final class BadgeRow extends HBox {
    /** Where a badge's two texts are kept on its label. */
    static final String FULL = "badge.full";
    static final String BRIEF = "badge.brief";

    @Override
    protected void layoutChildren() {
        boolean brief = wanted(FULL) > getWidth() - snappedLeftInset() - snappedRightInset();
        for (Node child : getChildren()) {
            if (child instanceof Label label && label.getProperties().get(brief ? BRIEF : FULL) instanceof String t
                    && !t.equals(label.getText())) {
                label.setText(t);
            }
        }
        super.layoutChildren();
    }

    /** The width the badges take with the texts kept under {@code key}. */
    private double wanted(String key) {
        double total = 0;
        for (Node child : getChildren()) {
            if (child instanceof Label label && label.getProperties().get(key) instanceof String t) {
                String shown = label.getText();
                label.setText(t);
                total += label.prefWidth(-1) + getSpacing();
                label.setText(shown);
            }
        }
        return total - getSpacing();
    }
}
