package org.gradflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gradflow.engine.Activation;
import org.gradflow.engine.PassStats;
import org.gradflow.engine.Scenario;
import org.gradflow.export.ScenarioExport;
import org.gradflow.plot.Lesson;
import org.gradflow.plot.LessonReader;
import org.gradflow.plot.LessonText;
import org.gradflow.testing.MeasuredRun;
import org.junit.jupiter.api.Test;

/**
 * Every claim of issue 20's bundled lessons, held against the runs measured apart from the window and the handout
 * ({@link MeasuredRun}: fresh trainers stepped to the iteration each step shows): the numbers its text says, read
 * back out of the text as the handout fills it, agree with the measurement to the digits written, and the
 * thresholds its words make ("less than a thousandth", "under the 0.25 bound", "ln 2", "16 of 16 dead from pass 2
 * on, for good") hold of the measurement itself, not of the text. A lesson whose claim stops holding after a change
 * to the engine fails here, step by step, with the step's title.
 */
class BundledLessonClaimsTest {
    /** A number as {@code Format} writes it: 0.05, 1.3e−8, 1,257, 5.7. */
    private static final String NUM = "([0-9](?:[0-9,.]*[0-9])?(?:e−?[0-9]+)?)";
    /** Under this share of what the output layer receives, layer 1's gradient has vanished (the lessons' words). */
    private static final double THOUSANDTH = 1e-3;
    private static final double SIGMOID_BOUND = 0.25;
    private static final double HEALTHY = 1e-3;
    /** Within a factor of ten of the healthy ratio counts as near it, as the updates chart reads. */
    private static final double BAND = 10;

    /** One step at the iteration it shows: both runs measured apart, and the text as the handout fills it. */
    private record At(Lesson.Step step, long iteration, MeasuredRun main, MeasuredRun comparison, String text) {

        /** The number the text writes where {@code regex} (one group) finds it. */
        String number(String regex) {
            Matcher m = Pattern.compile(regex).matcher(text);
            assertThat(m.find()).as(step.title() + ": '" + regex + "' in \"" + text + "\"").isTrue();
            return m.group(1);
        }

        /** Asserts that the text writes {@code value} where {@code regex} finds a number. */
        void says(String regex, double value) {
            String written = number(regex);
            assertThat(SentencesAgreeWithRunsTest.agrees(written, value))
                    .as(step.title() + ": '" + written + "' for " + value + " in \"" + text + "\"").isTrue();
        }

        /** A share as the window writes it, in whole percent: "78%", "<1%" for 0.4%, "0%" for none. */
        void saysPercent(String regex, double share) {
            String written = number(regex.replace(NUM, "(<1|[0-9]+)"));
            if (written.equals("<1")) {
                assertThat(share).as(step.title() + ": " + text).isGreaterThan(0).isLessThan(0.01);
            } else {
                assertThat(Long.parseLong(written)).as(step.title() + ": " + text).isEqualTo(Math.round(100 * share));
                assertThat(share == 0).as(step.title() + ": 0% is none, " + text).isEqualTo(written.equals("0"));
            }
        }

        void saysCount(String regex, long value) {
            assertThat(Long.parseLong(number(regex).replace(",", ""))).as(step.title() + ": " + text)
                    .isEqualTo(value);
        }

        void saysExactly(String words) {
            assertThat(text).as(step.title()).contains(words);
        }
    }

    private record Key(Scenario scenario, long iteration, boolean main) {
    }

    private final Map<Key, MeasuredRun> measured = new HashMap<>();

    private MeasuredRun measure(Scenario s, boolean main, long iteration) {
        return measured.computeIfAbsent(new Key(s, iteration, main), k -> MeasuredRun.of(s, main, iteration));
    }

    /** Every step of the bundled lesson {@code file} at the iteration it shows, its titles as {@code titles}. */
    private List<At> play(String file, String... titles) throws Exception {
        Lesson lesson = new LessonReader().readResource(file);
        assertThat(lesson.steps()).extracting(Lesson.Step::title).as(file).containsExactly(titles);
        assertThat(lesson.steps()).as("six to nine steps").hasSizeBetween(file.startsWith("why") ? 8 : 6, 10);
        List<At> steps = new ArrayList<>();
        for (Lesson.Step step : lesson.steps()) {
            long target = step.target();
            ScenarioExport frames = new ScenarioExport(step.scenario(), target);
            String text = LessonText.fill(step.text(), frames.left(), frames.right());
            assertThat(text).as(step.title()).doesNotContain("{").doesNotContain("not yet")
                    .doesNotContain("no pass finished");
            steps.add(new At(step, target, measure(step.scenario(), true, target),
                    measure(step.scenario(), false, target), text));
        }
        return steps;
    }

