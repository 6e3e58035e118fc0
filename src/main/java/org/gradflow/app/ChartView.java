package org.gradflow.app;

import javafx.css.PseudoClass;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import java.util.function.DoubleConsumer;
import org.gradflow.plot.ChartKind;
import org.gradflow.plot.CurveChart;
import org.gradflow.plot.RunChart;
import org.gradflow.session.RunFrame;
import org.gradflow.session.SeriesPoints;

/**
 * A live chart: a canvas that fills its region and draws one {@link ChartKind} of a run's latest frame. It
 * draws only when told to ({@link #redraw}), which the window does at most once per frame.
 */
public final class ChartView extends CanvasView {
    private final ReadOnlyIntegerWrapper points = new ReadOnlyIntegerWrapper(this, "points");
    private ChartKind kind = ChartKind.COSINE;
    private boolean curve;
    private RunChart chart;
    private CurveChart curveChart;
    private FxPainter painter;
    private double textScale = 1;
    private RunFrame frame;
    private RunFrame rightFrame;
    private ChartSlot slot;

    public ChartView() {
        getStyleClass().add("chart-view");
        setMinSize(120, 90);
        setPrefSize(400, 260);
        // A click on a chart takes the focus away from any field, so that Space steps again.
        setOnMousePressed(e -> requestFocus());
        canvas.setOnMouseMoved(e -> {
            if (curve && curveChart != null) {
                curveChart.setPointerAt(e.getX());
                paint();
            }
            // Charts whose x is not time read the coordinates here; the others say they do not.
            if (!curve && chart != null && chart.setPointerAt(e.getX(), e.getY())) {
                paint();
            }
            pointed(e.getX());
        });
        canvas.setOnMouseExited(e -> {
            if (curve && curveChart != null) {
                curveChart.setPointerAt(Double.NaN);
                paint();
            }
            if (!curve && chart != null && chart.setPointerAt(Double.NaN, Double.NaN)) {
                paint();
            }
            pointerListener.pointed(Double.NaN, Double.NaN);
        });
        canvas.setOnMouseClicked(e -> {
            double it = chart == null ? Double.NaN : chart.iterationAt(e.getX());
            if (!Double.isNaN(it)) {
                clickListener.accept(it);
            }
        });
    }

    /** Hears the iterations under the pointer: those of its pixel column, NaN when it leaves the plot. */
    public interface PointerListener {
        void pointed(double from, double to);
    }

    private PointerListener pointerListener = (from, to) -> { };
    private DoubleConsumer clickListener = it -> { };

    private void pointed(double x) {
        double[] column = chart == null ? null : chart.iterationsAt(x);
        pointerListener.pointed(column == null ? Double.NaN : column[0], column == null ? Double.NaN : column[1]);
    }

    /** Hears the iterations under the pointer and, on a click, the iteration clicked. */
    public void setOnPointer(PointerListener pointer, DoubleConsumer click) {
        this.pointerListener = pointer;
        this.clickListener = click;
    }

    /** Draws a crosshair and readout over these iterations (NaN: none), and redraws. */
    public void setPointer(double from, double to) {
        if (chart == null && kind != null && !curve) {
            chart = kind.create(painter());
        }
        if (chart != null) {
            chart.setPointer(from, to);
            paint();
        }
    }

    /** The height of the chart's plot as last drawn (NaN before it was): what its words and axes leave the data. */
    public double plotHeight() {
        if (curve) {
            return curveChart == null ? Double.NaN : curveChart.plotHeight();
        }
        return chart == null ? Double.NaN : chart.plotHeight();
    }

    public boolean isCurve() {
        return curve;
    }

    /** Set from FXML: this view shows both runs' learning curves instead of one run's chart. */
    public void setCurve(boolean curve) {
        this.curve = curve;
    }

    public ChartKind getKind() {
        return kind;
    }

    /** Which chart this view shows; set from FXML. */
    public void setKind(ChartKind kind) {
        this.kind = kind;
        this.chart = null;
    }

    /** Points in the chart's main series as last drawn: one per iteration while the run is short. */
    public ReadOnlyIntegerProperty pointsProperty() {
        return points.getReadOnlyProperty();
    }

    private FxPainter painter() {
        if (painter == null) {
            painter = new FxPainter(canvas.getGraphicsContext2D());
            painter.setTextScale(textScale);
        }
        return painter;
    }

    /** View ▸ text size: the chart's fonts times {@code scale}; redraws. */
    public void setTextScale(double scale) {
        textScale = scale;
        if (painter != null) {
            painter.setTextScale(scale);
        }
        paint();
    }

    private static final PseudoClass POINTED = PseudoClass.getPseudoClass("pointed");

    /**
     * Shows what {@code slot} says: its chart (which may change with the run's network or a view option) and,
     * while a lesson's step speaks of it, a frame around it. Draws its frames on {@link #redraw()}.
     */
    public void show(ChartSlot slot) {
        this.slot = slot;
        setCurve(slot.isCurve());
        if (!slot.isCurve()) {
            setKind(slot.kind());
            slot.kindProperty().addListener((o, was, now) -> {
                setKind(now);
                paint();
            });
        }
        pseudoClassStateChanged(POINTED, slot.pointedProperty().get());
        slot.pointedProperty().addListener((o, was, now) -> pseudoClassStateChanged(POINTED, now));
    }

    /** The slot shown, or null for a view drawn directly (the presenter's). */
    public ChartSlot slot() {
        return slot;
    }

    /** Draws the slot's latest frames. */
    public void redraw() {
        if (slot.isCurve()) {
            redraw(slot.frame(), slot.other());
        } else {
            redraw(slot.frame());
        }
    }

    /** Draws {@code latest} now; keeps it to redraw on resize. */
    public void redraw(RunFrame latest) {
        this.frame = latest;
        paint();
    }

    /** Draws the learning curves of both runs (a {@link #setCurve curve} view). */
    public void redraw(RunFrame left, RunFrame right) {
        this.frame = left;
        this.rightFrame = right;
        paint();
    }

    @Override
    protected void paint() {
        if (frame == null || canvas.getWidth() < 2 || canvas.getHeight() < 2) {
            return;
        }
        // Clearing the whole canvas also drops its queued drawing commands, so they never pile up.
        canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (curve) {
            if (curveChart == null) {
                curveChart = new CurveChart(painter());
            }
            curveChart.draw(frame, rightFrame, canvas.getWidth(), canvas.getHeight(), null);
            points.set(frame.meanLossSeries().size());
            return;
        }
        if (chart == null) {
            chart = kind.create(painter());
        }
        chart.draw(frame, canvas.getWidth(), canvas.getHeight(), null);
        points.set(mainSeries(frame).size());
    }

    private SeriesPoints mainSeries(RunFrame f) {
        return switch (kind) {
            case GRADIENT -> f.dCduNormSeries();
            case COMPONENTS -> f.componentCount() > 0 ? f.componentSeries(0) : f.cosineSeries();
            case COSINE, LANDSCAPE, GEOMETRY -> f.cosineSeries();
            default -> f.lossSeries();
        };
    }
}
