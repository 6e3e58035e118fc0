package org.gradflow.plot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gradflow.engine.Head;
import org.gradflow.engine.PassStats;
import org.gradflow.engine.RunEvent;
import org.gradflow.session.RunFrame;

/**
 * What is on screen, in plain words and one formula: a headline chosen from the two runs' {@link Diagnosis},
 * and a body that gives each run's diagnosis with its measured numbers. The seed's comparison of two cosine runs
 * keeps its own words (D = 1 against D = 6); every other pair of runs is told run by run, the more urgent first,
 * with the formula of what the more urgent one shows.
 *
 * @param headline a short sentence
 * @param body     each run's diagnosis, one line a run
 * @param formula  the one formula that explains it
 */
public record Explanation(String headline, String body, String formula) {

    private static final String COSINE = "C = ⟨u,v⟩ / √((|u|² + ε)(|v|² + ε)),  ε = 10⁻¹²";
    private static final String SPIKE = "dC/du at u = 0:  v / √(ε (|v|² + ε)) ≈ ±1/√ε = ±10⁶";
    private static final String SGD = "w ← w − η · ∂L/∂w,   tanh′(z) = 1 − tanh²(z) = 0 once |z| > 19";
    private static final String PERPENDICULAR = "|dC/du| = |sin θ| / |u|,   u · dC/du = 0";
    private static final String DISTANCE = "d = |u − v|,   ∂d/∂u = (u − v) / (d + 10⁻⁶) = ±1 in 1-D";
    private static final String SCALAR_JOINS = "1-D: C = sign(u)·sign(v) has slope 0,   d = |u − v| has ∂d/∂u ="
            + " (u − v) / (d + 10⁻⁶) = ±1";
    private static final String STEP = "w ← w − η · ∂L/∂w,   update ratio η · |∂L/∂W| / |W| ≈ 10⁻³ is healthy";
    private static final String CHAIN_SIGMOID = "∂L/∂aₗ = Wₗ₊₁ᵀ (σ′(zₗ₊₁) ⊙ ∂L/∂aₗ₊₁),   σ′(z) = σ(z)(1 − σ(z)) ≤ 1/4:"
            + " one factor per layer";
    private static final String CHAIN = "∂L/∂aₗ = Wₗ₊₁ᵀ (f′(zₗ₊₁) ⊙ ∂L/∂aₗ₊₁): one factor per layer, from the"
            + " output down";
    private static final String DEAD = "relu′(z) = 0 for z ≤ 0:   ∂L/∂W = (relu′(z) ⊙ ∂L/∂a) xᵀ = 0 for a unit"
            + " with z ≤ 0 on every example";
    private static final String SYMMETRY = "wᵢ = wⱼ ⇒ aᵢ = aⱼ ⇒ ∂L/∂wᵢ = ∂L/∂wⱼ:   w ← w − η ∂L/∂w keeps them"
            + " equal";
    private static final String SPREAD = "std(zₗ) = √fan_in · σ_w · rms(aₗ₋₁):   he-normal's σ_w = √(2 / fan_in)"
            + " keeps relu layers level";
    private static final String SATURATION = "tanh′(z) = 1 − tanh²(z) < 0.06 for |tanh z| > 0.97,   σ′(z) < 0.03"
            + " for σ outside [0.03, 0.97]";
    private static final String CHANCE = "L = −ln p(label) = ln 2 while p = ½ for both classes";
    /** The kinds that say why a gradient dies in the layers: the seed's words have none of them. */
    private static final Set<Diagnosis.Kind> LAYER_KINDS = EnumSet.of(Diagnosis.Kind.SYMMETRY,
            Diagnosis.Kind.DEAD_UNITS, Diagnosis.Kind.EXPLODING, Diagnosis.Kind.VANISHING);

    /** The explanation of the runs shown: {@code right} is the comparison, or absent in a scenario of one run. */
    public static Explanation of(RunFrame left, RunFrame right) {
        Diagnosis l = Diagnosis.of(left);
        if (!right.present()) {
            return generic(List.of(left), List.of(l));
        }
        Diagnosis r = Diagnosis.of(right);
        if (left.head() == Head.COSINE && right.head() == Head.COSINE && !LAYER_KINDS.contains(l.kind())
                && !LAYER_KINDS.contains(r.kind())) {
            return seed(left, right, l, r);
        }
        return generic(List.of(left, right), List.of(l, r));
    }