    private static double arrivingRatio(MeasuredRun r) {
        return r.layer(1).outputGrad() / r.layer(r.layers().size()).outputGrad();
    }

    private static double layerFactor(MeasuredRun r) {
        return Math.pow(arrivingRatio(r), 1.0 / (r.layers().size() - 1));
    }

    private static double smallestRatio(MeasuredRun r) {
        return r.layers().stream().mapToDouble(MeasuredRun.LayerRecord::updateRatio).filter(Double::isFinite).min()
                .orElseThrow();
    }

    private static double largestRatio(MeasuredRun r) {
        return r.layers().stream().mapToDouble(MeasuredRun.LayerRecord::updateRatio).filter(Double::isFinite).max()
                .orElseThrow();
    }

    private static List<MeasuredRun.LayerRecord> hidden(MeasuredRun r) {
        return r.layers().subList(0, r.layers().size() - 1);
    }

    private static double mostSaturated(MeasuredRun r) {
        return hidden(r).stream().mapToDouble(MeasuredRun.LayerRecord::saturated).max().orElseThrow();
    }

    /** The share of its units that the most dead layer of pass {@code p} has dead. */
    private static double deadShare(MeasuredRun r, PassStats p) {
        double most = 0;
        for (int l = 0; l < r.layers().size(); l++) {
            most = Math.max(most, (double) p.deadUnits()[l] / r.layers().get(l).units());
        }
        return most;
    }

    private static void examplesRight(At at, String regex, MeasuredRun r) {
        at.saysCount(regex, r.last().right());
    }

    private static void learnedAt(At at, String regex, MeasuredRun r) {
        assertThat(r.firstLearnedPass()).as(at.step().title()).isPositive();
        // "learned" is the end of that pass: the step shows the iteration the run learned at.
        assertThat(r.firstLearnedPass() * r.passLength()).as(at.step().title()).isEqualTo(at.iteration());
        at.saysCount(regex, r.firstLearnedPass());
    }

    @Test
    void theSeedLessonsLastStepADistanceLearnsWhereTheCosineOfTwoNumbersCannot() throws Exception {
        List<At> steps = play(BundledLesson.ALL.get(0).file(), "The script, with D = 1: nothing moves",
                "The cosine of two numbers is sign(u)·sign(v)", "The geometry: on a line nothing is perpendicular to u",
                "The eps artefact at u = 0", "D = 6, where the asker stopped: it looks stuck",
                "The same run, after it has learned", "The answer's advice, torch-example, changes nothing here",
                "CosineEmbeddingCriterion, with a margin", "A learning rate too high",
                "What to do instead: a distance");
        At at = steps.get(9);
        MeasuredRun distance = at.main();
        MeasuredRun cosine = at.comparison();
        assertThat(distance.outputSize()).isEqualTo(1);
        assertThat(distance.spec().training().rule().id()).isEqualTo("hinge-embedding");
        learnedAt(at, "on its target's side of margin/2 at the end of pass " + NUM, distance);
        at.saysCount("\\(iteration " + NUM + "\\)", at.iteration());
        // The slope of |u − v| in 1-D is ±1 (1/(1 + 1e-6/d) with Torch's 1e-6): "a slope of ±1".
        at.says("\\|dd/du\\| = " + NUM, distance.dCduNorm());
        assertThat(Math.abs(distance.dCduNorm() - 1)).isLessThan(1e-3);
        // The same network with the cosine: no slope, and not one pass with every pair right.
        at.saysCount("on the right: " + NUM + " of 10 right", cosine.last().pairsRight());
        at.says("\\|dC/du\\| = " + NUM, cosine.dCduNorm());
        assertThat(cosine.dCduNorm()).isLessThan(1e-9);
        assertThat(cosine.firstLearnedPass()).isZero();
    }

