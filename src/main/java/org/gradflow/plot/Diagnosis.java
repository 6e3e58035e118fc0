package org.gradflow.plot;

import java.util.ArrayList;
import java.util.List;
import org.gradflow.engine.Divergence;
import org.gradflow.engine.Head;
import org.gradflow.engine.PassStats;
import org.gradflow.engine.RunEvent;
import org.gradflow.engine.TrainingRule;
import org.gradflow.session.RunFrame;

/**
 * What one run is doing, read off its measurements at the iteration shown: the per-layer records of that
 * iteration (what the flow, layers, activations and updates charts draw), the last completed pass (its mean loss,
 * pairs or examples right, dead units, mean |dC/du|, mean parameter gradient, masked iterations), the pass before
 * it, the learning curve's own points, its events and the current iteration. Every number in the sentence is one
 * of those measurements, so the words cannot contradict the charts.
 *
 * <p>When several things hold, the sentence says the most urgent: a run that stopped (diverged, or at the eps
 * spike); before the first step, what the first step will see; then whether it learned; then why its gradient
 * dies: at the join (the cosine of two numbers), in tanh units saturated by huge weights, in hidden units that are
 * all copies of one another, in dead relu units, everywhere at once (too small to move a weight), on the way down
 * (vanishing), in activations the init blows up layer by layer; then how the loss moves (unstable, learning,
 * stalled), a stall explained by what weakens a run (some units copies of others, most of a layer saturated).
 *
 * @param kind     the state, for tests and for the headline's choice
 * @param sentence one or two sentences with the numbers
 */
public record Diagnosis(Kind kind, String sentence) {

    /** The states a run can be in, from the most to the least urgent (the order a headline takes them in). */
    public enum Kind {
        DIVERGED, SINGULAR, DEAD_GRADIENT, SYMMETRY, DEAD_UNITS, SATURATED, NOTHING_TO_LEARN, EXPLODING, VANISHING,
        UNSTABLE, RELAPSED, STALLED, LEARNED, LEARNING, FIRST_PASS, NOT_STARTED
    }

    /** Above this mean |dC/du| a rising loss is overshooting, not noise. */
    static final double LARGE_GRADIENT = 0.01;
    /**
     * A loss that would take longer than this many iterations to halve at its present rate is learning slowly:
     * ten of the seed's passes; counted in iterations, so that a full batch (a pass of one iteration) is not slow
     * at a halving in 200 passes.
     */
    static final double SLOW_ITERATIONS = 1_000;

    /** The words of a siamese join: the cosine's (the seed's, to the letter) or the distance's. */
    private record Join(String value, String gradient, String name, String side) {
        static Join of(RunFrame f) {
            if (f.head() == Head.DISTANCE) {
                return new Join("d", "|dd/du|", "distance", "on its target's side of d = "
                        + Format.number(f.spec().training().margin() / 2, 3));
            }
            return new Join("C", "|dC/du|", "cosine", "on its target's side");
        }
    }

    public static Diagnosis of(RunFrame f) {
        return f.head().siamese() ? siamese(f) : network(f);
    }

