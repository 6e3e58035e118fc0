package org.gradflow.app;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import org.gradflow.plot.Format;

/**
 * View ▸ text size: the steps a teacher can choose (Ctrl+Plus, Ctrl+Minus, Ctrl+0), remembered across restarts,
 * and the size shown, which never exceeds what the window holds with every chart keeping its room.
 */
public final class TextScaleViewModel {
    /** The steps a teacher can choose, 1 the normal size. */
    static final double[] TEXT_SCALES = {0.8, 0.9, 1, 1.15, 1.3, 1.5, 1.75, 2};

    private final DoubleProperty textScale = new SimpleDoubleProperty(this, "textScale", 1);
    private final ReadOnlyDoubleWrapper shownTextScale = new ReadOnlyDoubleWrapper(this, "shownTextScale", 1);
    private final StatusViewModel status;
    /** The largest step the window holds with every chart keeping its room, as the view measured it. */
    private double largestTextScale = Double.POSITIVE_INFINITY;

    TextScaleViewModel(UserState userState, StatusViewModel status) {
        this.status = status;
        textScale.set(nearest(userState.textScale()));
        textScale.addListener((o, was, now) -> {
            userState.rememberTextScale(now.doubleValue());
            updateShown();
        });
        updateShown();
    }

    /**
     * One step larger, up to twice the normal size and to what the window holds with every chart keeping its
     * room; beyond that it says so.
     */
    public void larger() {
        int i = indexOf(textScale.get());
        double next = TEXT_SCALES[Math.min(TEXT_SCALES.length - 1, i + 1)];
        if (next > textScale.get() && next > Math.max(1, largestTextScale)) {
            status.info("Text is as large as this window holds (x" + Format.number(shownTextScale.get(), 3) + "): the"
                    + " charts need the rest. A larger window holds more; for a lesson, the presenter view (F5) shows"
                    + " a step's chart large.");
            return;
        }
        textScale.set(next);
    }

    public void smaller() {
        int i = indexOf(textScale.get());
        textScale.set(TEXT_SCALES[Math.max(0, i - 1)]);
    }

    public void actual() {
        textScale.set(1);
    }

    /**
     * What the window measured: the largest text size at which every chart keeps its room. The text shown is then
     * never larger (nor, for that, smaller than normal): a smaller window caps a size chosen in a larger one.
     */
    public void setLargest(double scale) {
        largestTextScale = scale;
        updateShown();
    }

    private void updateShown() {
        double chosen = textScale.get();
        shownTextScale.set(chosen <= 1 ? chosen : Math.min(chosen, Math.max(1, largestTextScale)));
    }

    private static int indexOf(double scale) {
        for (int i = 0; i < TEXT_SCALES.length; i++) {
            if (TEXT_SCALES[i] == scale) {
                return i;
            }
        }
        return 2;
    }

    private static double nearest(double scale) {
        double best = 1;
        for (double s : TEXT_SCALES) {
            if (Math.abs(s - scale) < Math.abs(best - scale)) {
                best = s;
            }
        }
        return best;
    }

    /** The size as chosen, remembered across restarts. */
    public DoubleProperty textScaleProperty() {
        return textScale;
    }

    /** Every font of the window times this: the size chosen, capped at what the window holds. */
    public ReadOnlyDoubleProperty shownTextScaleProperty() {
        return shownTextScale.getReadOnlyProperty();
    }

    /** The steps, for the view's fitting. */
    public double[] steps() {
        return TEXT_SCALES.clone();
    }
}
