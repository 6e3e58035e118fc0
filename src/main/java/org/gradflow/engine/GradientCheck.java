package org.gradflow.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.apache.commons.math3.analysis.differentiation.FiniteDifferencesDifferentiator;
import org.apache.commons.math3.analysis.differentiation.UnivariateDifferentiableFunction;

/**
 * Compares the analytic gradients of a run's network, at its current parameters and on what its next step trains
 * on, with central finite differences, the way Torch's {@code nn.Jacobian} checks a module at a time.
 *
 * <ul>
 *   <li>A siamese network: the join's gradient (dC/du and dC/dv against central differences of the cosine in
 *       40-digit arithmetic, {@link PreciseCosine}, so that the eps artefact of 1-D, gradients of 1e-11 on a value
 *       near 1, and the 1e6 spike at u = 0 are both measured exactly; dd/du of a distance against double central
 *       differences), then every parameter's dC/dp against a 7-point central difference (commons-math3
 *       {@link FiniteDifferencesDifferentiator}) of {@code p -> <g_u, u(p)> + <g_v, v(p)>}, g the join's gradient
 *       from the first part. The chain rule makes that derivative dC/dp; and because the function is scaled by the
 *       gradient, its rounding stays relative to the gradient instead of to C ~ 1.</li>
 *   <li>A single network: every parameter's dL/dp against the same stencil of the loss itself, on the first
 *       {@link #MAX_EXAMPLES} examples of the next batch (a batch of its own: the check is of backpropagation, and
 *       a few examples exercise every path).</li>
 * </ul>
 *
 * A relu is not differentiable at 0: where a stencil's points put some unit's input on the other side of 0 than
 * the checked point does, the difference measures the kink, not the derivative, and the entry is counted as at a
 * kink instead of compared (zero initialisation puts every relu input at exactly 0).
 *
 * <p>The network given is not touched: the check runs on a copy. A large network is sampled, first and last
 * included, evenly spaced: at most {@link #MAX_COMPONENTS} components of u and v, and as many parameters as
 * {@link #FORWARD_BUDGET} multiply-adds of forward passes allow (at most {@link #MAX_PARAMETERS}, at least
 * {@link #MIN_PARAMETERS}). Checking all costs O(parameters²): minutes for a 1024-wide network, where the
 * window wants it several times a second and an export in well under a second.
 */
public final class GradientCheck {
    /**
     * Parameter step: inputs, weights and activations all vary on a scale of about 1, and a 7-point stencil's
     * error is about h^6/140 times the 7th derivative (~1e-20 here), while rounding adds about 1e-16/h = 1e-13
     * relative.
     */
    static final double PARAMETER_STEP = 1e-3;
    private static final int STENCIL_POINTS = 7;
    /** Components of dC/du (and of dC/dv) checked at most; each is a 40-digit computation of O(D). */
    public static final int MAX_COMPONENTS = 64;
    /** Parameters checked at most; the seed network's (25 for D = 1 to 61 for D = 10) are all checked. */
    public static final int MAX_PARAMETERS = 256;
    /** Parameters checked at least, however large the network. */
    public static final int MIN_PARAMETERS = 8;
    /** Multiply-adds of forward passes one check may spend on its parameters: about 30 ms here. */
    public static final double FORWARD_BUDGET = 3e7;
    /** Examples of a batch a single network's check trains on. */
    public static final int MAX_EXAMPLES = 8;
    /** The distance's gradient: central differences in doubles, step relative to |u - v| (error ~1e-10). */
    private static final double DISTANCE_STEP = 1e-5;

    private GradientCheck() {
    }

    /** Checks the gradients the next step of {@code trainer} will compute, at its current parameters. */
    public static GradientCheckResult check(Trainer trainer) {
        if (trainer.head().siamese()) {
            TrainingPair pair = trainer.pairs().get(trainer.nextPair() - 1);
            return check(trainer.network(), trainer.head(), pair.left().toArray(), pair.right().toArray());
        }
        int from = (trainer.nextBatch() - 1) * trainer.batchSize();
        int size = Math.min(Math.min(trainer.batchSize(), MAX_EXAMPLES), trainer.examples().size() - from);
        return checkExamples(trainer.network(), trainer.objective().rule(), trainer.examples().subList(from,
                from + size));
    }