    @Test
    void theVanishingLessonsFirstLayerReceivesLessThanAThousandthUnderTheSigmoidBoundAndRelusDoesNot()
            throws Exception {
        List<At> steps = play("vanishing-gradients.json", "Eight sigmoid layers on a circle: stuck at chance",
                "The gradient arriving at each layer", "The factor per layer: σ′ ≤ 0.25",
                "relu with he-normal passes it down", "Why the first layers learn last",
                "The output layer learns alone, then everything stops", "The relu stack learns the circle");
        At stuck = steps.get(0);
        assertThat(Math.abs(stuck.main().last().meanLoss() - stuck.main().chanceLoss())).isLessThan(1e-4);
        stuck.says("mean loss is " + NUM, stuck.main().last().meanLoss());
        stuck.says("class shares scores " + NUM, stuck.main().chanceLoss());
        examplesRight(stuck, "it has " + NUM + " of 200 right", stuck.main());
        examplesRight(stuck, "The relu stack has " + NUM + " of 200", stuck.comparison());
        assertThat(stuck.main().last().learned()).isFalse();
        assertThat(stuck.comparison().last().learned()).isTrue();

        At arriving = steps.get(1);
        MeasuredRun sigmoid = arriving.main();
        int top = sigmoid.layers().size();
        arriving.saysCount("\\(layer " + NUM + "\\)", top);
        arriving.says(NUM + " arrives at the output layer", sigmoid.layer(top).outputGrad());
        arriving.says(NUM + " at layer 1:", sigmoid.layer(1).outputGrad());
        arriving.says("layer 1 receives " + NUM, arrivingRatio(sigmoid));
        arriving.saysExactly("less than a thousandth");
        assertThat(arrivingRatio(sigmoid)).isPositive().isLessThan(THOUSANDTH);
        // The fixed run's first layer does not: the words are about the sigmoid stack alone.
        assertThat(arrivingRatio(arriving.comparison())).isGreaterThan(THOUSANDTH);
        arriving.says(NUM + " at the output layer,", sigmoid.layer(top).weightGrad());
        arriving.says(NUM + " at layer 1\\.", sigmoid.layer(1).weightGrad());

        At factor = steps.get(2);
        factor.says("shrinks by " + NUM + " per layer", layerFactor(factor.main()));
        assertThat(layerFactor(factor.main())).isLessThan(SIGMOID_BOUND);
        // Seven sigmoid layers (2 to 8) between what arrives at the output layer and at layer 1; σ′ alone lets
        // 0.25^7 = 6.1e-5 through, the stack less.
        long sigmoids = factor.main().layers().subList(1, top - 1).stream()
                .filter(l -> l.activation() == Activation.SIGMOID).count();
        assertThat(sigmoids).isEqualTo(7);
        factor.saysExactly("0.25^7 = 6.1e−5");
        factor.says("the stack lets through " + NUM, arrivingRatio(factor.main()));
        assertThat(arrivingRatio(factor.main())).isLessThan(Math.pow(SIGMOID_BOUND, 7));
        assertThat(factor.main().spec().network().layers().get(1).units()).isEqualTo(8);

        At relu = steps.get(3);
        MeasuredRun fixed = relu.comparison();
        assertThat(fixed.layer(1).activation()).isEqualTo(Activation.RELU);
        relu.says(NUM + " arrives at the output layer", fixed.layer(top).outputGrad());
        relu.says("and " + NUM + " at layer 1", fixed.layer(1).outputGrad());
        relu.says(NUM + " of it", arrivingRatio(fixed));
        relu.says(NUM + " per layer instead", layerFactor(fixed));
        relu.says("sigmoid stack's " + NUM, layerFactor(relu.main()));
        assertThat(arrivingRatio(fixed)).isGreaterThan(THOUSANDTH);

        At last = steps.get(4);
        last.says("ratios go from " + NUM, smallestRatio(last.main()));
        last.says("ratios go from [^ ]+ to " + NUM, largestRatio(last.main()));
        // "the smallest at layer 1": the first layer moves least, by less than a millionth of itself a step.
        assertThat(last.main().layer(1).updateRatio()).isEqualTo(smallestRatio(last.main())).isLessThan(1e-6);
        last.says("relu stack's: " + NUM, smallestRatio(last.comparison()));
        last.says("relu stack's: [^ ]+ to " + NUM, largestRatio(last.comparison()));
        assertThat(smallestRatio(last.comparison())).isGreaterThan(HEALTHY / BAND);

        At alone = steps.get(5);
        alone.says("layer 1's weight gradient is " + NUM, alone.main().layer(1).weightGrad());
        alone.says("the output layer's " + NUM, alone.main().layer(top).weightGrad());
        alone.says("mean loss is " + NUM, alone.main().last().meanLoss());
        // The output layer's gradient fell by orders of magnitude since the first iteration; now nothing moves.
        assertThat(alone.main().layer(top).weightGrad())
                .isLessThan(1e-3 * measure(alone.step().scenario(), true, 1).layer(top).weightGrad());
        assertThat(alone.main().largestWeightGrad()).isLessThan(1e-6);

        At learns = steps.get(6);
        learnedAt(learns, "every example right at pass " + NUM, learns.comparison());
        examplesRight(learns, "sigmoid stack has " + NUM + " of 200", learns.main());
        learns.says("mean loss of " + NUM, learns.main().last().meanLoss());
        assertThat(learns.main().firstLearnedPass()).isZero();
    }