    /** A siamese run: the seed's diagnosis, in the distance's words for hinge-embedding, and the layers' causes. */
    private static Diagnosis siamese(RunFrame f) {
        String d = RunSummary.subject(f);
        Join j = Join.of(f);
        if (f.divergence() != Divergence.NONE) {
            return diverged(f, d);
        }
        if (f.singular()) {
            return new Diagnosis(Kind.SINGULAR, d + ": u = 0 here, where exact math has no gradient; Torch's ε"
                    + " makes " + j.gradient() + " = " + Format.number(f.dCduNorm(), 2) + ", an arbitrary kick.");
        }
        boolean cosineOfNumbers = f.outputSize() == 1 && f.head() == Head.COSINE;
        if (f.iteration() == 0) {
            return new Diagnosis(f.dCduNorm() < RunSummary.ZERO_GRADIENT ? Kind.DEAD_GRADIENT : Kind.NOT_STARTED,
                    d + ": not trained yet; the first step will see " + j.gradient() + " = "
                            + Format.number(f.dCduNorm(), 2)
                            + (cosineOfNumbers ? ", the slope of sign(u)·sign(v)." : "."));
        }
        PassStats last = f.lastPass();
        if (last == null) {
            if (f.dCduNorm() < RunSummary.ZERO_GRADIENT) {
                return dead(f, f.dCduNorm(), "now");
            }
            return new Diagnosis(Kind.FIRST_PASS, d + ": in the first pass (" + Format.grouped(f.iteration())
                    + " of " + Format.grouped(f.passLength()) + " iterations); the learning curve starts when it"
                    + " ends. " + j.gradient() + " = " + Format.number(f.dCduNorm(), 2) + "." + torchExample(f));
        }
        String right = right(f, last);
        String where = " after pass " + Format.grouped(last.pass());
        Diagnosis learned = learned(f, d, "every pair " + j.side() + " since ", "pair");
        if (learned != null) {
            return learned;
        }
        PassStats previous = f.previousPass();
        if (last.masked() == f.passLength()) {
            return new Diagnosis(Kind.NOTHING_TO_LEARN, d + ": the rule back-propagated nothing in pass "
                    + Format.grouped(last.pass()) + " (gradOutput 0 in every iteration), " + right + ".");
        }
        if (last.meanCosineGradient() < RunSummary.ZERO_GRADIENT) {
            return dead(f, last.meanCosineGradient(), "over pass " + Format.grouped(last.pass()));
        }
        if (last.meanParameterGradient() < RunSummary.ZERO_GRADIENT) {
            return new Diagnosis(Kind.SATURATED, d + ": the " + j.name() + "'s gradient is alive (mean "
                    + j.gradient() + " " + Format.number(last.meanCosineGradient(), 2) + ") but the weights get "
                    + Format.number(last.meanParameterGradient(), 2)
                    + ": the tanh units are saturated, 1 − tanh² ≈ 0."
                    + " A second way a gradient dies; " + right + ".");
        }
        Diagnosis layers = layerCause(f, d, LayerReadings.of(f), "");
        if (layers != null) {
            return layers;
        }
        if (previous == null) {
            return new Diagnosis(Kind.FIRST_PASS, d + ": " + right + " after the first pass, mean loss "
                    + Format.number(last.meanLoss(), 4) + " with " + j.gradient() + " ≈ "
                    + Format.number(last.meanCosineGradient(), 2) + "; the next pass shows which way the loss goes."
                    + torchExample(f));
        }
        if (last.meanLoss() > previous.meanLoss() && last.meanCosineGradient() > LARGE_GRADIENT) {
            return new Diagnosis(Kind.UNSTABLE, d + ": the loss rises while the gradient is large (mean "
                    + j.gradient() + " " + Format.number(last.meanCosineGradient(), 2) + "): steps overshoot, the"
                    + " learning rate " + Format.number(f.spec().training().learningRate(), 2) + " is too high."
                    + change(f) + " " + right + ".");
        }
        return progress(f, d, torchExample(f), torchExample(f));
    }

    /** A single network (cross-entropy, mse): the layers' records say where its gradient goes. */
    private static Diagnosis network(RunFrame f) {
        String d = RunSummary.subject(f);
        if (f.divergence() != Divergence.NONE) {
            return diverged(f, d);
        }
        LayerReadings layers = LayerReadings.of(f);
        if (f.iteration() == 0) {
            Diagnosis cause = layerCause(f, d, layers, "not trained yet, and at the first step ");
            return cause != null ? cause : new Diagnosis(Kind.NOT_STARTED, d + ": not trained yet; the first step's"
                    + " weight gradient is " + Format.number(layers.weightGrad(1), 2) + " at layer 1 and "
                    + Format.number(layers.weightGrad(layers.layers()), 2) + " at layer " + layers.layers() + ".");
        }
        PassStats last = f.lastPass();
        if (last == null) {
            String when = "in the first pass (" + Format.grouped(f.iteration()) + " of "
                    + Format.grouped(f.passLength()) + " iterations), ";
            Diagnosis cause = layerCause(f, d, layers, when);
            return cause != null ? cause : new Diagnosis(Kind.FIRST_PASS, d + ": " + when + "the learning curve"
                    + " starts when it ends; loss " + Format.number(f.loss(), 4) + " on this batch.");
        }
        Diagnosis learned = learned(f, d, "every example right since ", "example");
        if (learned != null) {
            return learned;
        }
        Diagnosis cause = layerCause(f, d, layers, "");
        if (cause != null && !weakens(cause, layers)) {
            return cause;
        }
        PassStats previous = f.previousPass();
        String right = right(f, last);
        if (previous == null) {
            return cause != null ? cause : new Diagnosis(Kind.FIRST_PASS, d + ": " + right + " after the first pass,"
                    + " mean loss " + Format.number(last.meanLoss(), 4) + "; the next pass shows which way the loss"
                    + " goes." + updates(layers));
        }
        if (last.meanLoss() > previous.meanLoss() && layers.largeUpdates()) {
            return new Diagnosis(Kind.UNSTABLE, d + ": the loss rises while the steps are large (update ratios"
                    + " up to " + ratio(layers.largestUpdateRatio()) + ", over "
                    + Format.number(LayerReadings.HEALTHY_BAND, 2) + " times the healthy "
                    + Format.scientific(LayerReadings.HEALTHY_RATIO, 1) + "): the learning rate "
                    + Format.number(f.spec().training().learningRate(), 2) + " is too high." + change(f) + " " + right
                    + ".");
        }
        Diagnosis progress = progress(f, d, updates(layers), atChance(f, last) + updates(layers));
        return progress.kind() == Kind.STALLED && cause != null ? cause : progress;
    }

