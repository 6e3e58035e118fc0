package org.gradflow.plot;

import java.util.ArrayList;
import java.util.List;
import org.gradflow.engine.Activation;
import org.gradflow.engine.Divergence;
import org.gradflow.engine.GradientCheckResult;
import org.gradflow.engine.Head;
import org.gradflow.engine.Init;
import org.gradflow.engine.InitScheme;
import org.gradflow.engine.LayerSpec;
import org.gradflow.engine.PassStats;
import org.gradflow.engine.RunNames;
import org.gradflow.engine.RunSpec;
import org.gradflow.engine.Scenario;
import org.gradflow.engine.TrainingRule;
import org.gradflow.session.RunFrame;

/** The words shown with a run, the same in the window and in exported figures. */
public final class RunSummary {
    /** Below this, one SGD step at a learning rate up to 1 moves no weight by more than a millionth. */
    public static final double ZERO_GRADIENT = 1e-6;
    /** The names RunNames gives runs when nothing tells them apart (or there is one). */
    private static final List<String> PLAIN_NAMES = List.of("main", "comparison");

    /** The last scenario named and its runs' names: naming compares the two runs' specs, data and weights. */
    private record Named(Scenario scenario, List<String> names) {
    }

    private static volatile Named named = new Named(null, List.of());

    private RunSummary() {
    }

    /** The names of the scenario's runs, main first, by what differs between them (the design's Comparison). */
    static List<String> names(Scenario s) {
        Named known = named;
        if (known.scenario() != s) {
            known = new Named(s, RunNames.of(s));
            named = known;
        }
        return known.names();
    }

    /** The run's own name: "D = 6", "relu, he-normal", or "main" and "comparison" where nothing else tells. */
    public static String name(RunFrame f) {
        List<String> names = names(f.scenario());
        return names.get(f.isMain() || names.size() == 1 ? 0 : 1);
    }

    /**
     * How a sentence names the run: by its D for a cosine run (the seed's "D = 6"), else "The relu, he-normal
     * run", "The main run".
     */
    public static String subject(RunFrame f) {
        String name = name(f);
        String d = "D = " + f.outputSize();
        if (name.equals(d) || f.head() == Head.COSINE && PLAIN_NAMES.contains(name)) {
            return d;
        }
        return "The " + name + " run";
    }

    /**
     * How a chart's legend names the run: "D = 6" as the sentences do, "relu, he-normal", or "main run" and
     * "comparison run" where nothing else tells them apart.
     */
    public static String label(RunFrame f) {
        String subject = subject(f);
        if (!subject.startsWith("The ")) {
            return subject;
        }
        String name = name(f);
        return PLAIN_NAMES.contains(name) ? name + " run" : name;
    }

    /** The subject with 's: "D = 6's", "The relu run's". */
    static String possessive(RunFrame f) {
        return subject(f) + "'s";
    }

    /** "Main run · D = 1", "Comparison run · relu, he-normal": which run it is and what tells it apart. */
    public static String title(RunFrame f) {
        String role = f.isMain() ? "Main run" : "Comparison run";
        String name = name(f);
        String title = PLAIN_NAMES.contains(name) ? role : role + " · " + name;
        return f.head().siamese() && !name.startsWith("D = ") ? title + " · D = " + f.outputSize() : title;
    }

    /**
     * The window's title for the scenario shown: for the seed's comparison of output sizes, the sizes and the
     * question while a run has scalar outputs (two 6-D runs are no longer that question); for any other, the rule,
     * the network's shape and the runs' names.
     */
    public static String windowTitle(Scenario s) {
        List<String> names = names(s);
        boolean bySize = names.size() == 2 && (PLAIN_NAMES.equals(names)
                || names.get(0).startsWith("D = ") && names.get(1).startsWith("D = "));
        if (s.rule().head() == Head.COSINE && bySize) {
            int main = s.outputSize();
            int comparison = s.comparisonRun().network().outputSize();
            String sizes = "GradFlow · D = " + main + " vs D = " + comparison;
            return main == 1 || comparison == 1
                    ? sizes + ": why a siamese network with 1-D outputs does not learn" : sizes;
        }
        return "GradFlow · " + runs(s);
    }

    /** "cross-entropy · 2-8-8-2 · sigmoid, torch vs relu, he-normal": the rule, the shape and the runs' names. */
    static String runs(Scenario s) {
        List<String> names = names(s);
        return s.rule().id() + " · " + s.network().shape() + (names.size() == 2 && !PLAIN_NAMES.equals(names)
                ? " · " + names.get(0) + " vs " + names.get(1) : "");
    }

