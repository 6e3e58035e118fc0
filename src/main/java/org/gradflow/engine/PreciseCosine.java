package org.gradflow.engine;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Central finite differences of Torch's cosine evaluated in 40-digit decimal arithmetic ({@link BigDecimal}).
 *
 * <p>Why not doubles: in 1-D the cosine is {@code 1 - eps/(2u^2)}, so a gradient of 1e-6 is a change of 1e-8 in
 * a value near 1, and double rounding (1e-16) would swamp a 1e-6 relative check. With 40 digits the numeric
 * side is exact to far below anything a double can show, and the check measures the analytic formula alone.
 *
 * <p>Why not commons-math3's {@code Dfp}, which did this before: {@code new DfpField(40)} computes π, e and
 * four logarithms to 40 digits when it is made, about a third of a second of the second core while the window
 * starts; BigDecimal needs nothing made in advance, and its square root (Java 9) is all this takes.
 */
final class PreciseCosine {
    private static final MathContext DIGITS = new MathContext(40);
    private static final BigDecimal EPS = new BigDecimal(CosineDistance.EPS);
    /** Step as a fraction of the cosine's own length scale sqrt(|x|^2 + eps): truncation error ~ (1e-10)^2. */
    private static final BigDecimal RELATIVE_STEP = new BigDecimal("1e-10");
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private PreciseCosine() {
    }

    /** dC/dx_i for C(x, y) = {@code <x,y> / sqrt((|x|^2+eps)(|y|^2+eps))}; C is symmetric, so this serves dC/dv too. */
    static double partial(double[] x, double[] y, int i) {
        BigDecimal dot = BigDecimal.ZERO;
        BigDecimal xx = BigDecimal.ZERO;
        BigDecimal yy = BigDecimal.ZERO;
        for (int k = 0; k < x.length; k++) {
            // Exact: every double is a finite decimal.
            BigDecimal xk = new BigDecimal(x[k]);
            BigDecimal yk = new BigDecimal(y[k]);
            dot = dot.add(xk.multiply(yk, DIGITS), DIGITS);
            xx = xx.add(xk.multiply(xk, DIGITS), DIGITS);
            yy = yy.add(yk.multiply(yk, DIGITS), DIGITS);
        }
        BigDecimal h = RELATIVE_STEP.multiply(xx.add(EPS, DIGITS).sqrt(DIGITS), DIGITS);
        BigDecimal xi = new BigDecimal(x[i]);
        BigDecimal yi = new BigDecimal(y[i]);
        BigDecimal yyEps = yy.add(EPS, DIGITS);
        BigDecimal plus = cosine(dot.add(h.multiply(yi, DIGITS), DIGITS), shifted(xx, xi, h), yyEps);
        BigDecimal minus = cosine(dot.subtract(h.multiply(yi, DIGITS), DIGITS), shifted(xx, xi, h.negate()), yyEps);
        return plus.subtract(minus, DIGITS).divide(h.multiply(TWO, DIGITS), DIGITS).doubleValue();
    }

    /** |x + h e_i|^2 = |x|^2 + 2 h x_i + h^2, without summing the vector again. */
    private static BigDecimal shifted(BigDecimal xx, BigDecimal xi, BigDecimal h) {
        return xx.add(h.multiply(xi, DIGITS).multiply(TWO, DIGITS), DIGITS).add(h.multiply(h, DIGITS), DIGITS);
    }

    private static BigDecimal cosine(BigDecimal dot, BigDecimal xx, BigDecimal yyEps) {
        return dot.divide(xx.add(EPS, DIGITS).multiply(yyEps, DIGITS).sqrt(DIGITS), DIGITS);
    }
}
