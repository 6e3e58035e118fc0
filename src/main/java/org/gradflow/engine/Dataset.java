package org.gradflow.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * TF Playground's six toy datasets of two inputs, drawn from the run's random stream in the order the design
 * writes the draws (U(a, b) a uniform, N a normal), then shuffled once (Fisher-Yates with the same stream, as TF
 * Playground does) so that a batch holds both classes. Four are classes for {@code cross-entropy} (labels 0 and
 * 1), two are targets for {@code mse}.
 */
public enum Dataset {
    /** count/2 points within radius 2.5 and count/2 in the ring from 3.5 to 5; label 1 inside 2.5. */
    CIRCLE("circle", true) {
        @Override
        void draw(int count, double noise, TorchRandom r, List<Example> out) {
            for (int i = 0; i < count / 2; i++) {
                circlePoint(r.uniform(0, CIRCLE_RADIUS * 0.5), noise, r, out);
            }
            for (int i = 0; i < count / 2; i++) {
                circlePoint(r.uniform(CIRCLE_RADIUS * 0.7, CIRCLE_RADIUS), noise, r, out);
            }
        }
    },
    /** x, y uniform on (-5, 5), pushed 0.3 from 0; label 1 when the (noisy) point's x y >= 0. */
    XOR("xor", true) {
        @Override
        void draw(int count, double noise, TorchRandom r, List<Example> out) {
            for (int i = 0; i < count; i++) {
                double x = r.uniform(-5, 5);
                x += x > 0 ? XOR_PADDING : -XOR_PADDING;
                double y = r.uniform(-5, 5);
                y += y > 0 ? XOR_PADDING : -XOR_PADDING;
                double nx = r.uniform(-5, 5) * noise;
                double ny = r.uniform(-5, 5) * noise;
                out.add(Example.labelled(new double[] {x, y}, (x + nx) * (y + ny) >= 0 ? 1 : 0));
            }
        }
    },
    /** count/2 points N((2, 2), s^2) labelled 1, count/2 N((-2, -2), s^2) labelled 0, s^2 = 0.5 + 7 noise. */
    GAUSS("gauss", true) {
        @Override
        void draw(int count, double noise, TorchRandom r, List<Example> out) {
            double s = Math.sqrt(0.5 + 7 * noise);
            for (int label = 1; label >= 0; label--) {
                double centre = label == 1 ? 2 : -2;
                for (int i = 0; i < count / 2; i++) {
                    double x = r.normal(centre, s);
                    double y = r.normal(centre, s);
                    out.add(Example.labelled(new double[] {x, y}, label));
                }
            }
        }
    },
    /** Two interleaved spirals, label 1 first (shift 0), then label 0 (shift pi). */
    SPIRAL("spiral", true) {
        @Override
        void draw(int count, double noise, TorchRandom r, List<Example> out) {
            int n = count / 2;
            for (int label = 1; label >= 0; label--) {
                double shift = label == 1 ? 0 : Math.PI;
                for (int i = 0; i < n; i++) {
                    double radius = 5.0 * i / n;
                    double t = 3.5 * Math.PI * i / n + shift;
                    double x = radius * Math.sin(t) + noise * r.uniform(-1, 1);
                    double y = radius * Math.cos(t) + noise * r.uniform(-1, 1);
                    out.add(Example.labelled(new double[] {x, y}, label));
                }
            }
        }
    },
    /** x, y uniform on (-6, 6); target (x + y + nx + ny) / 10. */
    PLANE("plane", false) {
        @Override
        void draw(int count, double noise, TorchRandom r, List<Example> out) {
            overThePlane(count, noise, r, out, (x, y) -> (x + y) / 10);
        }
    },
    /** Six bumps of alternating sign on a 3 x 2 grid; the target is the bump value largest in magnitude. */
    MULTI_GAUSS("multi-gauss", false) {
        @Override
        void draw(int count, double noise, TorchRandom r, List<Example> out) {
            overThePlane(count, noise, r, out, Dataset::bump);
        }
    };

    /** TF Playground's circle radius: class 1 within half of it. */
    static final double CIRCLE_RADIUS = 5;
    static final double XOR_PADDING = 0.3;
    /** Centres (x, y) and signs of the multi-gauss bumps. */
    private static final double[][] BUMPS = {
        {-4, 2.5, 1}, {0, 2.5, -1}, {4, 2.5, 1}, {-4, -2.5, -1}, {0, -2.5, 1}, {4, -2.5, -1}};
    /** The design's bounds: an even count from 2 to 10,000, noise from 0 to 0.5. */
    public static final int MAX_COUNT = 10_000;
    public static final double MAX_NOISE = 0.5;

    private final String id;
    private final boolean classes;

    Dataset(String id, boolean classes) {
        this.id = id;
        this.classes = classes;
    }

    abstract void draw(int count, double noise, TorchRandom random, List<Example> out);

    /**
     * The two regression sets: x, y uniform on (-6, 6), the target a function of the noisy point (x + nx, y + ny),
     * drawn in TF Playground's order (x, y, nx, ny).
     */
    private static void overThePlane(int count, double noise, TorchRandom r, List<Example> out,
            DoubleBinaryOperator target) {
        for (int i = 0; i < count; i++) {
            double x = r.uniform(-6, 6);
            double y = r.uniform(-6, 6);
            double nx = r.uniform(-6, 6) * noise;
            double ny = r.uniform(-6, 6) * noise;
            out.add(Example.regression(new double[] {x, y}, new double[] {target.applyAsDouble(x + nx, y + ny)}));
        }
    }

    /** {@code count} examples drawn from {@code random}, then shuffled once with it. */
    public List<Example> generate(int count, double noise, TorchRandom random) {
        List<Example> out = new ArrayList<>(count);
        draw(count, noise, random, out);
        shuffle(out, random);
        return out;
    }

    /** TF Playground's shuffle: from the end, swap each place with a uniformly chosen one at or before it. */
    static void shuffle(List<Example> list, TorchRandom random) {
        for (int counter = list.size(); counter > 0; ) {
            int index = (int) Math.floor(random.uniform(0, 1) * counter);
            counter--;
            Example last = list.get(counter);
            list.set(counter, list.get(index));
            list.set(index, last);
        }
    }

    private static void circlePoint(double radius, double noise, TorchRandom r, List<Example> out) {
        double angle = r.uniform(0, 2 * Math.PI);
        double x = radius * Math.sin(angle);
        double y = radius * Math.cos(angle);
        double nx = r.uniform(-CIRCLE_RADIUS, CIRCLE_RADIUS) * noise;
        double ny = r.uniform(-CIRCLE_RADIUS, CIRCLE_RADIUS) * noise;
        out.add(Example.labelled(new double[] {x, y}, Math.hypot(x + nx, y + ny) < CIRCLE_RADIUS * 0.5 ? 1 : 0));
    }

    private static double bump(double x, double y) {
        double value = 0;
        for (double[] b : BUMPS) {
            double candidate = b[2] * Math.max(0, 1 - Math.hypot(x - b[0], y - b[1]) / 2);
            if (Math.abs(candidate) > Math.abs(value)) {
                value = candidate;
            }
        }
        return value;
    }

    /** Class labels (for cross-entropy) rather than regression targets (for mse). */
    public boolean classes() {
        return classes;
    }

    public String id() {
        return id;
    }

    public static String ids() {
        return Arrays.stream(values()).map(Dataset::id).collect(Collectors.joining(", "));
    }

    public static Optional<Dataset> fromId(String id) {
        return Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
