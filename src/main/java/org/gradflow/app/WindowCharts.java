package org.gradflow.app;

import java.util.ArrayList;
import java.util.List;
import org.gradflow.engine.Head;
import org.gradflow.plot.ChartKind;
import org.gradflow.plot.FigureLayout;
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

    /** The five charts of {@code f}'s run, the geometry in the landscape's place when asked for. */
    static List<ChartKind> of(RunFrame f, boolean geometry) {
        if (f.head() == Head.COSINE) {
            return cosine(geometry);
        }
        List<ChartKind> kinds = new ArrayList<>(FigureLayout.kindsFor(f));
        kinds.remove(ChartKind.NORMS);
        while (kinds.size() < SLOTS - 1) {
            kinds.add(ChartKind.NORMS);
        }
        List<ChartKind> slots = new ArrayList<>(kinds.subList(0, SLOTS - 1));
        slots.add(ChartKind.NORMS);
        return slots;
    }
}