    /** Checks the gradients of the cosine of the pair (left, right) at the network's current parameters. */
    public static GradientCheckResult check(Network network, double[] left, double[] right) {
        return check(network, Head.COSINE, left, right);
    }

    /** Checks the gradients of a siamese head's join of the pair (left, right). */
    public static GradientCheckResult check(Network network, Head head, double[] left, double[] right) {
        Network net = new Network(network.spec(), 2);
        net.setParameters(network.parameters());
        net.forward(left, right);
        KinkWatch kinks = new KinkWatch(net, 2);
        double[] u = net.leftOutput().clone();
        double[] v = net.rightOutput().clone();
        PairJoin join = head.newJoin();
        double value = join.forward(u, v);
        int d = u.length;
        double[] du = new double[d];
        double[] dv = new double[d];
        join.backward(u, v, du, dv);
        if (!Double.isFinite(value) || !net.parametersFinite() || !allFinite(du) || !allFinite(dv)) {
            return GradientCheckResult.notFinite();
        }
        net.zeroGradients();
        net.backward(1.0, du, dv);

        List<GradientCheckResult.Entry> entries = new ArrayList<>();
        String symbol = head == Head.COSINE ? "dC" : "dd";
        for (int i : sample(d, MAX_COMPONENTS)) {
            entries.add(GradientCheckResult.Entry.of(symbol + "/du[" + (i + 1) + "]", du[i], head == Head.COSINE
                    ? PreciseCosine.partial(u, v, i) : distancePartial(u, v, i)));
        }
        for (int i : sample(d, MAX_COMPONENTS)) {
            entries.add(GradientCheckResult.Entry.of(symbol + "/dv[" + (i + 1) + "]", dv[i], head == Head.COSINE
                    ? PreciseCosine.partial(v, u, i) : distancePartial(v, u, i)));
        }
        for (int k : parameters(net, 2)) {
            double analytic = net.gradient(k);
            entries.add(parameterEntry(net, k, analytic, kinks, p -> {
                net.forward(left, right);
                return dot(du, net.leftOutput()) + dot(dv, net.rightOutput());
            }));
        }
        return GradientCheckResult.of(entries);
    }

    /** Checks dL/dp of a single network's loss over {@code examples} (a batch of their own). */
    static GradientCheckResult checkExamples(Network network, TrainingRule rule, List<Example> examples) {
        int size = examples.size();
        Network net = new Network(network.spec(), size);
        net.setParameters(network.parameters());
        ExampleSet set = new ExampleSet(examples);
        ExampleCriterion criterion = rule.head().newCriterion();
        for (int s = 0; s < size; s++) {
            net.forward(s, set.inputs[s]);
        }
        KinkWatch kinks = new KinkWatch(net, size);
        double loss = criterion.lossAndGradient(net, size, set, 0);
        if (!Double.isFinite(loss) || !net.parametersFinite()) {
            return GradientCheckResult.notFinite();
        }
        net.zeroGradients();
        for (int s = 0; s < size; s++) {
            net.backward(s);
        }
        List<GradientCheckResult.Entry> entries = new ArrayList<>();
        for (int k : parameters(net, size)) {
            double analytic = net.gradient(k);
            entries.add(parameterEntry(net, k, analytic, kinks, p -> {
                for (int s = 0; s < size; s++) {
                    net.forward(s, set.inputs[s]);
                }
                return criterion.lossAndGradient(net, size, set, 0);
            }));
        }
        return GradientCheckResult.of(entries);
    }

    /** The parameters sampled: as many as the budget of forward passes allows, within the bounds. */
    private static int[] parameters(Network net, int slots) {
        double macs = 0;
        for (int l = 0; l < net.depth(); l++) {
            macs += (double) net.layer(l).inputSize() * net.layer(l).units();
        }
        double perParameter = STENCIL_POINTS * macs * slots;
        int affordable = (int) Math.min(MAX_PARAMETERS, Math.max(MIN_PARAMETERS, FORWARD_BUDGET / perParameter));
        return sample(net.parameterCount(), affordable);
    }

