package org.gradflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.DoubleStream;
import java.util.stream.Stream;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.prefs.Preferences;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gradflow.engine.Activation;
import org.gradflow.engine.Head;
import org.gradflow.engine.PassStats;
import org.gradflow.engine.Scenario;
import org.gradflow.plot.Badge;
import org.gradflow.plot.Explanation;
import org.gradflow.plot.Lesson;
import org.gradflow.plot.LessonReader;
import org.gradflow.testing.Await;
import org.gradflow.testing.BuiltNetworks;
import org.gradflow.testing.MeasuredRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every sentence the window writes about a run (the explanation's headline and diagnoses, the badges, the banner
 * over a diverged run, the status lines, the run titles, the lesson's texts, the examples' lines and the title) is
 * held against that run measured apart from the window ({@link MeasuredRun}: fresh trainers, the design's passes
 * and the per-layer records of the iteration shown), for every shipped example when opened, at 1, 20, 100, 2,500
 * and 10,000, every step of every bundled lesson at its iteration (the seed's also at 10,000), three networks
 * built for the states no example is in, and two settings a teacher reaches with the sliders. A claim ("has
 * learned since pass 14", "is learning", "0.05 arrives at layer 9 (the output), 1.3e−8 at layer 1", "15 of the 16
 * units of layer 2 are dead in pass 2", "Mean loss 0.693147 = ln 2") must be true of the run it names, and every
 * kind of claim checked here must be made by some sentence, so that none of the checks holds vacuously.
 */
class SentencesAgreeWithRunsTest {
    private static final long LATE = 10_000;
    /** The names RunNames gives runs that nothing tells apart. */
    private static final List<String> PLAIN = List.of("main", "comparison");
    private final MainViewModel vm = new MainViewModel(Scenario.DEFAULT, Runnable::run, System::nanoTime,
            new UserState(Preferences.userRoot().node("org/gradflow-tests/sentences")));
    private final List<String> wrong = new ArrayList<>();
    /** The claims some sentence made: each must be made somewhere, or its check holds nothing. */
    private final Set<String> heard = new HashSet<>();

    @AfterEach
    void close() {
        vm.close();
    }

    /** A sentence, where it was written, and the runs it may speak of. */
    private record Words(String where, String text, List<MeasuredRun> runs) {
    }

    /** A kind of claim: its words, and what must be true of a run for them to hold (null) or why not. */
    private record Claim(Pattern words, BiFunction<Matcher, MeasuredRun, String> check) {
        Claim(String regex, BiFunction<Matcher, MeasuredRun, String> check) {
            this(Pattern.compile(regex), check);
        }
    }

    /** A number as the window writes it: 0.05, 1.3e−8, 1,400, 5.7. */
    private static final String NUM = "([0-9][0-9,.]*(?:e−?[0-9]+)?|0)";
    /** The healthy update ratio and its band, as {@code LayerReadings} holds them (1e-3, a factor of 10). */
    private static final double HEALTHY = 1e-3;
    private static final double BAND = 10;

    /**
     * Claims of sentences that were wrong once (issue 21) and are no longer written: held against the runs should
     * they come back, but not required to be made.
     */
    private static final List<Claim> GUARDS = List.of(
            new Claim("every pair right from pass ([\\d,]+)", (m, r) -> r.firstLearnedPass() == count(m.group(1))
                    && r.lostSinceLearned().isEmpty() ? null
                    : "first learned " + r.firstLearnedPass() + ", lost since in "
                            + passNumbers(r.lostSinceLearned())),
            new Claim("every gradient is exactly 0", (m, r) -> r.largestGradNorm() == 0 && r.dCduNorm() == 0 ? null
                    : "its gradients at iteration " + r.shown() + " are up to " + r.largestGradNorm()),
            new Claim("([0-9][^ ,]*[0-9]),? is Torch's (?:eps|ε)", (m, r) -> agrees(m.group(1), 1e-12) ? null
                    : m.group(1) + " is not eps, 1e-12"));

    private static final List<Claim> CLAIMS = List.of(
            new Claim("every (?:pair on its target's side(?: of d = [0-9.]+)?|example right) since pass ([\\d,]+)",
                    (m, r) -> {
                        long since = count(m.group(1));
                        boolean all = r.passes().stream().filter(p -> p.pass() >= since).allMatch(PassStats::learned);
                        return since == r.firstLearnedPass() && all ? null
                                : "passes since " + since + " not all learned (first learned " + r.firstLearnedPass()
                                        + ", lost since in " + passNumbers(r.lostSinceLearned()) + ")";
                    }),
            new Claim("on its target's side of d = " + NUM, (m, r) -> agrees(m.group(1),
                    r.spec().training().margin() / 2) ? null
                    : "half the margin is " + r.spec().training().margin() / 2),
            new Claim("(?<!first )(?:has learned|every (?:pair|example) right after pass)", (m, r) ->
                    r.last() != null && r.last().learned() ? null : "last pass " + describe(r.last())),
            // What dead units do: a whole layer dead stops it and every layer below it.
            new Claim("No gradient gets past layer (\\d+): no weight of it or below it moves again", (m, r) -> {
                int layer = (int) count(m.group(1));
                boolean stopped = r.last() != null && r.last().deadUnits()[layer - 1] == r.layer(layer).units();
                for (int l = 1; l <= layer; l++) {
                    stopped &= r.layer(l).weightGrad() == 0;
                }
                return stopped ? null : "weight gradients " + weightGrads(r);
            }),
            new Claim("is learning", (m, r) -> r.atNewLowestLoss() ? null
                    : "the last pass is not a new lowest loss: " + lossHistory(r)),
            // "Slowly": at the last pass's fall the mean loss would take over 1,000 iterations (ten of the seed's
            // passes) to halve.
            new Claim("is learning(, slowly)?", (m, r) -> (m.group(1) != null)
                    == (passesToHalve(r) * r.passLength() > 1_000) ? null
                    : "halves in " + passesToHalve(r) + " passes: " + lossHistory(r)),
            new Claim("not learning now", (m, r) -> !r.atNewLowestLoss() ? null
                    : "the last pass is a new lowest loss: " + lossHistory(r)),
            new Claim("(\\d+) of (\\d+) (?:pairs|examples) right", (m, r) -> r.last() != null
                    && r.last().pairsRight() == count(m.group(1)) && r.last().pairCount() == count(m.group(2)) ? null
                    : "last pass " + describe(r.last())),
            new Claim("Mean loss (\\S+) → (\\S+) over the last pass", (m, r) -> r.previous() != null
                    && agrees(m.group(1), r.previous().meanLoss()) && agrees(m.group(2), r.last().meanLoss()) ? null
                    : "passes " + describe(r.previous()) + ", " + describe(r.last())),
            new Claim("(?<!lowest )(?<!Mean )mean loss (?:of that pass is |of )?([0-9][^ ;,)]*[0-9])", (m, r) ->
                    r.last() != null && agrees(m.group(1), r.last().meanLoss()) ? null
                            : "last pass " + describe(r.last())),
            new Claim("lowest mean loss was (\\S+), in pass ([\\d,]+)", (m, r) -> agrees(m.group(1),
                    r.lowestLoss().meanLoss()) && r.lowestLoss().pass() == count(m.group(2)) ? null
                    : "lowest " + describe(r.lowestLoss())),
            new Claim("most (?:pairs|examples) right (\\d+), in pass ([\\d,]+)", (m, r) -> r.mostRight().pairsRight()
                    == count(m.group(1)) && r.mostRight().pass() == count(m.group(2)) ? null
                    : "most right " + describe(r.mostRight())),
            new Claim("(?:first learned|learned|learns) at pass ([\\d,]+)", (m, r) ->
                    r.firstLearnedPass() == count(m.group(1)) ? null : "first learned " + r.firstLearnedPass()),
            new Claim("every pair (?:is )?right (?:at|in) pass ([\\d,]+)", (m, r) ->
                    r.firstLearnedPass() == count(m.group(1)) ? null : "first learned " + r.firstLearnedPass()),
            new Claim("unlearns at ([\\d,]+)", (m, r) -> r.passes().stream().anyMatch(p -> p.pass()
                    == count(m.group(1)) && !p.learned() && r.firstLearnedPass() < p.pass()) ? null
                    : "pass " + m.group(1) + " not a pass lost after learning"),
            new Claim("has had (?:a pair|an example) wrong in (\\d+) pass(?:es)? since", (m, r) ->
                    r.lostSinceLearned().size() == count(m.group(1)) ? null
                            : "lost in " + passNumbers(r.lostSinceLearned())),
            new Claim("climbs back up", (m, r) -> r.firstLearnedPass() > 0 && r.passes().stream().anyMatch(p ->
                    p.pass() > r.firstLearnedPass()
                    && p.meanLoss() > r.passes().get((int) r.firstLearnedPass() - 1).meanLoss()) ? null
                    : "no pass after the first learned one has a higher loss"),
            new Claim("Lower the (?:learning )?rate", (m, r) -> r.divergedAt() > 0 && !r.singular() ? null
                    : r.singular() ? "it is at u = 0, the eps spike, not a learning rate problem" : "not diverged"),
            new Claim("u = 0", (m, r) -> r.singular() ? null : "|u|² is not below 1e-10 at " + r.shown()),
            new Claim("[Dd]iverged (?:at iteration )?([\\d,]+)?", (m, r) -> r.divergedAt() > 0
                    && (m.group(1) == null || r.divergedAt() == count(m.group(1))) ? null
                    : "diverged at " + r.divergedAt()),
            new Claim("one step of learning rate " + NUM, (m, r) -> agrees(m.group(1),
                    r.spec().training().learningRate()) ? null : "its rate is " + r.spec().training().learningRate()),
            new Claim("the learning rate " + NUM + " is too high", (m, r) -> agrees(m.group(1),
                    r.spec().training().learningRate()) ? null : "its rate is " + r.spec().training().learningRate()),
            new Claim("\\|d[Cd]/du\\| = ([0-9][^ ,;)]*[0-9]|0)(?![,.]\\d)", (m, r) -> agrees(m.group(1),
                    r.dCduNorm()) ? null : "|dC/du| is " + r.dCduNorm()),
            new Claim("(?<![|/(] ?)\\bC = ((?:1 − |−1 \\+ )?[−0-9][^ ,;)]*[0-9])", (m, r) ->
                    agreesCosine(m.group(1), r.cosine()) ? null : "C is " + r.cosine()),
            new Claim("(?<!of )\\bd = " + NUM + " ·", (m, r) -> agrees(m.group(1), r.record().distance()) ? null
                    : "d is " + r.record().distance()),
            new Claim("gradient ≈ 0", (m, r) -> (r.siamese() ? r.dCduNorm() < 1e-6 && r.dCdvNorm() < 1e-6
                    : r.largestGradNorm() < 1e-6) ? null
                    : "|dC/du| " + r.dCduNorm() + ", |dC/dv| " + r.dCdvNorm() + ", largest weight or bias gradient "
                            + r.largestGradNorm()),
            new Claim("masked ([\\d,]+) of ([\\d,]+) iterations", (m, r) -> r.masked() == count(m.group(1))
                    && r.shown() == count(m.group(2)) ? null : "masked " + r.masked() + " of " + r.shown()),
            new Claim("after pass ([\\d,]+)|now \\(pass ([\\d,]+)\\)", (m, r) -> r.last() != null && r.last().pass()
                    == count(m.group(1) != null ? m.group(1) : m.group(2)) ? null : "last pass " + describe(r.last())),
            new Claim("in the first pass \\(([\\d,]+) of ([\\d,]+) iterations\\)", (m, r) -> r.shown()
                    == count(m.group(1)) && r.passLength() == count(m.group(2)) ? null
                    : "iteration " + r.shown() + " of " + r.passLength()),
            new Claim("sits at \\+1 or -1", (m, r) -> r.widestGap() < 1e-6 ? null
                    : "C came " + r.widestGap() + " from ±1"),
            new Claim("1-D outputs", (m, r) -> r.outputSize() == 1 ? null : "D = " + r.outputSize()),
            // A single network's status line: its batch, the batch's loss and how many of it were right.
            new Claim("batch (\\d+) of ([\\d,]+) ·", (m, r) -> r.record().batch() == count(m.group(1))
                    && r.passLength() == count(m.group(2)) ? null
                    : "batch " + r.record().batch() + " of " + r.passLength()),
            new Claim("all ([\\d,]+) examples ·", (m, r) -> r.record().size() == count(m.group(1))
                    && r.passLength() == 1 ? null : "batches of " + r.record().size()),
            new Claim("loss " + NUM + " · (\\d+) of (\\d+) right", (m, r) -> agrees(m.group(1), r.record().loss())
                    && r.record().right() == count(m.group(2)) && r.record().size() == count(m.group(3)) ? null
                    : "loss " + r.record().loss() + ", " + r.record().right() + " of " + r.record().size()),
            new Claim("loss " + NUM + " on this batch", (m, r) -> agrees(m.group(1), r.record().loss()) ? null
                    : "loss " + r.record().loss()),
            new Claim("the first step's weight gradient is " + NUM + " at layer 1 and " + NUM + " at layer (\\d+)",
                    (m, r) -> agrees(m.group(1), r.layer(1).weightGrad()) && r.layers().size() == count(m.group(3))
                            && agrees(m.group(2), r.layer(r.layers().size()).weightGrad()) ? null
                            : "weight gradients " + weightGrads(r)),
            // Vanishing: what arrives at the output layer and at layer 1, their ratio, the factor per layer.
            new Claim(NUM + " arrives at layer (\\d+) \\(the output\\), " + NUM + " at layer 1 \\(" + NUM
                    + " of it\\), about " + NUM + " per layer", (m, r) -> {
                        int top = r.layers().size();
                        double ratio = r.layer(1).outputGrad() / r.layer(top).outputGrad();
                        return count(m.group(2)) == top && agrees(m.group(1), r.layer(top).outputGrad())
                                && agrees(m.group(3), r.layer(1).outputGrad()) && agrees(m.group(4), ratio)
                                && agrees(m.group(5), Math.pow(ratio, 1.0 / (top - 1))) && ratio < 1e-3 ? null
                                : "arriving " + arriving(r);
                    }),
            new Claim("vanishes on its way down \\(×" + NUM + " by layer 1\\)|vanishing \\(×" + NUM + "\\)",
                    (m, r) -> {
                        double ratio = r.layer(1).outputGrad() / r.layer(r.layers().size()).outputGrad();
                        return agrees(m.group(1) != null ? m.group(1) : m.group(2), ratio) && ratio < 1e-3
                                && ratio > 0 ? null : "arriving " + arriving(r);
                    }),
            new Claim("σ′ ≤ 0.25 at every sigmoid layer", (m, r) -> r.layers().subList(0, r.layers().size() - 1)
                    .stream().allMatch(l -> l.activation() == Activation.SIGMOID) ? null : "not a sigmoid stack"),
            // Dead units: how many of which layer, in which pass, and the dead event.
            new Claim("(\\d+) of the (\\d+) units of layer (\\d+) (?:are dead in pass ([\\d,]+)|dead)"
                    + "(?:: [^(]*\\((\\d+) more in other layers\\))?", (m, r) -> {
                        int layer = (int) count(m.group(3));
                        // "are dead in pass 2" speaks of that pass, "has 16 of the 16 units of layer 2 dead" of
                        // the last.
                        PassStats pass = m.group(4) == null ? r.last() : count(m.group(4)) <= r.passes().size()
                                ? r.passes().get((int) count(m.group(4)) - 1) : null;
                        if (pass == null) {
                            return "no such pass: " + r.passes().size() + " passed";
                        }
                        int dead = pass.deadUnits()[layer - 1];
                        boolean more = m.group(5) == null || pass.totalDeadUnits() - dead == count(m.group(5));
                        return dead == count(m.group(1)) && r.layer(layer).units() == count(m.group(2)) && more ? null
                                : "pass " + pass.pass() + " dead " + Arrays.toString(pass.deadUnits());
                    }),
            new Claim("The first died in pass ([\\d,]+)", (m, r) -> r.firstDeadPass() == count(m.group(1)) ? null
                    : "the first dead unit was in pass " + r.firstDeadPass()),
            new Claim("(\\d+) dead units?", (m, r) -> r.last() != null && r.last().totalDeadUnits()
                    == count(m.group(1)) ? null : "dead " + (r.last() == null ? "none" : r.last().totalDeadUnits())),
            new Claim("Every unit of layer (\\d+) has an input ≤ 0 on this batch", (m, r) -> {
                MeasuredRun.LayerRecord l = r.layer((int) count(m.group(1)));
                return l.activation() == Activation.RELU && l.saturated() == 1 ? null
                        : "saturated " + l.saturated();
            }),
            // Symmetry: units that are copies of one another, hidden gradients exactly 0.
            new Claim("every hidden unit is a copy of the others in its layer(?: \\((\\d+) of (\\d+) in)?", (m, r) ->
                    hidden(r).stream().allMatch(l -> l.copies() == l.units() && (m.group(1) == null
                            || l.units() == count(m.group(2)) && l.copies() == count(m.group(1)))) ? null
                            : "copies " + copies(r)),
            new Claim("(\\d+) of the (\\d+) units of layer (\\d+) are copies", (m, r) -> {
                MeasuredRun.LayerRecord l = r.layer((int) count(m.group(3)));
                return l.copies() == count(m.group(1)) && l.units() == count(m.group(2)) ? null : "copies " + copies(r);
            }),
            // The badge counts them over every hidden layer: the units that are a copy of another in their layer.
            new Claim("(\\d+) units are copies", (m, r) -> hidden(r).stream().mapToInt(l -> l.copies() > 1
                    ? l.copies() : 0).sum() == count(m.group(1)) ? null : "copies " + copies(r)),
            new Claim("hidden units are copies of one another", (m, r) -> hidden(r).stream()
                    .anyMatch(l -> l.copies() > 1) ? null : "copies " + copies(r)),
            new Claim("every hidden layer's weight gradient is exactly 0", (m, r) -> hidden(r).stream()
                    .allMatch(l -> l.weightGrad() == 0) ? null : "weight gradients " + weightGrads(r)),
            new Claim("every layer's weight gradient is exactly 0", (m, r) -> r.largestWeightGrad() == 0 ? null
                    : "weight gradients " + weightGrads(r)),
            new Claim("every layer's weight gradient is under 1e−6 \\(the largest " + NUM + "\\)", (m, r) ->
                    r.largestWeightGrad() < 1e-6 && agrees(m.group(1), r.largestWeightGrad()) ? null
                            : "weight gradients " + weightGrads(r)),
            new Claim("has stalled", (m, r) -> r.largestWeightGrad() < 1e-6 ? null
                    : "weight gradients " + weightGrads(r)),
            // Chance: the mean loss of the last pass at the loss of guessing by the class shares.
            new Claim("Mean loss " + NUM + " (=|≈) (ln 2|" + NUM + "), chance", (m, r) -> {
                double chance = r.chanceLoss();
                boolean named = m.group(3).equals("ln 2") ? Math.abs(chance - Math.log(2)) <= 1e-15
                        : agrees(m.group(4), chance);
                double off = Math.abs(r.last().meanLoss() - chance);
                return agrees(m.group(1), r.last().meanLoss()) && named
                        && (m.group(2).equals("=") ? off <= 1e-15 : off < 0.01) ? null
                        : "mean loss " + r.last().meanLoss() + ", chance " + chance;
            }),
            new Claim("stalled at chance", (m, r) -> Math.abs(r.last().meanLoss() - r.chanceLoss()) < 0.01 ? null
                    : "mean loss " + r.last().meanLoss() + ", chance " + r.chanceLoss()),
            // The spread of the activations and their saturation.
            new Claim("their spread is std " + NUM + " at layer 1 and " + NUM + " at layer (\\d+), about ×" + NUM
                    + " a layer", (m, r) -> {
                        int top = (int) count(m.group(3));
                        double growth = Math.pow(r.layer(top).std() / r.layer(1).std(), 1.0 / (top - 1));
                        return agrees(m.group(1), r.layer(1).std()) && agrees(m.group(2), r.layer(top).std())
                                && agrees(m.group(4), growth) && top == r.layers().size() - 1 && growth > 2 ? null
                                : "stds " + stds(r);
                    }),
            new Claim("activations grow ×" + NUM + " a layer", (m, r) -> {
                int top = r.layers().size() - 1;
                double growth = Math.pow(r.layer(top).std() / r.layer(1).std(), 1.0 / (top - 1));
                return agrees(m.group(1), growth) ? null : "stds " + stds(r);
            }),
            new Claim("(\\d+)% of layer (\\d+)'s ([a-z-]+) outputs are saturated", (m, r) -> {
                MeasuredRun.LayerRecord l = r.layer((int) count(m.group(2)));
                return Math.round(100 * l.saturated()) == count(m.group(1))
                        && l.activation().id().equals(m.group(3)) && l.saturated() > 0.5 ? null
                        : "saturated " + l.saturated() + " of " + l.activation();
            }),
            // Update ratios: the range over the layers, and how it stands to the healthy 1e-3.
            new Claim("[Uu]pdate ratios " + NUM + " to " + NUM + "(, near the healthy|: steps over|, under)?",
                    (m, r) -> {
                        double low = ratios(r).min().orElse(Double.NaN);
                        double high = ratios(r).max().orElse(Double.NaN);
                        String how = m.group(3) == null ? "" : m.group(3);
                        boolean said = how.contains("near") ? low >= HEALTHY / BAND && high <= HEALTHY * BAND
                                : how.contains("over") ? high > HEALTHY * BAND
                                : !how.contains("under") || high < HEALTHY / BAND;
                        return agrees(m.group(1), low) && agrees(m.group(2), high) && said ? null
                                : "update ratios " + low + " to " + high;
                    }),
            new Claim("update ratios up to " + NUM + ", over", (m, r) -> {
                double high = ratios(r).max().orElse(Double.NaN);
                return agrees(m.group(1), high) && high > HEALTHY * BAND ? null : "largest update ratio " + high;
            }));

    /** Scenarios built for a state: name, file, iterations to look at. */
    private static final String[][] BUILT = {
        {"saturated", BuiltNetworks.SATURATED_TANH, "1,100"},
        {"unstable", BuiltNetworks.STEPS_TOO_LARGE, "3"},
        {"copies", BuiltNetworks.TWO_COPIES, "0,5,100"}};

    @TempDir
    Path folder;

    @Test
    void everySentenceOfEveryExampleLessonStepAndSettingHoldsForTheRunItNames() throws Exception {
        for (Example example : Example.ALL) {
            Scenario s = example.load();
            assertThat(vm.openExample(example)).isTrue();
            String said = vm.status().messageProperty().get();
            settle(0);
            check("example " + example.file() + " at 0", s, 0, null);
            // The example's line promises what the run will do: held against it at 10,000.
            for (long at : new long[] {1, 20, 100, 2_500, LATE}) {
                vm.transport().seek(at);
                settle(at);
                check("example " + example.file() + " at " + at, s, at, at == LATE ? said : null);
            }
        }
        // Every bundled lesson's steps at their iterations; the seed's also at 10,000 (the examples' runs of the
        // other lessons are held at 10,000 above).
        for (BundledLesson bundled : BundledLesson.ALL) {
            Lesson lesson = new LessonReader().readResource(bundled.file());
            vm.lesson().open(lesson);
            for (Lesson.Step step : lesson.steps()) {
                String where = bundled.file() + " step " + step.number();
                Await.until(where + " filled in", 60, () -> {
                    settleQuietly();
                    return vm.lesson().target() >= 0 && !vm.lesson().textProperty().get().contains("…");
                });
                check(where + " at " + vm.lesson().target(), step.scenario(), vm.lesson().target(),
                        vm.lesson().textProperty().get());
                if (bundled == BundledLesson.ALL.get(0)) {
                    vm.transport().seek(LATE);
                    settle(LATE);
                    check(where + " at " + LATE, step.scenario(), LATE, null);
                }
                vm.lesson().next();
            }
            vm.lesson().close();
        }
        // Networks a teacher builds beyond the examples, one for each state no example is in at the iterations
        // above: units saturated by a normal(0, 1) init, steps too large, two units that are copies of one another.
        for (String[] built : BUILT) {
            Path file = folder.resolve(built[0] + ".json");
            Files.writeString(file, built[1]);
            assertThat(vm.open(file)).as(built[0]).isTrue();
            Scenario s = vm.scenario();
            for (String at : built[2].split(",")) {
                long iteration = Long.parseLong(at);
                vm.transport().seek(iteration);
                settle(iteration);
                check(built[0] + " at " + iteration, s, iteration, null);
            }
        }
        // Settings a teacher reaches with the sliders: two runs of more than one output.
        for (int[] sizes : new int[][] {{6, 6}, {2, 6}}) {
            vm.openExample(Example.ALL.get(0));
            vm.network().outputSizeProperty().set(sizes[0]);
            vm.compare().outputSizeProperty().set(sizes[1]);
            Scenario s = vm.scenario();
            for (long at : new long[] {0, LATE}) {
                vm.transport().seek(at);
                settle(at);
                check("D = " + sizes[0] + " and " + sizes[1] + " at " + at, s, at, null);
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(CLAIMS.stream().map(c -> c.words().pattern()).filter(c -> !heard.contains(c)).toList())
                .as("claims no sentence made").isEmpty();
    }

    private void settle(long iteration) throws Exception {
        vm.simulation().whenIdle().get(60, TimeUnit.SECONDS);
        vm.refresh();
        assertThat(vm.comparisonRun().frame().present() ? Math.max(vm.mainRun().frame().iteration(),
                vm.comparisonRun().frame().iteration()) : vm.mainRun().frame().iteration()).isEqualTo(iteration);
    }

    private void settleQuietly() {
        try {
            vm.simulation().whenIdle().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        vm.refresh();
    }

    /** Every sentence the window shows now, against both runs of {@code s} measured at {@code iteration}. */
    private void check(String where, Scenario s, long iteration, String aboutBoth) {
        MeasuredRun left = MeasuredRun.of(s, true, iteration);
        // A scenario of one run has no comparison: every sentence is about the main run.
        MeasuredRun right = s.hasComparison() ? MeasuredRun.of(s, false, iteration) : left;
        List<Words> words = new ArrayList<>();
        Explanation e = vm.explanationProperty().get();
        String[] body = e.body().split("\n");
        assertThat(body).as(where + ": one diagnosis a run").hasSize(s.hasComparison() ? 2 : 1);
        words.add(new Words(where + ", diagnosis of the left run", body[0], List.of(left)));
        if (s.hasComparison()) {
            words.add(new Words(where + ", diagnosis of the right run", body[1], List.of(right)));
        }
        for (String clause : e.headline().split("; |(?<=\\.) ")) {
            words.add(new Words(where + ", headline", clause, named(clause, left, right)));
        }
        for (boolean isLeft : s.hasComparison() ? new boolean[] {true, false} : new boolean[] {true}) {
            RunViewModel run = isLeft ? vm.mainRun() : vm.comparisonRun();
            MeasuredRun measured = isLeft ? left : right;
            String side = isLeft ? "left" : "right";
            for (Badge badge : run.badges()) {
                words.add(new Words(where + ", " + side + " badge", badge.text(), List.of(measured)));
            }
            if (run.divergenceProperty().get() != null) {
                words.add(new Words(where + ", " + side + " banner", run.divergenceProperty().get(),
                        List.of(measured)));
            }
            words.add(new Words(where + ", " + side + " status", run.statusProperty().get(), List.of(measured)));
            String title = (isLeft ? "Main run" : "Comparison run") + (PLAIN.contains(measured.name()) ? ""
                    : " · " + measured.name()) + (measured.siamese() && !measured.name().startsWith("D = ")
                    ? " · D = " + measured.outputSize() : "");
            if (!run.titleProperty().get().equals(title)) {
                wrong.add(where + ", " + side + " title: '" + run.titleProperty().get() + "' for the run named '"
                        + measured.name() + "'");
            }
        }
        words.add(new Words(where + ", title", vm.titleProperty().get(), List.of(left, right)));
        // The window's title names the runs: by their D for the seed's comparison of output sizes, else by what
        // tells them apart.
        String network = "GradFlow · " + s.rule().id() + " · " + s.network().shape();
        boolean bySize = left.name().startsWith("D = ") || PLAIN.contains(left.name());
        String runs = !s.hasComparison() ? network
                : bySize && s.rule().head() == Head.COSINE
                ? "D = " + left.outputSize() + " vs D = " + right.outputSize()
                : bySize ? network : left.name() + " vs " + right.name();
        if (!vm.titleProperty().get().contains(runs)) {
            wrong.add(where + ", title: '" + vm.titleProperty().get() + "' does not name " + runs);
        }
        if (aboutBoth != null) {
            for (String sentence : aboutBoth.split("(?<=[.:]) ")) {
                words.add(new Words(where + ", text", sentence, named(sentence, left, right)));
            }
        }
        for (Words w : words) {
            for (Claim claim : Stream.concat(CLAIMS.stream(), GUARDS.stream()).toList()) {
                Matcher m = claim.words().matcher(w.text());
                while (m.find()) {
                    heard.add(claim.words().pattern());
                    List<String> why = new ArrayList<>();
                    for (MeasuredRun run : w.runs()) {
                        String problem = claim.check().apply(m, run);
                        if (problem == null) {
                            why.clear();
                            break;
                        }
                        why.add("D = " + run.outputSize() + ": " + problem);
                    }
                    if (!why.isEmpty()) {
                        wrong.add(w.where() + ": '" + m.group() + "' in \"" + w.text() + "\" but " + why);
                    }
                }
            }
        }
    }

    /**
     * The runs a sentence names, by their D ("the 6-D run" counts) or as "the relu, he-normal run", or both when it
     * names neither.
     */
    private static List<MeasuredRun> named(String sentence, MeasuredRun left, MeasuredRun right) {
        List<MeasuredRun> named = new ArrayList<>();
        String lower = sentence.toLowerCase(Locale.ROOT);
        for (MeasuredRun r : List.of(left, right)) {
            if (lower.contains("the " + r.name().toLowerCase(Locale.ROOT) + " run")) {
                named.add(r);
            }
        }
        if (!named.isEmpty()) {
            return named;
        }
        for (MeasuredRun r : List.of(left, right)) {
            if (sentence.contains("D = " + r.outputSize()) || sentence.contains(r.outputSize() + "-D")) {
                named.add(r);
            }
        }
        return named.isEmpty() ? List.of(left, right) : named;
    }

    private static List<MeasuredRun.LayerRecord> hidden(MeasuredRun r) {
        return r.layers().subList(0, r.layers().size() - 1);
    }

    private static DoubleStream ratios(MeasuredRun r) {
        return r.layers().stream().mapToDouble(MeasuredRun.LayerRecord::updateRatio).filter(Double::isFinite);
    }

    private static String weightGrads(MeasuredRun r) {
        return r.layers().stream().map(l -> String.valueOf(l.weightGrad())).toList().toString();
    }

    private static String arriving(MeasuredRun r) {
        return r.layers().stream().map(l -> String.valueOf(l.outputGrad())).toList().toString();
    }

    private static String copies(MeasuredRun r) {
        return r.layers().stream().map(l -> l.copies() + " of " + l.units()).toList().toString();
    }

    private static String stds(MeasuredRun r) {
        return r.layers().stream().map(l -> String.valueOf(l.std())).toList().toString();
    }

    private static long count(String digits) {
        return Long.parseLong(digits.replace(",", ""));
    }

    /**
     * Whether a number as written ("0.9789", "1.4e−11", "5.68e−4", "1,400") is {@code value} to the digits it
     * shows: within half a unit of its last digit.
     */
    static boolean agrees(String written, double value) {
        String t = written.replace('−', '-').replace(",", "");
        double shown;
        try {
            shown = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return false;
        }
        String mantissa = t.replaceFirst("[eE].*", "").replace("-", "").replace(".", "").replaceFirst("^0+", "");
        int digits = Math.max(1, mantissa.length());
        double unit = shown == 0 ? 1e-300 : Math.pow(10, Math.floor(Math.log10(Math.abs(shown))) - digits + 1);
        return Math.abs(shown - value) <= 0.5 * unit * (1 + 1e-9) + Math.ulp(value);
    }

    /** C as the window writes it: "1 − 4.7e−12" and "−1 + 1e−11" near the ends, else a number. */
    static boolean agreesCosine(String written, double value) {
        if (written.startsWith("1 − ")) {
            return value > 0 && agrees(written.substring(4), 1 - value);
        }
        if (written.startsWith("−1 + ")) {
            return value < 0 && agrees(written.substring(5), 1 + value);
        }
        return agrees(written, value);
    }

    private static String describe(PassStats p) {
        return p == null ? "none" : p.pass() + " (" + p.pairsRight() + " of " + p.pairCount() + " right, mean loss "
                + p.meanLoss() + ")";
    }

    private static String passNumbers(List<PassStats> passes) {
        return passes.stream().map(p -> String.valueOf(p.pass())).toList().toString();
    }

    /** At the last pass's fall, the passes the mean loss would take to halve (infinite when it did not fall). */
    private static double passesToHalve(MeasuredRun r) {
        if (r.last() == null || r.previous() == null || !(r.previous().meanLoss() > r.last().meanLoss())) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.ceil(r.last().meanLoss() / 2 / (r.previous().meanLoss() - r.last().meanLoss()));
    }

    private static String lossHistory(MeasuredRun r) {
        PassStats lowest = r.lowestLoss();
        return "lowest " + describe(lowest) + ", previous " + describe(r.previous()) + ", last " + describe(r.last());
    }
}