    @Test
    void theDeadReluLessonsLayerIsDeadFromThePassItNamesForGoodAndLeakyReluLearnsAtTheSameRate()
            throws Exception {
        List<At> steps = play("dead-relus.json", "Learning rate 1.5: the first pass", "Pass 2: a whole layer is dead",
                "Dead for good: nothing arrives below", "A network that says the same for every point",
                "Leaky-relu at the same rate learns", "Or a smaller rate: seeing it coming", "The smaller rate learns");
        At first = steps.get(0);
        assertThat(first.main().passes()).hasSize(1);
        assertThat(first.main().last().totalDeadUnits()).isZero();
        first.saysExactly("No unit counts as dead yet, 0 of 32 hidden units");
        // "From iteration 10 on every weight gradient is exactly 0": at 9 one still moves, from 10 to the step's none.
        assertThat(measure(first.step().scenario(), true, 9).largestWeightGrad()).isPositive();
        first.saysCount("from iteration " + NUM + " on every weight gradient", 10);
        for (long i = 10; i <= first.iteration(); i++) {
            assertThat(measure(first.step().scenario(), true, i).largestWeightGrad()).as("iteration " + i).isZero();
        }
        first.says("mean loss over the pass is " + NUM, first.main().last().meanLoss());
        first.says("the leaky one's " + NUM, first.comparison().last().meanLoss());
        assertThat(first.comparison().layer(1).activation()).isEqualTo(Activation.LEAKY_RELU);

        At dead = steps.get(1);
        MeasuredRun relu = dead.main();
        dead.saysCount("The dead event marks pass " + NUM, relu.firstDeadPass());
        long named = Long.parseLong(dead.number("in pass " + NUM + " "));
        assertThat(named).isEqualTo(relu.last().pass());
        dead.saysCount(NUM + " of 16 units of layer 2 are dead", relu.last().deadUnits()[1]);
        int deadHidden = relu.last().deadUnits()[0] + relu.last().deadUnits()[1];
        dead.saysCount(NUM + " of 32 hidden units", deadHidden);
        // CS231n's "as much as 40%": here more.
        assertThat(deadHidden / 32.0).isGreaterThan(0.4);
        // At least a quarter of a layer dead from the pass the text names, in every pass after it, for good: held
        // over a hundred passes of a fresh run.
        MeasuredRun later = measure(dead.step().scenario(), true, 100 * relu.passLength());
        for (PassStats p : later.passes()) {
            if (p.pass() >= named) {
                assertThat(deadShare(later, p)).as("pass " + p.pass()).isGreaterThanOrEqualTo(0.25);
                assertThat(p.deadUnits()[1]).as("pass " + p.pass()).isEqualTo(16);
            } else {
                assertThat(p.totalDeadUnits()).as("pass " + p.pass() + ", before the dead event").isZero();
            }
        }
        assertThat(later.last().learned()).isFalse();

        At cut = steps.get(2);
        cut.says("arriving at layer 1 is " + NUM, cut.main().layer(1).outputGrad());
        assertThat(cut.main().layer(1).outputGrad()).isZero();
        cut.says("any layer is " + NUM, cut.main().largestWeightGrad());
        assertThat(cut.main().largestWeightGrad()).isZero();
        cut.saysCount("at pass " + NUM, cut.main().last().pass());
        cut.saysCount(NUM + " of 16 of layer 2 are still dead", cut.main().last().deadUnits()[1]);

        At constant = steps.get(3);
        // One colour: every example gets the same prediction, so the right ones are one class, here 100 of 200.
        examplesRight(constant, "and " + NUM + " of 200 right", constant.main());
        assertThat(constant.main().last().right()).isEqualTo(100);
        examplesRight(constant, "same rate has " + NUM + " of 200", constant.comparison());

        At leaky = steps.get(4);
        learnedAt(leaky, "every example right at pass " + NUM, leaky.comparison());
        leaky.says("learning rate " + NUM, leaky.comparison().spec().training().learningRate());
        assertThat(leaky.comparison().spec().training().learningRate())
                .isEqualTo(leaky.main().spec().training().learningRate());
        examplesRight(leaky, "relu network has " + NUM + " of 200", leaky.main());

        At coming = steps.get(5);
        coming.says("update ratios [^:]*: " + NUM, smallestRatio(coming.main()));
        coming.says("update ratios [^:]*: [^ ]+ to " + NUM, largestRatio(coming.main()));
        assertThat(smallestRatio(coming.main())).as("as large as the weights or nearly").isGreaterThan(0.1);
        coming.says("larger; " + NUM, smallestRatio(coming.comparison()));
        coming.says("larger; [^ ]+ to " + NUM, largestRatio(coming.comparison()));
        assertThat(coming.main().spec().training().learningRate()).isEqualTo(1.5);
        assertThat(coming.comparison().spec().training().learningRate()).isEqualTo(0.05);

        At smaller = steps.get(6);
        learnedAt(smaller, "every example is right at pass " + NUM, smaller.comparison());
        smaller.saysCount("with " + NUM + " of 16 of layer 2 dead", smaller.comparison().last().deadUnits()[1]);
        // Drawn dead: the same unit is dead in the first pass of both runs, and the dead event of both is pass 1.
        smaller.saysCount("the dead event of both is pass " + NUM, smaller.comparison().firstDeadPass());
        assertThat(smaller.main().firstDeadPass()).isEqualTo(smaller.comparison().firstDeadPass()).isEqualTo(1);
        assertThat(smaller.comparison().passes().get(0).deadUnits()[1]).isEqualTo(1);
        smaller.saysCount("At rate 1.5 " + NUM + " of 16", smaller.main().last().deadUnits()[1]);
        examplesRight(smaller, "dead and " + NUM + " of 200 right", smaller.main());
        // "Fewer than half": the guess is constant within a batch, but the output bias alone still gets a gradient.
        assertThat(smaller.main().last().right()).isLessThan(100);
        assertThat(smaller.main().layer(3).biasGrad()).isPositive();
        assertThat(smaller.main().largestWeightGrad()).isZero();
    }