    private static GradientCheckResult.Entry parameterEntry(Network net, int k, double analytic, KinkWatch kinks,
                                                            UnivariateFunction evaluate) {
        double original = net.parameter(k);
        boolean[] crossed = {false};
        UnivariateFunction f = p -> {
            net.setParameter(k, p);
            double value = evaluate.value(p);
            crossed[0] |= kinks.crossed();
            return value;
        };
        FiniteDifferencesDifferentiator differentiator =
                new FiniteDifferencesDifferentiator(STENCIL_POINTS, PARAMETER_STEP);
        try {
            UnivariateDifferentiableFunction df = differentiator.differentiate(f);
            double numeric = df.value(new DerivativeStructure(1, 1, 0, original)).getPartialDerivative(1);
            String name = net.parameterName(k);
            return crossed[0] ? GradientCheckResult.Entry.atKink(name, analytic, numeric)
                    : GradientCheckResult.Entry.of(name, analytic, numeric);
        } finally {
            net.setParameter(k, original);
        }
    }

    /** dd/dx_i of d = |x - y| by central differences, the step a fraction of d's own scale. */
    private static double distancePartial(double[] x, double[] y, int i) {
        double[] shifted = x.clone();
        double h = DISTANCE_STEP * Math.max(1e-3, PairwiseDistance.distance(x, y));
        shifted[i] = x[i] + h;
        double plus = PairwiseDistance.distance(shifted, y);
        shifted[i] = x[i] - h;
        double minus = PairwiseDistance.distance(shifted, y);
        return (plus - minus) / (2 * h);
    }

    /**
     * Which relu inputs are above 0 at the checked point, to tell whether a stencil point has crossed a kink.
     * The network's buffers hold the last forward pass, so this reads them after each evaluation.
     */
    private static final class KinkWatch {
        private final Network net;
        private final int slots;
        private final boolean[][][] positive;

        /** Takes the pattern of the forward pass now in the buffers: the checked point's. */
        KinkWatch(Network net, int slots) {
            this.net = net;
            this.slots = slots;
            positive = new boolean[net.depth()][][];
            for (int l = 0; l < net.depth(); l++) {
                Activation a = net.layer(l).activation();
                if (a == Activation.RELU || a == Activation.LEAKY_RELU) {
                    positive[l] = new boolean[slots][net.layer(l).units()];
                }
            }
            remember();
        }

        private void remember() {
            for (int l = 0; l < positive.length; l++) {
                if (positive[l] != null) {
                    for (int s = 0; s < slots; s++) {
                        double[] pre = net.layer(l).preActivation(s);
                        for (int u = 0; u < pre.length; u++) {
                            positive[l][s][u] = pre[u] > 0;
                        }
                    }
                }
            }
        }

        boolean crossed() {
            for (int l = 0; l < positive.length; l++) {
                if (positive[l] != null) {
                    for (int s = 0; s < slots; s++) {
                        double[] pre = net.layer(l).preActivation(s);
                        for (int u = 0; u < pre.length; u++) {
                            if (positive[l][s][u] != (pre[u] > 0)) {
                                return true;
                            }
                        }
                    }
                }
            }
            return false;
        }
    }

    /** All of 0..n-1 when n is at most {@code most}; else {@code most} indices evenly spread, 0 and n-1 among them. */
    static int[] sample(int n, int most) {
        if (n <= most) {
            return IntStream.range(0, n).toArray();
        }
        int[] picked = new int[most];
        for (int j = 0; j < most; j++) {
            picked[j] = (int) Math.round((double) j * (n - 1) / (most - 1));
        }
        return picked;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0.0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static boolean allFinite(double[] values) {
        for (double x : values) {
            if (!Double.isFinite(x)) {
                return false;
            }
        }
        return true;
    }
}
