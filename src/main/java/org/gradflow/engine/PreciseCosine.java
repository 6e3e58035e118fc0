package org.gradflow.engine;

import org.apache.commons.math3.dfp.Dfp;
import org.apache.commons.math3.dfp.DfpField;

/**
 * Central finite differences of Torch's cosine evaluated in 40-digit decimal arithmetic (commons-math3 Dfp).
 *
 * <p>Why not doubles: in 1-D the cosine is {@code 1 - eps/(2u^2)}, so a gradient of 1e-6 is a change of 1e-8 in
 * a value near 1, and double rounding (1e-16) would swamp a 1e-6 relative check. With 40 digits the numeric
 * side is exact to far below anything a double can show, and the check measures the analytic formula alone.
 */
final class PreciseCosine {
    private static final DfpField FIELD = new DfpField(40);
    private static final Dfp EPS = FIELD.newDfp(CosineDistance.EPS);
    /** Step as a fraction of the cosine's own length scale sqrt(|x|^2 + eps): truncation error ~ (1e-10)^2. */
    private static final Dfp RELATIVE_STEP = FIELD.newDfp("1e-10");

    private PreciseCosine() {
    }

    /** dC/dx_i for C(x, y) = {@code <x,y> / sqrt((|x|^2+eps)(|y|^2+eps))}; C is symmetric, so this serves dC/dv too. */
    static double partial(double[] x, double[] y, int i) {
        Dfp dot = FIELD.getZero();
        Dfp xx = FIELD.getZero();
        Dfp yy = FIELD.getZero();
        for (int k = 0; k < x.length; k++) {
            Dfp xk = FIELD.newDfp(x[k]);
            Dfp yk = FIELD.newDfp(y[k]);
            dot = dot.add(xk.multiply(yk));
            xx = xx.add(xk.multiply(xk));
            yy = yy.add(yk.multiply(yk));
        }
        Dfp h = RELATIVE_STEP.multiply(xx.add(EPS).sqrt());
        Dfp xi = FIELD.newDfp(x[i]);
        Dfp yi = FIELD.newDfp(y[i]);
        Dfp yyEps = yy.add(EPS);
        Dfp plus = cosine(dot.add(h.multiply(yi)), shifted(xx, xi, h), yyEps);
        Dfp minus = cosine(dot.subtract(h.multiply(yi)), shifted(xx, xi, h.negate()), yyEps);
        return plus.subtract(minus).divide(h.multiply(2)).toDouble();
    }

    /** |x + h e_i|^2 = |x|^2 + 2 h x_i + h^2, without summing the vector again. */
    private static Dfp shifted(Dfp xx, Dfp xi, Dfp h) {
        return xx.add(h.multiply(xi).multiply(2)).add(h.multiply(h));
    }

    private static Dfp cosine(Dfp dot, Dfp xx, Dfp yyEps) {
        return dot.divide(xx.add(EPS).multiply(yyEps).sqrt());
    }
}