    /**
     * Learned, or learned once: the seed's words for pairs, the same for examples ({@code since} says on which
     * side a pair counts as right); null while the run has never had every {@code item} right.
     */
    private static Diagnosis learned(RunFrame f, String d, String since, String item) {
        PassStats last = f.lastPass();
        RunEvent learned = f.event(RunEvent.Kind.LEARNED);
        long learnedPass = learned == null ? 0 : learned.iteration() / f.passLength();
        PassHistory history = PassHistory.of(f, learnedPass);
        String first = "pass " + Format.grouped(learnedPass) + " (iteration "
                + (learned == null ? "" : Format.grouped(learned.iteration())) + ")";
        if (last.learned()) {
            if (!history.lostSinceLearned()) {
                return new Diagnosis(Kind.LEARNED, d + " has learned: " + since + first + "; mean loss "
                        + Format.number(last.meanLoss(), 3) + "." + torchExample(f));
            }
            return new Diagnosis(Kind.LEARNED, d + " has every " + item + " right after pass "
                    + Format.grouped(last.pass()) + ", mean loss " + Format.number(last.meanLoss(), 3)
                    + "; it first learned at " + first + " and has had " + (item.equals("example") ? "an " : "a ")
                    + item + " wrong " + lost(history) + "." + torchExample(f));
        }
        if (learned != null) {
            // Learned once and a pair is wrong now: said as measured, not as "has learned" (the learning curve's
            // pairs-right line shows the dip), nor blamed on the learning rate (one dip does not show that).
            return new Diagnosis(Kind.RELAPSED, d + " first learned at " + first + "; " + right(f, last) + " now (pass "
                    + Format.grouped(last.pass()) + ")." + change(f) + torchExample(f));
        }
        return null;
    }

    /** At the last pass's fall, how many passes the mean loss would take to halve. */
    private static double passesToHalve(PassStats last, PassStats previous) {
        return Math.ceil(last.meanLoss() / 2 / (previous.meanLoss() - last.meanLoss()));
    }

    /**
     * Whether a learning run learns slowly (its loss would take over {@link #SLOW_ITERATIONS} iterations to
     * halve): what the headline says of it, as the diagnosis does ("is learning, slowly").
     */
    static boolean learningSlowly(RunFrame f) {
        PassStats last = f.lastPass();
        PassStats previous = f.previousPass();
        return last != null && previous != null && last.meanLoss() < previous.meanLoss()
                && passesToHalve(last, previous) * f.passLength() > SLOW_ITERATIONS;
    }

    /**
     * Learning (a new lowest mean loss), with {@code learning} after the seed's words, or not learning now, with
     * {@code stalled}.
     */
    private static Diagnosis progress(RunFrame f, String d, String learning, String stalled) {
        PassStats last = f.lastPass();
        PassStats previous = f.previousPass();
        String right = right(f, last);
        String where = " after pass " + Format.grouped(last.pass());
        PassHistory history = PassHistory.of(f, 0);
        // Learning means a new lowest loss: a pass a little below the one before, after the loss has risen far
        // above what it once was, is not (the torch-example run creeping down from 1.0 after 0.53).
        if (last.meanLoss() < previous.meanLoss() && !(history.lowestLoss() < last.meanLoss())) {
            double halve = passesToHalve(last, previous);
            return new Diagnosis(Kind.LEARNING, d + " is learning" + (learningSlowly(f) ? ", slowly" : "") + ": "
                    + right + where + "." + change(f) + " At this rate the mean loss halves in about "
                    + Format.count(halve) + (halve == 1 ? " pass." : " passes.") + learning);
        }
        String best = history.lowestLoss() < last.meanLoss()
                ? " Its lowest mean loss was " + Format.number(history.lowestLoss(), 4) + ", in pass "
                        + PassHistory.pass(history.lowestLossPass()) + (history.mostRight() > last.pairsRight()
                        ? "; its most " + items(f) + " right " + history.mostRight() + ", in pass "
                                + PassHistory.pass(history.mostRightPass()) : "") + "."
                : "";
        return new Diagnosis(Kind.STALLED, d + ": not learning now: " + right + where + "." + change(f) + best
                + stalled);
    }