    /** Two cosine runs: the seed's question, D = 1 against a wider D. */
    private static Explanation seed(RunFrame left, RunFrame right, Diagnosis l, Diagnosis r) {
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
            case LEARNED -> dw + " has learned" + (scalar != null ? "; D = 1 never started learning." : ".");
            case UNSTABLE -> dw + " is unstable: the learning rate is too high" + (scalar != null ? "; D = 1 cannot"
                    + " learn at all." : ".");
            case SATURATED -> dw + "'s tanh units are saturated: its gradient dies in the weights.";
            case DEAD_GRADIENT -> dw + "'s cosine gradient is dead too: u and v are (anti)parallel.";
            case NOTHING_TO_LEARN -> dw + "'s rule back-propagates nothing: it masks every iteration.";
            case RELAPSED -> dw + " first learned at pass "
                    + Format.grouped(wide.event(RunEvent.Kind.LEARNED).iteration() / wide.passLength()) + "; "
                    + wide.lastPass().pairsRight() + " of " + wide.lastPass().pairCount() + " pairs right now.";
            case LEARNING -> (scalar != null ? cannot + " " : "") + dw + " is learning"
                    + (Diagnosis.learningSlowly(wide) ? ", slowly." : ".");
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

    /** Any other runs: each run's state in a clause, the most urgent first, and the formula of that one. */
    private static Explanation generic(List<RunFrame> frames, List<Diagnosis> diagnoses) {
        List<Integer> order = new ArrayList<>(List.of(0, 1).subList(0, frames.size()));
        order.sort(Comparator.comparing(i -> diagnoses.get(i).kind()));
        List<String> clauses = new ArrayList<>();
        for (int i : order) {
            String c = clause(frames.get(i), diagnoses.get(i));
            // "The main run is learning; the comparison run has stalled."
            clauses.add(clauses.isEmpty() || !c.startsWith("The ") ? c : "t" + c.substring(1));
        }
        String body = String.join("\n", diagnoses.stream().map(Diagnosis::sentence).toList());
        int first = order.get(0);
        return new Explanation(String.join("; ", clauses) + ".", body, formula(frames.get(first),
                diagnoses.get(first), frames, diagnoses));
    }

    /** One run's state in a few words, its subject first. */
    private static String clause(RunFrame f, Diagnosis d) {
        String s = RunSummary.subject(f);
        LayerReadings layers = LayerReadings.of(f);
        PassStats last = f.lastPass();
        return switch (d.kind()) {
            case DIVERGED -> s + " diverged at iteration " + Format.grouped(f.iteration())
                    + (f.singular() ? ", on the eps spike at u = 0" : "");
            case SINGULAR -> s + " is at u = 0, where ε invents a gradient of 10⁶";
            case NOT_STARTED -> s + " has not started";
            case DEAD_GRADIENT -> f.head() == Head.COSINE && f.outputSize() == 1
                    ? s + " cannot learn: the cosine of two numbers is sign(u)·sign(v)"
                    : RunSummary.possessive(f) + " " + (f.head() == Head.DISTANCE ? "distance" : "cosine")
                            + " gradient is dead";
            case SYMMETRY -> RunSummary.possessive(f) + " hidden units are copies of one another";
            case DEAD_UNITS -> {
                int l = Diagnosis.deadLayer(f);
                yield s + " has " + last.deadUnits()[l - 1] + " of the " + layers.units(l) + " units of layer " + l
                        + " dead";
            }
            case SATURATED -> RunSummary.possessive(f) + " units are saturated";
            case NOTHING_TO_LEARN -> RunSummary.possessive(f) + " rule back-propagates nothing";
            case EXPLODING -> RunSummary.possessive(f) + " activations grow ×" + Format.number(layers.spreadGrowth(), 2)
                    + " a layer";
            case VANISHING -> RunSummary.possessive(f) + " gradient vanishes on its way down (×"
                    + Format.number(layers.arrivingRatio(), 2) + " by layer 1)";
            case UNSTABLE -> s + " is unstable: its learning rate is too high";
            case RELAPSED -> s + " first learned at pass "
                    + Format.grouped(f.event(RunEvent.Kind.LEARNED).iteration() / f.passLength()) + "; "
                    + last.right() + " of " + last.count() + (f.head().siamese() ? " pairs" : " examples")
                    + " right now";
            case STALLED -> !f.head().siamese() && layers.everyGradientTiny()
                    ? s + " has stalled" + (Diagnosis.atChance(f, last).isEmpty() ? "" : " at chance")
                    : s + " is not learning now";
            case LEARNED -> s + " has learned";
            case LEARNING -> s + " is learning" + (Diagnosis.learningSlowly(f) ? ", slowly" : "");
            case FIRST_PASS -> s + " is in its first pass";
        };
    }

    /** The formula of what the most urgent run shows. */
    private static String formula(RunFrame f, Diagnosis d, List<RunFrame> frames, List<Diagnosis> diagnoses) {
        LayerReadings layers = LayerReadings.of(f);
        return switch (d.kind()) {
            case DIVERGED -> f.singular() ? SPIKE : STEP;
            case SINGULAR -> SPIKE;
            case DEAD_GRADIENT -> f.head() == Head.DISTANCE ? DISTANCE : f.outputSize() > 1 ? PERPENDICULAR
                    : frames.stream().anyMatch(r -> r.head() == Head.DISTANCE) ? SCALAR_JOINS : COSINE;
            case SYMMETRY -> SYMMETRY;
            case DEAD_UNITS -> DEAD;
            case SATURATED -> SATURATION;
            case EXPLODING -> SPREAD;
            case VANISHING -> layers.sigmoidStack() ? CHAIN_SIGMOID : CHAIN;
            case STALLED -> layers.vanishing() ? (layers.sigmoidStack() ? CHAIN_SIGMOID : CHAIN)
                    : !Diagnosis.atChance(f, f.lastPass()).isEmpty() ? CHANCE : STEP;
            default -> {
                // Nothing wrong with the more urgent run: the formula of what the other one is about, if it is
                // the distance that learns where the cosine cannot.
                for (int i = 0; i < frames.size(); i++) {
                    if (frames.get(i).head() == Head.DISTANCE && diagnoses.get(i).kind() != Diagnosis.Kind.DIVERGED) {
                        yield DISTANCE;
                    }
                }
                yield STEP;
            }
        };
    }
}
