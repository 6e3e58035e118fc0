package org.gradflow.plot;

import org.gradflow.engine.Head;
import org.gradflow.session.RunFrame;

/**
 * The charts drawn for each run, with the names used for exported files. Which apply to a run follows from what
 * its network ends in and what it takes in: the cosine's charts for the cosine rules, the distance's for
 * hinge-embedding, a siamese network's gradient at u and v for either join, the gradient's flow through the
 * layers for every network, the prediction over the plane for a single network of two inputs.
 */
public enum ChartKind {
    COSINE("cosine", "Cosine output C"),
    DISTANCE("distance", "Distance d = |u − v|"),
    GRADIENT("gradient", null),
    COMPONENTS("components", null),
    NORMS("norms", "Parameter gradient norms"),
    LANDSCAPE("landscape", "Landscape around the current u"),
    GEOMETRY("geometry", "Geometry: dC/du ⊥ u"),
    FLOW("flow", "Gradient flow through the layers"),
    LAYERS("layers", "Weight gradient per layer"),
    ACTIVATIONS("activations", "Activations per layer"),
    UPDATES("updates", "Update:data ratio per layer"),
    BOUNDARY("boundary", "Prediction over the inputs");

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

    /** The title as the seed network's (cosine) run shows it. */
    public String title() {
        return title(Head.COSINE);
    }

    /** The title for a run whose network ends in {@code head}: the join's gradient is named by the join. */
    public String title(Head head) {
        Join join = Join.of(head);
        return switch (this) {
            case GRADIENT -> "|" + join.atU() + "| and |" + join.atV() + "|";
            case COMPONENTS -> join.atU() + " by output unit";
            default -> title;
        };
    }

    /** Whether this chart means something for the run {@code f} shows. */
    public boolean appliesTo(RunFrame f) {
        Head head = f.head();
        return switch (this) {
            case COSINE, LANDSCAPE, GEOMETRY -> head == Head.COSINE;
            case DISTANCE -> head == Head.DISTANCE;
            case GRADIENT, COMPONENTS -> head.siamese();
            case NORMS, FLOW, LAYERS, ACTIVATIONS, UPDATES -> true;
            case BOUNDARY -> f.boundary() != null;
        };
    }

    /** A fresh chart of this kind drawing with {@code painter}. */
    public RunChart create(Painter painter) {
        return switch (this) {
            case COSINE -> new JoinChart(painter, Join.COSINE);
            case DISTANCE -> new JoinChart(painter, Join.DISTANCE);
            case GRADIENT -> new GradientChart(painter);
            case COMPONENTS -> new ComponentsChart(painter);
            case NORMS -> new NormsChart(painter);
            case LANDSCAPE -> new LandscapeChart(painter);
            case GEOMETRY -> new GeometryChart(painter);
            case FLOW -> new FlowChart(painter);
            case LAYERS -> new LayerSeriesChart(painter, LayerSeriesChart.Measure.WEIGHT_GRADIENT);
            case ACTIVATIONS -> new ActivationsChart(painter);
            case UPDATES -> new LayerSeriesChart(painter, LayerSeriesChart.Measure.UPDATE_RATIO);
            case BOUNDARY -> new BoundaryChart(painter);
        };
    }
}