    /**
     * Why the gradient of a run dies in its layers, from the iteration shown and the last pass, or null when it
     * does not. First what stops it: every hidden unit a copy of the others, most of a layer dead, every gradient
     * too small to move anything, the gradient vanishing on its way to the input, the activations blowing up
     * layer by layer; then what weakens it ({@link #weakens}): some units copies of others, most of a layer
     * saturated. {@code when} goes before the cause at iteration 0 and in the first pass.
     */
    private static Diagnosis layerCause(RunFrame f, String d, LayerReadings layers, String when) {
        PassStats last = f.lastPass();
        String lead = d + ": " + when;
        if (layers.allHiddenCopies()) {
            return symmetry(f, lead, layers, "every hidden unit is a copy of the others in its layer ("
                    + copiesOf(layers) + ")");
        }
        int dead = deadLayer(f);
        if (dead > 0) {
            int[] units = last.deadUnits();
            RunEvent first = f.event(RunEvent.Kind.DEAD);
            int others = last.totalDeadUnits() - units[dead - 1];
            return new Diagnosis(Kind.DEAD_UNITS, lead + units[dead - 1] + " of the " + layers.units(dead)
                    + " units of layer " + dead + " are dead in pass " + Format.grouped(last.pass())
                    + ": their input was ≤ 0 for every example, so they pass no gradient back and their weights"
                    + " stop" + (others > 0 ? " (" + others + " more in other layers)" : "") + "."
                    + (first == null ? "" : " The first died in pass " + Format.grouped(first.iteration()
                    / f.passLength()) + ".") + deadConsequence(dead, units[dead - 1], layers.units(dead))
                    + atChance(f, last));
        }
        if (layers.everyGradientTiny() && !f.head().siamese()) {
            double largest = layers.largestWeightGrad();
            String tiny = largest == 0 ? "every layer's weight gradient is exactly 0: no weight moves."
                    : "every layer's weight gradient is under " + Format.scientific(RunSummary.ZERO_GRADIENT, 1)
                            + " (the largest " + Format.number(largest, 2) + "), too small to move a weight.";
            int shut = layers.closedLayer();
            String why = layers.vanishing() ? " " + vanishing(layers, "It vanished on its way down: ")
                    : shut > 0 ? " Every unit of layer " + shut + " has an input ≤ 0 on this batch: no gradient"
                            + " passes back through it." : "";
            return new Diagnosis(Kind.STALLED, (when.isEmpty() ? d + " has stalled: " : lead) + tiny + why
                    + (last == null ? "" : atChance(f, last)));
        }
        if (layers.vanishing()) {
            return new Diagnosis(Kind.VANISHING, lead + vanishing(layers, "the gradient vanishes on its way down: ")
                    + (last == null ? "" : atChance(f, last)));
        }
        if (layers.exploding()) {
            int top = layers.lastHidden();
            return new Diagnosis(Kind.EXPLODING, lead + "the activations blow up layer by layer: their spread is std "
                    + Format.number(layers.std(1), 3) + " at layer 1 and " + Format.number(layers.std(top), 3)
                    + " at layer " + top + ", about ×" + Format.number(layers.spreadGrowth(), 2) + " a layer;"
                    + " the init is too large for layers this wide.");
        }
        int copied = layers.mostCopiesLayer();
        if (copied > 0) {
            return symmetry(f, lead, layers, layers.copies(copied) + " of the " + layers.units(copied)
                    + " units of layer " + copied + " are copies of one another");
        }
        if (layers.saturating()) {
            int l = layers.mostSaturatedLayer();
            return new Diagnosis(Kind.SATURATED, lead + percent(layers.saturated(l)) + " of layer " + l + "'s "
                    + layers.activation(l).id() + " outputs are saturated, where its slope is near 0: little"
                    + " gradient passes back through them." + (last == null ? "" : atChance(f, last)));
        }
        return null;
    }