    /**
     * One line: iteration, then for a cosine run the pair, its target, C and |dC/du|; for the distance d and
     * |dd/du|; for a single network the batch, its loss and how many of it are right.
     */
    public static String status(RunFrame f) {
        String when = f.iteration() == 0 ? "before step 1" : "iteration " + Format.grouped(f.iteration());
        String catching = f.behind() > 0 ? " · catching up: " + Format.grouped(f.behind()) + " to go" : "";
        var it = f.values();
        if (!f.head().siamese()) {
            String batch = f.passLength() == 1 ? "all " + Format.grouped(it.size()) + " examples"
                    : "batch " + it.batch() + " of " + Format.grouped(f.passLength());
            return when + " · " + batch + " · loss " + Format.number(it.loss(), 4) + " · " + it.right() + " of "
                    + it.size() + " right" + catching;
        }
        String pair = when + " · pair " + f.pair() + " · target " + (f.target() > 0 ? "+1" : "−1");
        if (f.head() == Head.DISTANCE) {
            return pair + " · d = " + Format.number(it.distance(), 4) + " · |dd/du| = "
                    + Format.number(f.dCduNorm(), 2) + catching;
        }
        return pair + " · C = " + cosine(f.cosine()) + " · |dC/du| = " + Format.number(f.dCduNorm(), 2) + catching;
    }

    /**
     * C so that its distance from +-1 shows: {@code 1 − 4.7e−12} near the ends (where the 1-D run lives),
     * six digits elsewhere.
     */
    static String cosine(double c) {
        if (!Double.isFinite(c)) {
            return Format.number(c, 3);
        }
        double gap = 1 - Math.abs(c);
        if (gap > 0 && gap < 1e-4) {
            return (c > 0 ? "1 − " : "−1 + ") + Format.scientific(gap, 2);
        }
        return Format.number(c, 6);
    }

    public static List<Badge> badges(RunFrame f) {
        List<Badge> badges = new ArrayList<>();
        if (f.divergence() == Divergence.NON_FINITE) {
            badges.add(new Badge(Badge.Kind.DIVERGED, "diverged (NaN)", "diverged"));
        } else if (f.divergence() == Divergence.EXPLODED) {
            badges.add(new Badge(Badge.Kind.DIVERGED, "diverged (exploded)", "diverged"));
        }
        LayerReadings layers = LayerReadings.of(f);
        if (f.head().siamese()) {
            if (Double.isFinite(f.dCduNorm()) && f.dCduNorm() < ZERO_GRADIENT && f.dCdvNorm() < ZERO_GRADIENT) {
                badges.add(f.head() == Head.COSINE ? new Badge(Badge.Kind.GRADIENT_ZERO, "gradient ≈ 0", "grad ≈ 0")
                        : new Badge(Badge.Kind.GRADIENT_ZERO, "gradient ≈ 0", "grad ≈ 0", "|dd/du| and |dd/dv| are"
                                + " below 1e-6: a step of SGD moves nothing."));
            }
        } else if (layers.everyParameterGradientTiny()) {
            badges.add(new Badge(Badge.Kind.GRADIENT_ZERO, "gradient ≈ 0", "grad ≈ 0", "every weight and bias"
                    + " gradient is below 1e-6 (the largest " + Format.number(layers.largestParameterGrad(), 2)
                    + "): a step of SGD moves nothing."));
        }
        if (f.singular()) {
            badges.add(new Badge(Badge.Kind.SINGULAR, "singular (u = 0)", "u = 0"));
        }
        PassStats last = f.lastPass();
        if (last != null && last.totalDeadUnits() > 0) {
            int dead = last.totalDeadUnits();
            badges.add(new Badge(Badge.Kind.DEAD_UNITS, dead + (dead == 1 ? " dead unit" : " dead units"),
                    dead + " dead"));
        }
        if (layers.vanishing()) {
            badges.add(new Badge(Badge.Kind.VANISHING, "vanishing (×" + Format.number(layers.arrivingRatio(), 2)
                    + ")", "vanishing"));
        }
        if (layers.mostCopiesLayer() > 0) {
            // Of every hidden layer: after zero init the text says 8 of 8 in each of six layers, 48 in all.
            int copies = 0;
            for (int l = 1; l <= layers.lastHidden(); l++) {
                copies += layers.copies(l) > 1 ? layers.copies(l) : 0;
            }
            badges.add(new Badge(Badge.Kind.COPIES, copies + " units are copies", "copies"));
        }
        GradientCheckResult check = f.gradientCheck();
        if (check != null) {
            // The brief form drops the check's reason in brackets ("(all < 1e-6)"); its tooltip still has it.
            String brief = check.summary().replaceFirst(" \\(.*\\)$", "");
            badges.add(f.head().siamese() ? new Badge(Badge.Kind.GRADIENT_CHECK, check.summary(), brief)
                    : new Badge(Badge.Kind.GRADIENT_CHECK, check.summary(), brief, "every analytic weight gradient"
                            + " against central finite differences, at the current weights on the next batch: the"
                            + " largest relative error over gradients of 1e-6 or more, or, when all are smaller,"
                            + " the largest absolute error."));
        }
        return badges;
    }

    /**
     * Why a diverged run stopped, in a sentence, for the banner over its charts; null when it has not. The charts
     * show the iteration that threw the weights, whose own gradients are anything but zero (the eps spike's are
     * 1e6): the zero gradients come after it, which is why the run stops.
     */
    public static String divergenceMessage(RunFrame f) {
        if (f.divergence() == Divergence.NONE) {
            return null;
        }
        return "Diverged at iteration " + Format.grouped(f.iteration()) + ": " + divergenceCause(f)
                + ". This run stopped. " + divergenceAdvice(f) + " and press Reset (R).";
    }

