package org.gradflow.plot;

import org.gradflow.engine.Head;

/**
 * The charts drawn for each run, with the names used for exported files. Which apply to a run follows from what
 * its network ends in: the cosine's charts for the cosine rules, a siamese network's pair charts for any join,
 * the gradient norms for every network.
 */
public enum ChartKind {
    COSINE("cosine", "Cosine output C"),
    GRADIENT("gradient", "|dC/du| and |dC/dv|"),
    COMPONENTS("components", "dC/du by output unit"),
    NORMS("norms", "Parameter gradient norms"),
    LANDSCAPE("landscape", "Landscape around the current u"),
    GEOMETRY("geometry", "Geometry: dC/du ⊥ u");

    private final String slug;
    private final String title;

    ChartKind(String slug, String title) {
        this.slug = slug;
        this.title = title;
    }

    /** Short lowercase name for file names: {@code cosine-D1-it200.png}. */
    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    /** Whether this chart means something for a run whose network ends in {@code head}. */
    public boolean appliesTo(Head head) {
        return switch (this) {
            case COSINE, LANDSCAPE, GEOMETRY, GRADIENT, COMPONENTS -> head == Head.COSINE;
            case NORMS -> true;
        };
    }

    /** A fresh chart of this kind drawing with {@code painter}. */
    public RunChart create(Painter painter) {
        return switch (this) {
            case COSINE -> new CosineChart(painter);
            case GRADIENT -> new GradientChart(painter);
            case COMPONENTS -> new ComponentsChart(painter);
            case NORMS -> new NormsChart(painter);
            case LANDSCAPE -> new LandscapeChart(painter);
            case GEOMETRY -> new GeometryChart(painter);
        };
    }
}