    @Test
    void theSymmetryLessonsHiddenGradientsAreExactlyZeroItsLossIsLnTwoAndSigmoidsUnitsStayCopies()
            throws Exception {
        List<At> steps = play("zero-initialisation.json", "Every weight zero: nothing passes back",
                "The loss is ln 2 = 0.693147…, forever", "Random weights break the symmetry",
                "Sigmoid: zero weights, and yet the units move", "…but every unit stays a copy of the others",
                "The same network with random weights learns");
        At zero = steps.get(0);
        for (MeasuredRun.LayerRecord l : zero.main().layers()) {
            assertThat(l.weightGrad()).as("every layer's weight gradient, the output layer's too").isZero();
        }
        zero.saysExactly("weight gradient is exactly 0 at iteration 1");
        zero.says("largest: " + NUM, hidden(zero.comparison()).stream()
                .mapToDouble(MeasuredRun.LayerRecord::weightGrad).max().orElseThrow());

        At ln2 = steps.get(1);
        assertThat(ln2.text()).contains("ln 2 = " + Math.log(2)).contains("the loss is " + ln2.main().record().loss());
        assertThat(Math.abs(ln2.main().record().loss() - Math.log(2))).isLessThanOrEqualTo(1e-15);
        // Forever: every pass so far at ln 2 to the last digits, and every hidden gradient still 0.
        for (PassStats p : ln2.main().passes()) {
            assertThat(Math.abs(p.meanLoss() - Math.log(2))).as("pass " + p.pass()).isLessThanOrEqualTo(1e-15);
        }
        assertThat(hidden(ln2.main())).allMatch(l -> l.weightGrad() == 0);
        ln2.says("mean loss: " + NUM, ln2.comparison().last().meanLoss());
        // Rounding breaks the tie of the two scores: none right in pass 1 (a tie is not right), one class after.
        double roundingOnly = ln2.main().layer(3).biasGrad();
        ln2.says("bias's gradient is " + NUM, roundingOnly);
        assertThat(roundingOnly).isPositive().isLessThan(1e-15);
        assertThat(ln2.main().passes().get(0).right()).isZero();
        ln2.saysExactly("in pass 1 no example has its label's score strictly the largest, none right");
        for (PassStats p : ln2.main().passes().subList(1, ln2.main().passes().size())) {
            assertThat(p.right()).as("pass " + p.pass()).isEqualTo(100);
        }
        examplesRight(ln2, "the same class, " + NUM + " of 200 right", ln2.main());

        At breaks = steps.get(2);
        learnedAt(breaks, "every example right at pass " + NUM, breaks.comparison());
        examplesRight(breaks, "zero network has " + NUM + " of 200", breaks.main());
        assertThat(breaks.text()).contains("at a loss of " + breaks.main().record().loss());
        assertThat(Math.abs(breaks.main().record().loss() - Math.log(2))).isLessThanOrEqualTo(1e-15);

        At moves = steps.get(3);
        assertThat(moves.main().layer(1).activation()).isEqualTo(Activation.SIGMOID);
        moves.says("largest hidden weight gradient is " + NUM, hidden(moves.main()).stream()
                .mapToDouble(MeasuredRun.LayerRecord::weightGrad).max().orElseThrow());
        assertThat(moves.main().layers()).allMatch(l -> l.weightGrad() > 0);

        At copies = steps.get(4);
        for (MeasuredRun.LayerRecord l : hidden(copies.main())) {
            assertThat(l.copies()).as("every unit of every hidden layer a copy").isEqualTo(l.units());
        }
        assertThat(copies.text()).contains(copies.main().layer(1).copies() + " of 8 units of layer 1 are copies");
        examplesRight(copies, "circle: " + NUM + " of 200 right", copies.main());
        copies.says("mean loss " + NUM, copies.main().last().meanLoss());
        assertThat(copies.main().firstLearnedPass()).isZero();
        assertThat(copies.text()).contains("In the xavier network: " + copies.comparison().layer(1).copies()
                + " of 8");
        assertThat(hidden(copies.comparison())).allMatch(l -> l.copies() == 1);

        At random = steps.get(5);
        learnedAt(random, "every example right at pass " + NUM, random.comparison());
        random.saysCount("\\(iteration " + NUM + "\\)", random.iteration());
    }