    /** What threw the weights, with the numbers of the iteration shown. */
    static String divergenceCause(RunFrame f) {
        double largest = LayerReadings.of(f).largestParameterGrad();
        String kick = Double.isFinite(largest) ? " times gradients up to " + Format.number(largest, 2) : "";
        String thrown = f.divergence() == Divergence.NON_FINITE ? "to NaN/Inf"
                : "past ±" + Format.number(Divergence.EXPLODED_PARAMETER, 1) + saturates(f.spec());
        String rate = "learning rate " + Format.number(f.spec().training().learningRate(), 2);
        if (f.singular()) {
            return "on the eps spike at u = 0 one step of " + rate + kick + " threw the weights " + thrown;
        }
        return "one step of " + rate + kick + " threw the weights " + thrown;
    }

    /**
     * What weights past ±1000 do to this network: every tanh (or sigmoid) saturates, so every later gradient is
     * exactly 0, as the seed's; a relu or linear network has no such end, it has only left any scale that learns.
     */
    private static String saturates(RunSpec spec) {
        List<Activation> squashing = spec.network().layers().stream().map(LayerSpec::activation).distinct()
                .filter(a -> a == Activation.TANH || a == Activation.SIGMOID).toList();
        if (squashing.size() == spec.network().layers().stream().map(LayerSpec::activation).distinct().count()) {
            return ", where every " + String.join(" and every ", squashing.stream().map(Activation::id).toList())
                    + " saturates and every later gradient would be exactly 0";
        }
        return ", far from any scale that learns";
    }

    /**
     * What to change. At u = 0 the gradient is Torch's eps at work, not a slope (1e6 at any learning rate worth
     * having), so the cure is an output that is not zero; elsewhere the step was too long, and where the init
     * draws weights wider than he-normal's (fan-in scaled) the start was too large as well.
     */
    static String divergenceAdvice(RunFrame f) {
        if (f.singular()) {
            return "Keep u off 0 (an input or a bias that is not zero)";
        }
        return wideInit(f.spec()) ? "Lower the learning rate, or start from an init scaled to the layers' width"
                + " (he-normal, xavier)" : "Lower the learning rate";
    }

    /** Whether some layer's init draws a normal wider than he-normal's √(2/fan_in): too large for its width. */
    private static boolean wideInit(RunSpec spec) {
        for (int l = 0; l < spec.network().depth(); l++) {
            Init init = spec.network().layer(l).init();
            if (init.scheme() == InitScheme.NORMAL && init.std() > Math.sqrt(2.0 / spec.network().fanIn(l))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The run in one line, for captions: for a siamese run its D, rule, learning rate, seed, hidden units and
     * schedule (the seed's line); for a single network its shape, activation and init, rule and data, batch,
     * learning rate and seed.
     */
    public static String scenarioLine(RunFrame f) {
        RunSpec s = f.spec();
        TrainingRule rule = s.training().rule();
        String iteration = " · iteration " + Format.grouped(f.iteration());
        if (rule.siamese()) {
            String margin = rule == TrainingRule.COSINE_EMBEDDING || rule == TrainingRule.HINGE_EMBEDDING
                    ? " (margin " + Format.number(s.training().margin(), 3) + ")" : "";
            int[] widths = s.network().hiddenUnits();
            String hidden = widths.length == 1 ? widths[0] + " hidden units"
                    : widths.length == 0 ? "no hidden layer" : "hidden layers " + hiddenList(widths);
            return "D = " + f.outputSize() + " · rule " + rule.id() + margin + " · learning rate "
                    + Format.number(s.training().learningRate(), 3) + " · seed " + s.training().seed() + " · "
                    + hidden + " · " + s.training().iterationsPerPair() + " iterations per pair" + iteration;
        }
        String activations = String.join("/", s.network().layers().subList(0, s.network().depth() - 1).stream()
                .map(l -> l.activation().id()).distinct().toList());
        String inits = String.join("/", s.network().layers().stream().map(l -> l.init().label()).distinct()
                .toList());
        String data = s.data().dataset() != null ? s.data().dataset().id() + " (" + s.data().effectiveExampleCount()
                + " examples" + (s.data().noise() > 0 ? ", noise " + Format.number(s.data().noise(), 3) : "") + ")"
                : s.data().effectiveExampleCount() + " given examples";
        String batch = s.training().batchSize() == 0 ? "full batch" : "batches of " + s.training().batchSize();
        return s.network().shape() + (activations.isEmpty() ? "" : " " + activations) + " · init " + inits
                + " · rule " + rule.id() + " on " + data + " · " + batch + " · learning rate "
                + Format.number(s.training().learningRate(), 3) + " · seed " + s.training().seed() + iteration;
    }

    private static String hiddenList(int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int w : widths) {
            sb.append(sb.length() == 0 ? "" : "-").append(w);
        }
        return sb.toString();
    }
}
