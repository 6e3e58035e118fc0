package org.gradflow.plot;

/** The five charts drawn for each run, with the names used for exported files. */
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