    /** Units that are copies of one another ({@code which}), and what follows from it. */
    private static Diagnosis symmetry(RunFrame f, String lead, LayerReadings layers, String which) {
        PassStats last = f.lastPass();
        String zero = layers.hiddenGradientsZero() ? "; every hidden layer's weight gradient is exactly 0" : "";
        return new Diagnosis(Kind.SYMMETRY, lead + which + ": equal weights get equal gradients, so they stay copies"
                + zero + "." + (last == null ? "" : atChance(f, last)));
    }

    /**
     * Whether a cause only weakens a run (some units copies of others, saturated units) rather than stopping it:
     * such a cause explains a run that does not learn, and is not said of one that learns all the same.
     */
    private static boolean weakens(Diagnosis cause, LayerReadings layers) {
        return cause.kind() == Kind.SATURATED || cause.kind() == Kind.SYMMETRY && !layers.allHiddenCopies();
    }

    /** "0.05 arrives at the output layer, 1.3e−8 at layer 1 (2.7e−7 of it), about 0.15 per layer; …". */
    static String vanishing(LayerReadings layers, String start) {
        int top = layers.layers();
        return start + Format.number(layers.arriving(top), 2) + " arrives at layer " + top + " (the output), "
                + Format.number(layers.arriving(1), 2) + " at layer 1 (" + Format.number(layers.arrivingRatio(), 2)
                + " of it), about " + Format.number(layers.layerFactor(), 2) + " per layer"
                + (layers.sigmoidStack() ? "; σ′ ≤ " + Format.number(LayerReadings.SIGMOID_SLOPE, 2)
                        + " at every sigmoid layer." : ".");
    }

    /** "8 of 8 in layers 1 and 2". */
    private static String copiesOf(LayerReadings layers) {
        List<String> numbers = new ArrayList<>();
        for (int l = 1; l < layers.layers(); l++) {
            numbers.add(String.valueOf(l));
        }
        int units = layers.units(1);
        boolean same = true;
        for (int l = 1; l < layers.layers(); l++) {
            same &= layers.units(l) == units && layers.copies(l) == units;
        }
        String where = numbers.size() == 1 ? "layer " + numbers.get(0)
                : "layers " + String.join(", ", numbers.subList(0, numbers.size() - 1)) + " and "
                        + numbers.get(numbers.size() - 1);
        return same ? units + " of " + units + " in " + where : "in " + where;
    }

    /** The hidden layer with the largest share of dead units in the last pass when that is most of it, else 0. */
    static int deadLayer(RunFrame f) {
        PassStats last = f.lastPass();
        if (last == null) {
            return 0;
        }
        int[] dead = last.deadUnits();
        int best = 0;
        double share = 0;
        for (int l = 0; l < dead.length; l++) {
            double s = (double) dead[l] / f.values().units(l);
            if (s > share) {
                share = s;
                best = l + 1;
            }
        }
        return share > LayerReadings.MOST ? best : 0;
    }

    /** " The mean loss sits at ln 2 (0.6931), chance: …" for a classifier whose last pass is at chance. */
    static String atChance(RunFrame f, PassStats last) {
        double chance = Chance.loss(f.spec());
        if (!(Math.abs(last.meanLoss() - chance) < Chance.NEAR)) {
            return "";
        }
        boolean exact = Math.abs(last.meanLoss() - chance) <= Chance.EXACT;
        return " Mean loss " + Format.number(last.meanLoss(), exact ? 6 : 4) + (exact ? " = " : " ≈ ")
                + Chance.name(f.spec()) + ", chance: no better than guessing by the class shares.";
    }

    /** " Update ratios 2.7e−4 to 1.7e−3, near the healthy 1e−3." and what is far from it. */
    private static String updates(LayerReadings layers) {
        double low = layers.smallestUpdateRatio();
        double high = layers.largestUpdateRatio();
        if (Double.isNaN(low)) {
            return "";
        }
        String range = " Update ratios " + ratio(low) + " to " + ratio(high);
        String healthy = "the healthy " + Format.scientific(LayerReadings.HEALTHY_RATIO, 1);
        if (layers.healthyUpdates()) {
            return range + ", near " + healthy + ".";
        }
        if (layers.largeUpdates()) {
            return range + ": steps over " + Format.number(LayerReadings.HEALTHY_BAND, 2) + " times " + healthy
                    + " can overshoot.";
        }
        if (layers.smallUpdates()) {
            return range + ", under 1/" + Format.number(LayerReadings.HEALTHY_BAND, 2) + " of " + healthy
                    + ": a larger learning rate would learn faster.";
        }
        return range + ".";
    }

