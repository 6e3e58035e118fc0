package org.gradflow.engine;

/**
 * Read-only view of the last iteration a {@link Trainer} ran. It reads the trainer's buffers, so it costs no
 * allocation; take {@link Trainer#lastRecord()} for a copy that outlives the next step.
 */
public interface IterationView {
    /** 1-based; 0 before the first step. */
    long iteration();

    /** 1-based index of the pair. */
    int pair();

    int target();

    double cosine();

    double loss();

    double gradOutput();

    int outputSize();

    double u(int i);

    double v(int i);

    double dCdu(int i);

    double dCdv(int i);

    /** Euclidean norm of dC/du. */
    double dCduNorm();

    double dCdvNorm();

    /** Gradient norm k in the order of {@link GradNorms#NAMES}. */
    double gradNorm(int k);

    boolean singular();

    /** The largest |parameter| after this iteration's update; NaN if a parameter is NaN. */
    double largestParameter();

    /**
     * False when anything computed in this iteration, or the parameters it left, is NaN or infinite. The scalars
     * are enough: a NaN or infinite u or v makes C NaN, and one in dC/du or a gradient makes its norm so.
     */
    default boolean finite() {
        return Double.isFinite(largestParameter()) && Double.isFinite(cosine()) && Double.isFinite(loss())
                && Double.isFinite(dCduNorm()) && Double.isFinite(dCdvNorm())
                && Double.isFinite(gradNorm(0)) && Double.isFinite(gradNorm(1))
                && Double.isFinite(gradNorm(2)) && Double.isFinite(gradNorm(3));
    }

    /** Whether, and how, the run has diverged as of this iteration. */
    default Divergence divergence() {
        return Divergence.of(finite(), largestParameter());
    }
}
