package org.gradflow.app;

import java.util.List;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;
import javafx.scene.Parent;

/**
 * The largest step of View ▸ text size at which the window still gives every chart its room: a plot of at least
 * {@link #MIN_PLOT} pixels. Larger text takes height from the charts twice, in the rows around them and in each
 * chart's own title, legend and axes, until the plots collapse to a few pixels and their words print over each
 * other. Rather than model that, it lays the window out at each step and measures the plots.
 */
final class TextSizeFit {
    /** A plot shorter than this no longer shows a curve against its axis's ticks. */
    static final double MIN_PLOT = 40;

    private final Parent root;
    private final Supplier<List<ChartView>> charts;
    private final DoubleConsumer apply;

    /**
     * @param charts the charts that must keep their room
     * @param apply  sets every font of the window and its charts to a scale
     */
    TextSizeFit(Parent root, Supplier<List<ChartView>> charts, DoubleConsumer apply) {
        this.root = root;
        this.charts = charts;
        this.apply = apply;
    }

    /**
     * The largest of {@code steps} from 1 up whose layout keeps every plot {@link #MIN_PLOT} high (1 when even
     * that does not: normal text is never shrunk for the charts). Leaves the window laid out at the last step
     * tried; the caller applies the size it shows.
     */
    double largest(double[] steps) {
        double largest = 1;
        for (double step : steps) {
            if (step <= 1) {
                continue;
            }
            apply.accept(step);
            root.applyCss();
            root.layout();
            if (!fits()) {
                break;
            }
            largest = step;
        }
        return largest;
    }

    private boolean fits() {
        for (ChartView chart : charts.get()) {
            double plot = chart.plotHeight();
            if (chart.isVisible() && !Double.isNaN(plot) && plot < MIN_PLOT) {
                return false;
            }
        }
        return true;
    }
}
