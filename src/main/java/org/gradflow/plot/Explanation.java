package org.gradflow.plot;

import org.gradflow.engine.RunEvent;
import org.gradflow.session.RunFrame;

/**
 * What is on screen, in plain words and one formula: a headline chosen from the two runs' {@link Diagnosis},
 * and a body that gives each run's diagnosis with its measured numbers.
 *
 * @param headline a short sentence
 * @param body     each run's diagnosis
 * @param formula  the one formula that explains it
 */
public record Explanation(String headline, String body, String formula) {

    private static final String COSINE = "C = ⟨u,v⟩ / √((|u|² + ε)(|v|² + ε)),  ε = 10⁻¹²";
    private static final String SPIKE = "dC/du at u = 0:  v / √(ε (|v|² + ε)) ≈ ±1/√ε = ±10⁶";
    private static final String SGD = "w ← w − η · ∂L/∂w,   tanh′(z) = 1 − tanh²(z) = 0 once |z| > 19";
    private static final String PERPENDICULAR = "|dC/du| = |sin θ| / |u|,   u · dC/du = 0";

    public static Explanation of(RunFrame left, RunFrame right) {
        Diagnosis l = Diagnosis.of(left);
        Diagnosis r = Diagnosis.of(right);
        String body = l.sentence() + "\n" + r.sentence();
        for (RunFrame f : new RunFrame[] {left, right}) {
            Diagnosis d = f == left ? l : r;
            if (d.kind() == Diagnosis.Kind.DIVERGED) {
                return new Explanation(f.singular() ? "D = " + f.outputSize() + " blew up on the eps spike at u = 0."
                        : "D = " + f.outputSize() + " diverged: the learning rate is too large.", body,
                        f.singular() ? SPIKE : SGD);
            }
        }
        if (l.kind() == Diagnosis.Kind.SINGULAR || r.kind() == Diagnosis.Kind.SINGULAR) {
            return new Explanation("u = 0: the cosine has no gradient here, and eps invents one of 10⁶.", body,
                    SPIKE);
        }
        RunFrame scalar = left.outputSize() == 1 ? left : right.outputSize() == 1 ? right : null;
        RunFrame wide = left.outputSize() > 1 ? left : right.outputSize() > 1 ? right : null;
        if (scalar != null && wide == null) {
            return new Explanation("Both runs have D = 1: neither can learn.", body, COSINE);
        }
        String cannot = "D = 1 cannot learn: the cosine of two numbers is sign(u)·sign(v).";
        Diagnosis w = wide == left ? l : r;
        String dw = "D = " + wide.outputSize();
        String headline = switch (w.kind()) {
            case LEARNED -> dw + " has learned" + (scalar != null ? "; D = 1 never started." : ".");
            case UNSTABLE -> dw + " is unstable: the learning rate is too high" + (scalar != null ? "; D = 1 cannot"
                    + " learn at all." : ".");
            case SATURATED -> dw + "'s tanh units are saturated: its gradient dies in the weights.";
            case DEAD_GRADIENT -> dw + "'s cosine gradient is dead too: u and v are (anti)parallel.";
            case RELAPSED -> dw + " first learned at pass "
                    + Format.grouped(wide.event(RunEvent.Kind.LEARNED).iteration() / wide.passLength()) + "; "
                    + wide.lastPass().pairsRight() + " of " + wide.lastPass().pairCount() + " pairs right now.";
            case LEARNING -> scalar != null ? cannot + " " + dw + " is learning." : dw + " is learning.";
            case STALLED -> scalar != null ? cannot + " " + dw + " is not learning now." : dw + " is not learning now.";
            default -> scalar != null ? cannot : "With D > 1 the gradient is alive.";
        };
        String formula = switch (w.kind()) {
            case UNSTABLE, SATURATED -> SGD;
            case DEAD_GRADIENT -> PERPENDICULAR;
            default -> COSINE;
        };
        return new Explanation(headline, body, formula);
    }
}