    @Test
    void theInitialisationLessonsSpreadGrowsBySqrtHalfTheFanInTanhSaturatesAndTheFixesLearn() throws Exception {
        List<At> steps = play("initialisation-scale.json", "tanh with normal(0, 1): saturated",
                "Saturated, and the gradient grows toward the input", "Xavier learns; normal(0, 1) does not",
                "relu with normal(0, 1): the scale grows layer by layer",
                "Scores in the thousands, gradients in the hundreds", "Until the run diverges");
        At saturated = steps.get(0);
        saturated.saysPercent(NUM + "% of layer", mostSaturated(saturated.main()));
        saturated.saysCount("of layer " + NUM + "'s outputs", 1 + hidden(saturated.main()).stream()
                .map(MeasuredRun.LayerRecord::saturated).toList().indexOf(mostSaturated(saturated.main())));
        assertThat(mostSaturated(saturated.main())).isGreaterThan(0.5);
        saturated.saysPercent("saturated layer has " + NUM + "%", mostSaturated(saturated.comparison()));
        assertThat(mostSaturated(saturated.comparison())).isLessThan(0.05);
        // tanh′ = 1 − a² < 0.06 where |a| > 0.97: 1 − 0.97² = 0.0591.
        assertThat(1 - 0.97 * 0.97).isLessThan(0.06);

        At grows = steps.get(1);
        grows.says("layer 1 receives " + NUM + " times", arrivingRatio(grows.main()));
        assertThat(arrivingRatio(grows.main())).isGreaterThan(1);
        grows.says("ratios go from " + NUM, smallestRatio(grows.main()));
        grows.says("ratios go from [^ ]+ to " + NUM, largestRatio(grows.main()));
        assertThat(grows.main().layer(1).updateRatio()).as("far beyond the healthy ratio near the input")
                .isEqualTo(largestRatio(grows.main())).isGreaterThan(HEALTHY * BAND);
        grows.says("Xavier's: " + NUM + " times", arrivingRatio(grows.comparison()));
        grows.says("Xavier's: [^,]*, update ratios " + NUM, smallestRatio(grows.comparison()));
        grows.says("Xavier's: [^,]*, update ratios [^ ]+ to " + NUM, largestRatio(grows.comparison()));

        At xavier = steps.get(2);
        learnedAt(xavier, "every example right at pass " + NUM, xavier.comparison());
        examplesRight(xavier, "network has " + NUM + " of 200", xavier.main());
        xavier.says("mean loss of " + NUM, xavier.main().last().meanLoss());
        assertThat(xavier.main().firstLearnedPass()).isZero();
        // "most of its units sit at ±1": more than half of every hidden layer's outputs saturated.
        assertThat(hidden(xavier.main())).allMatch(l -> l.saturated() > 0.5);

        At spread = steps.get(3);
        MeasuredRun relu = spread.main();
        int lastHidden = relu.layers().size() - 1;
        assertThat(lastHidden).isEqualTo(4);
        String stds = spread.number("std ([0-9][0-9., e−]*[0-9]) from layer 1");
        String[] written = stds.split(", ");
        assertThat(written).hasSize(lastHidden);
        for (int l = 1; l <= lastHidden; l++) {
            assertThat(SentencesAgreeWithRunsTest.agrees(written[l - 1], relu.layer(l).std())).as("layer " + l)
                    .isTrue();
        }
        double growth = Math.pow(relu.layer(lastHidden).std() / relu.layer(1).std(), 1.0 / (lastHidden - 1));
        spread.says("×" + NUM + " a layer\\.", growth);
        // About √(fan_in / 2) = √32 = 5.66 a layer, as the text says: within 10%.
        spread.saysExactly("√(64/2) = 5.7");
        assertThat(growth / Math.sqrt(32)).isBetween(0.9, 1.1);
        MeasuredRun he = spread.comparison();
        double heGrowth = Math.pow(he.layer(lastHidden).std() / he.layer(1).std(), 1.0 / (lastHidden - 1));
        spread.says("undoes it: ×" + NUM, heGrowth);
        assertThat(heGrowth).isBetween(0.5, 2.0);

        At scores = steps.get(4);
        assertThat(scores.main().layer(relu.layers().size()).std()).as("scores spread over thousands")
                .isGreaterThan(1000);
        scores.says("first batch's loss is " + NUM, scores.main().record().loss());
        scores.says("by " + NUM + " a layer", layerFactor(scores.main()));
        assertThat(layerFactor(scores.main())).isGreaterThan(1);
        scores.says("layer 1 receives " + NUM + " times", arrivingRatio(scores.main()));
        scores.says("largest weight gradient is " + NUM, scores.main().largestWeightGrad());
        assertThat(scores.main().layers()).as("gradients in the hundreds").allMatch(l -> l.weightGrad() >= 100);
        scores.says("update ratios, " + NUM, smallestRatio(scores.main()));
        assertThat(smallestRatio(scores.main())).as("far over the healthy ratio").isGreaterThan(HEALTHY * BAND);
        scores.says("He-normal's first loss: " + NUM, scores.comparison().record().loss());

        At diverges = steps.get(5);
        assertThat(diverges.main().divergedAt()).isPositive().isLessThan(diverges.iteration());
        diverges.saysCount("diverged at iteration " + NUM, diverges.main().divergedAt());
        learnedAt(diverges, "every example right at pass " + NUM, diverges.comparison());
    }
}