    /** An update ratio: 6.1e−4 and 2.4e−3 beside the healthy 1e−3, 0.022 and 1 far above it. */
    static String ratio(double r) {
        return r < 10 * LayerReadings.HEALTHY_RATIO ? Format.scientific(r, 2) : Format.number(r, 2);
    }

    /** 12%, and <1% for a few outputs, so that "0%" means none: as every chart and text writes a share. */
    static String percent(double share) {
        double p = share * 100;
        return p == 0 ? "0%" : p < 1 ? "<1%" : Math.round(p) + "%";
    }

    private static Diagnosis diverged(RunFrame f, String d) {
        return new Diagnosis(Kind.DIVERGED, d + " diverged at iteration " + Format.grouped(f.iteration()) + ": "
                + RunSummary.divergenceCause(f) + ". " + RunSummary.divergenceAdvice(f) + " and press Reset.");
    }

    /** "5 of 10 pairs right", "96 of 200 examples right". */
    private static String right(RunFrame f, PassStats p) {
        return p.right() + " of " + p.count() + " " + items(f) + " right";
    }

    private static String items(RunFrame f) {
        return f.head().siamese() ? "pairs" : "examples";
    }

    /** " Mean loss 1.008 → 1.005 over the last pass." once there are two passes. */
    /**
     * What a whole dead layer does to the run, so that a network the dead have stopped and one with a few dead
     * units are not said alike: nothing gets past it, for good (its units' inputs come from weights that no
     * longer move).
     */
    private static String deadConsequence(int layer, int dead, int units) {
        if (dead < units) {
            return "";
        }
        return layer == 1 ? " No weight of layer 1 moves again."
                : " No gradient gets past layer " + layer + ": no weight of it or below it moves again.";
    }

    private static String change(RunFrame f) {
        PassStats previous = f.previousPass();
        // Four digits: the asker's early passes move the loss in the third (1.008 → 1.005).
        return previous == null ? "" : " Mean loss " + Format.number(previous.meanLoss(), 4) + " → "
                + Format.number(f.lastPass().meanLoss(), 4) + " over the last pass.";
    }

    /** "in 1 pass since (pass 25)", as far as the learning curve's points tell. */
    private static String lost(PassHistory history) {
        String last = "pass " + PassHistory.pass(history.lastLostPass());
        if (history.lostPasses() < 0) {
            return "since (the latest around " + last + ")";
        }
        return history.lostPasses() == 1 ? "in 1 pass since (" + last + ")"
                : "in " + Format.grouped(history.lostPasses()) + " passes since, the latest " + last;
    }

    private static Diagnosis dead(RunFrame f, double gradient, String when) {
        Join j = Join.of(f);
        String why;
        if (f.head() == Head.DISTANCE) {
            why = " u and v are equal: d = |u − v| = 0 has no direction to pull them apart.";
        } else {
            why = f.outputSize() == 1 ? " The cosine of two numbers is sign(u)·sign(v), a step: its slope is 0"
                    + " (Torch's ε leaves ~10⁻¹¹), so backprop moves nothing."
                    : " u and v are (anti)parallel or huge: |dC/du| = |sin θ| / |u|.";
        }
        return new Diagnosis(Kind.DEAD_GRADIENT, RunSummary.subject(f) + ": the " + j.name() + "'s gradient is dead, "
                + j.gradient() + " " + Format.number(gradient, 2) + " " + when + "." + why + torchExample(f));
    }

    /** The torch-example rule's hinge never fires on a cosine: said, with the count of masked iterations. */
    private static String torchExample(RunFrame f) {
        if (f.spec().training().rule() != TrainingRule.TORCH_EXAMPLE || f.iteration() == 0) {
            return "";
        }
        if (f.maskedIterations() > 0) {
            return " torch-example masked " + Format.grouped(f.maskedIterations()) + " of "
                    + Format.grouped(f.iteration()) + " iterations.";
        }
        return " torch-example masked 0 of " + Format.grouped(f.iteration()) + " iterations: |C| < 1, so C·target < 1"
                + " always holds and it trains exactly like question.";
    }
}
