package org.gradflow.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.apache.commons.math3.analysis.differentiation.FiniteDifferencesDifferentiator;
import org.apache.commons.math3.analysis.differentiation.UnivariateDifferentiableFunction;

/**
 * Compares every analytic gradient of the network at one pair with central finite differences, the way
 * Torch's {@code nn.Jacobian} checks a module at a time:
 *
 * <ul>
 *   <li>dC/du and dC/dv against central differences of the cosine itself, in 40-digit arithmetic
 *       ({@link PreciseCosine}), so that the eps artefact of 1-D (gradients of 1e-11 on a value near 1) and the
 *       1e6 spike at u = 0 are both measured exactly;</li>
 *   <li>every parameter's dC/dp against a 7-point central difference (commons-math3
 *       {@link FiniteDifferencesDifferentiator}) of {@code p -> <g_u, u(p)> + <g_v, v(p)>}, where g = dC/du,
 *       dC/dv from the first part. The chain rule makes that derivative dC/dp; and because the function is
 *       scaled by the gradient, its rounding stays relative to the gradient instead of to C ~ 1.</li>
 * </ul>
 *
 * The network given is not touched: the check runs on a copy. A large network is sampled: at most
 * {@link #MAX_COMPONENTS} components of u and of v and {@link #MAX_PARAMETERS} parameters, evenly spaced (first
 * and last included). Checking all of them costs O(parameters²) (each finite difference is a forward pass): two
 * minutes for 1024 hidden units and outputs, where the window wants it several times a second.
 */
public final class GradientCheck {
    /**
     * Parameter step: inputs, weights and tanh all vary on a scale of about 1, and a 7-point stencil's error is
     * about h^6/140 times the 7th derivative (~1e-20 here), while rounding adds about 1e-16/h = 1e-13 relative.
     */
    static final double PARAMETER_STEP = 1e-3;
    private static final int STENCIL_POINTS = 7;
    /** Components of dC/du (and of dC/dv) checked at most; each is a 40-digit computation of O(D). */
    public static final int MAX_COMPONENTS = 64;
    /** Parameters checked at most; the reference network has 27 to 57 and all are checked. */
    public static final int MAX_PARAMETERS = 256;

    private GradientCheck() {
    }

    /** Checks the gradients of C for the pair (left, right) at the network's current parameters. */
    public static GradientCheckResult check(SiameseNetwork network, double[] left, double[] right) {
        SiameseNetwork net = network.copy();
        net.forward(left, right);
        double[] u = net.leftOutput().clone();
        double[] v = net.rightOutput().clone();
        CosineDistance cosine = new CosineDistance();
        double c = cosine.forward(u, v);
        int d = u.length;
        double[] dCdu = new double[d];
        double[] dCdv = new double[d];
        cosine.backward(u, v, dCdu, dCdv);
        if (!Double.isFinite(c) || !net.parametersFinite() || !allFinite(dCdu) || !allFinite(dCdv)) {
            return GradientCheckResult.notFinite();
        }
        net.zeroGradients();
        net.backward(1.0, dCdu, dCdv);

        List<GradientCheckResult.Entry> entries = new ArrayList<>();
        for (int i : sample(d, MAX_COMPONENTS)) {
            entries.add(new GradientCheckResult.Entry("dC/du[" + (i + 1) + "]", dCdu[i],
                    PreciseCosine.partial(u, v, i)));
        }
        for (int i : sample(d, MAX_COMPONENTS)) {
            entries.add(new GradientCheckResult.Entry("dC/dv[" + (i + 1) + "]", dCdv[i],
                    PreciseCosine.partial(v, u, i)));
        }
        FiniteDifferencesDifferentiator differentiator =
                new FiniteDifferencesDifferentiator(STENCIL_POINTS, PARAMETER_STEP);
        for (int k : sample(net.parameterCount(), MAX_PARAMETERS)) {
            double analytic = net.gradient(k);
            entries.add(new GradientCheckResult.Entry(net.parameterName(k), analytic,
                    numericParameterGradient(net, k, left, right, dCdu, dCdv, differentiator)));
        }
        return GradientCheckResult.of(entries);
    }

    private static double numericParameterGradient(SiameseNetwork net, int k, double[] left, double[] right,
                                                   double[] gu, double[] gv,
                                                   FiniteDifferencesDifferentiator differentiator) {
        double original = net.parameter(k);
        UnivariateFunction projected = p -> {
            net.setParameter(k, p);
            net.forward(left, right);
            return dot(gu, net.leftOutput()) + dot(gv, net.rightOutput());
        };
        try {
            UnivariateDifferentiableFunction f = differentiator.differentiate(projected);
            return f.value(new DerivativeStructure(1, 1, 0, original)).getPartialDerivative(1);
        } finally {
            net.setParameter(k, original);
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
