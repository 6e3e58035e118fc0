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
        double room = getWidth() - snappedLeftInset() - snappedRightInset();
        String key = wanted(FULL) > room ? BRIEF : FULL;
        // Where even the brief texts do not fit, the last badges give way (the first is the run's diagnosis,
        // the last its gradient check): a badge is shown whole or not at all, never as "1 d…".
        double used = 0;
        boolean first = true;
        for (Node child : getChildren()) {
            if (child instanceof Label label && label.getProperties().get(key) instanceof String t) {
                used += (first ? 0 : getSpacing()) + width(label, t);
                boolean shown = first || used <= room;
                first = false;
                if (!t.equals(label.getText())) {
                    label.setText(t);
                }
                if (label.isManaged() != shown) {
                    label.setManaged(shown);
                    label.setVisible(shown);
                }
            }
        }
        super.layoutChildren();
    }

    /** The width the badges take with the texts kept under {@code key}. */
    private double wanted(String key) {
        double total = 0;
        for (Node child : getChildren()) {
            if (child instanceof Label label && label.getProperties().get(key) instanceof String t) {
                total += width(label, t) + getSpacing();
            }
        }
        return total - getSpacing();
    }

    private static double width(Label label, String text) {
        String shown = label.getText();
        label.setText(text);
        double width = label.prefWidth(-1);
        label.setText(shown);
        return width;
    }
}
