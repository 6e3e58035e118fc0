package org.gradflow.app;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.gradflow.plot.ChartKind;
import org.gradflow.session.RunFrame;

/**
 * One place for a chart in the window: which chart it shows (that follows from the run's network), whether the
 * lesson's step points at it, and the frames it draws. A {@link ChartView} shows a slot; the controllers only
 * hand the slot over, so that what a slot shows is decided in the view-models.
 */
public final class ChartSlot {
    private final ReadOnlyObjectWrapper<ChartKind> kind = new ReadOnlyObjectWrapper<>(this, "kind");
    private final ReadOnlyBooleanWrapper pointed = new ReadOnlyBooleanWrapper(this, "pointed");
    private final RunFrame frame;
    private final RunFrame other;

    private ChartSlot(ChartKind kind, RunFrame frame, RunFrame other) {
        this.kind.set(kind);
        this.frame = frame;
        this.other = other;
    }

    /** A chart of one run. */
    static ChartSlot of(ChartKind kind, RunFrame frame) {
        return new ChartSlot(kind, frame, null);
    }

    /** The learning curve, which draws both runs. */
    static ChartSlot curve(RunFrame main, RunFrame comparison) {
        return new ChartSlot(null, main, comparison);
    }

    /** The chart shown; null for the learning curve. */
    public ChartKind kind() {
        return kind.get();
    }

    public ReadOnlyObjectProperty<ChartKind> kindProperty() {
        return kind.getReadOnlyProperty();
    }

    void setKind(ChartKind k) {
        if (!isCurve()) {
            kind.set(k);
        }
    }

    public boolean isCurve() {
        return other != null;
    }

    /** The run's frame (the main run's, for the curve). */
    public RunFrame frame() {
        return frame;
    }

    /** The comparison's frame, for the curve; null for a chart of one run. */
    public RunFrame other() {
        return other;
    }

    /** True while the lesson's step speaks of this chart: the view frames it. */
    public ReadOnlyBooleanProperty pointedProperty() {
        return pointed.getReadOnlyProperty();
    }

    void setPointed(boolean now) {
        pointed.set(now);
    }
}
