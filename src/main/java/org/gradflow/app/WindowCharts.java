package org.gradflow.app;

import java.util.List;
import org.gradflow.plot.ChartKind;
import org.gradflow.session.RunFrame;

/**
 * Which chart each of a run's places in the window shows: four above (two by two) and one under it, beside the
 * learning curve. The seed network's cosine keeps its charts where they have always been; any other network
 * shows the gradient through its depth.
 */
final class WindowCharts {
    /** Places of a run: four above, one below. */
    static final int SLOTS = 5;

    private WindowCharts() {
    }

    /** The seed network's: the cosine, its landscape (or geometry), its gradient and components, the norms. */
    static List<ChartKind> cosine(boolean geometry) {
        return List.of(ChartKind.COSINE, geometry ? ChartKind.GEOMETRY : ChartKind.LANDSCAPE, ChartKind.GRADIENT,
                ChartKind.COMPONENTS, ChartKind.NORMS);
    }

    /**
     * The five charts of {@code f}'s run, the geometry in the landscape's place when asked for: a cosine pair's as
     * the seed's (a deep one's flow in place of the components), a distance pair's distance, flow, gradient and
     * weight gradients per layer; a single network's weight gradients and update ratios per layer over time on the
     * left, its flow and activations at the iteration shown on the right, and under them its prediction over the
     * plane (two inputs) or its parameter norms.
     */
    static List<ChartKind> of(RunFrame f, boolean geometry) {
        int depth = f.layerCount();
        return switch (f.head()) {
            case COSINE -> depth <= 2 ? cosine(geometry) : List.of(ChartKind.COSINE, geometry ? ChartKind.GEOMETRY
                    : ChartKind.LANDSCAPE, ChartKind.GRADIENT, ChartKind.FLOW, ChartKind.NORMS);
            case DISTANCE -> List.of(ChartKind.DISTANCE, ChartKind.FLOW, ChartKind.GRADIENT, ChartKind.LAYERS,
                    ChartKind.NORMS);
            case CLASSES, REGRESSION -> List.of(ChartKind.LAYERS, ChartKind.FLOW, ChartKind.UPDATES,
                    ChartKind.ACTIVATIONS, ChartKind.BOUNDARY.appliesTo(f) ? ChartKind.BOUNDARY : ChartKind.NORMS);
        };
    }
}
