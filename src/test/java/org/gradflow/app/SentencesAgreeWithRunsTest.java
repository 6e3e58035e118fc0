package org.gradflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.prefs.Preferences;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gradflow.engine.PassStats;
import org.gradflow.engine.Scenario;
import org.gradflow.plot.Badge;
import org.gradflow.plot.Explanation;
import org.gradflow.plot.Lesson;
import org.gradflow.plot.LessonReader;
import org.gradflow.testing.Await;
import org.gradflow.testing.MeasuredRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every sentence the window writes about a run (the explanation's headline and diagnoses, the badges, the banner
 * over a diverged run, the status lines, the lesson's texts, the examples' lines and the title) is held against
 * that run measured apart from the window ({@link MeasuredRun}: fresh trainers and the design's passes), for
 * every shipped example when opened and at 10,000, every step of the bundled lesson at its iteration and at
 * 10,000, and two settings a teacher reaches with the sliders. A claim ("has learned since pass 14", "is
 * learning", "every gradient is exactly 0") must be true of the run it names.
 */
class SentencesAgreeWithRunsTest {
    private static final long LATE = 10_000;
    private final MainViewModel vm = new MainViewModel(Scenario.DEFAULT, Runnable::run, System::nanoTime,
            new UserState(Preferences.userRoot().node("org/gradflow-tests/sentences")));
    private final List<String> wrong = new ArrayList<>();

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

    private static final List<Claim> CLAIMS = List.of(
            new Claim("every pair on its target's side since pass ([\\d,]+)", (m, r) -> {
                long since = count(m.group(1));
                boolean all = r.passes().stream().filter(p -> p.pass() >= since).allMatch(PassStats::learned);
                return since == r.firstLearnedPass() && all ? null
                        : "passes since " + since + " not all learned (first learned " + r.firstLearnedPass()
                                + ", lost since in " + passNumbers(r.lostSinceLearned()) + ")";
            }),
            new Claim("(?<!first )(?:has learned|every pair right after pass)", (m, r) ->
                    r.last() != null && r.last().learned() ? null : "last pass " + describe(r.last())),
            new Claim("is learning", (m, r) -> r.atNewLowestLoss() ? null
                    : "the last pass is not a new lowest loss: " + lossHistory(r)),
            new Claim("not learning now", (m, r) -> !r.atNewLowestLoss() ? null
                    : "the last pass is a new lowest loss: " + lossHistory(r)),
            new Claim("(\\d+) of (\\d+) pairs right", (m, r) -> r.last() != null
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
            new Claim("most pairs right (\\d+), in pass ([\\d,]+)", (m, r) -> r.mostRight().pairsRight()
                    == count(m.group(1)) && r.mostRight().pass() == count(m.group(2)) ? null
                    : "most right " + describe(r.mostRight())),
            new Claim("(?:first learned|learned|learns) at pass ([\\d,]+)", (m, r) ->
                    r.firstLearnedPass() == count(m.group(1)) ? null : "first learned " + r.firstLearnedPass()),
            new Claim("every pair (?:is )?right (?:at|in) pass ([\\d,]+)", (m, r) ->
                    r.firstLearnedPass() == count(m.group(1)) ? null : "first learned " + r.firstLearnedPass()),
            new Claim("every pair right from pass ([\\d,]+)", (m, r) -> r.firstLearnedPass() == count(m.group(1))
                    && r.lostSinceLearned().isEmpty() ? null
                    : "first learned " + r.firstLearnedPass() + ", lost since in "
                            + passNumbers(r.lostSinceLearned())),
            new Claim("unlearns at ([\\d,]+)", (m, r) -> r.passes().stream().anyMatch(p -> p.pass()
                    == count(m.group(1)) && !p.learned() && r.firstLearnedPass() < p.pass()) ? null
                    : "pass " + m.group(1) + " not a pass lost after learning"),
            new Claim("has had a pair wrong in (\\d+) pass(?:es)? since", (m, r) ->
                    r.lostSinceLearned().size() == count(m.group(1)) ? null
                            : "lost in " + passNumbers(r.lostSinceLearned())),
            new Claim("climbs back up", (m, r) -> r.firstLearnedPass() > 0 && r.passes().stream().anyMatch(p ->
                    p.pass() > r.firstLearnedPass()
                    && p.meanLoss() > r.passes().get((int) r.firstLearnedPass() - 1).meanLoss()) ? null
                    : "no pass after the first learned one has a higher loss"),
            new Claim("every gradient is exactly 0", (m, r) -> r.largestGradNorm() == 0 && r.dCduNorm() == 0 ? null
                    : "its gradients at iteration " + r.shown() + " are up to " + r.largestGradNorm()),
            new Claim("Lower the (?:learning )?rate", (m, r) -> r.divergedAt() > 0 && !r.singular() ? null
                    : r.singular() ? "it is at u = 0, the eps spike, not a learning rate problem" : "not diverged"),
            new Claim("u = 0", (m, r) -> r.singular() ? null : "|u|² is not below 1e-10 at " + r.shown()),
            new Claim("[Dd]iverged (?:at iteration )?([\\d,]+)?", (m, r) -> r.divergedAt() > 0
                    && (m.group(1) == null || r.divergedAt() == count(m.group(1))) ? null
                    : "diverged at " + r.divergedAt()),
            new Claim("\\|dC/du\\| = ([0-9][^ ,;)]*[0-9]|0)(?![,.]\\d)", (m, r) -> agrees(m.group(1), r.dCduNorm())
                    ? null : "|dC/du| is " + r.dCduNorm()),
            new Claim("(?<![|/(] ?)\\bC = ((?:1 − |−1 \\+ )?[−0-9][^ ,;)]*[0-9])", (m, r) ->
                    agreesCosine(m.group(1), r.cosine()) ? null : "C is " + r.cosine()),
            new Claim("gradient ≈ 0", (m, r) -> r.dCduNorm() < 1e-6 && r.dCdvNorm() < 1e-6 ? null
                    : "|dC/du| " + r.dCduNorm() + ", |dC/dv| " + r.dCdvNorm()),
            new Claim("masked ([\\d,]+) of ([\\d,]+) iterations", (m, r) -> r.masked() == count(m.group(1))
                    && r.shown() == count(m.group(2)) ? null : "masked " + r.masked() + " of " + r.shown()),
            new Claim("after pass ([\\d,]+)|now \\(pass ([\\d,]+)\\)", (m, r) -> r.last() != null && r.last().pass()
                    == count(m.group(1) != null ? m.group(1) : m.group(2)) ? null : "last pass " + describe(r.last())),
            new Claim("in the first pass \\(([\\d,]+) of ([\\d,]+) iterations\\)", (m, r) -> r.shown()
                    == count(m.group(1)) && r.passLength() == count(m.group(2)) ? null
                    : "iteration " + r.shown() + " of " + r.passLength()),
            new Claim("([0-9][^ ,]*[0-9]),? is Torch's (?:eps|ε)", (m, r) -> agrees(m.group(1), 1e-12) ? null
                    : m.group(1) + " is not eps, 1e-12"),
            new Claim("sits at \\+1 or -1", (m, r) -> r.widestGap() < 1e-6 ? null
                    : "C came " + r.widestGap() + " from ±1"),
            new Claim("1-D outputs", (m, r) -> r.outputSize() == 1 ? null : "D = " + r.outputSize()));

    @Test
    void everySentenceOfEveryExampleLessonStepAndSettingHoldsForTheRunItNames() throws Exception {
        for (Example example : Example.ALL) {
            Scenario s = example.load();
            assertThat(vm.openExample(example)).isTrue();
            String said = vm.status().messageProperty().get();
            settle(0);
            check("example " + example.file() + " at 0", s, 0, null);
            // The example's line promises what the run will do: held against it at 10,000.
            for (long at : new long[] {2_500, LATE}) {
                vm.transport().seek(at);
                settle(at);
                check("example " + example.file() + " at " + at, s, at, at == LATE ? said : null);
            }
        }
        Lesson lesson = new LessonReader().readResource(BundledLesson.ALL.get(0).file());
        vm.lesson().open(lesson);
        for (Lesson.Step step : lesson.steps()) {
            Await.until("step " + step.number() + " filled in", 60, () -> {
                settleQuietly();
                return vm.lesson().target() >= 0 && !vm.lesson().textProperty().get().contains("…");
            });
            check("lesson step " + step.number() + " at " + vm.lesson().target(), step.scenario(),
                    vm.lesson().target(), vm.lesson().textProperty().get());
            vm.transport().seek(LATE);
            settle(LATE);
            check("lesson step " + step.number() + " at " + LATE, step.scenario(), LATE, null);
            vm.lesson().next();
        }
        vm.lesson().close();
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
    }

    private void settle(long iteration) throws Exception {
        vm.simulation().whenIdle().get(60, TimeUnit.SECONDS);
        vm.refresh();
        assertThat(Math.max(vm.mainRun().frame().iteration(), vm.comparisonRun().frame().iteration()))
                .isEqualTo(iteration);
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
        MeasuredRun right = MeasuredRun.of(s, false, iteration);
        List<Words> words = new ArrayList<>();
        Explanation e = vm.explanationProperty().get();
        String[] body = e.body().split("\n");
        words.add(new Words(where + ", diagnosis of the left run", body[0], List.of(left)));
        words.add(new Words(where + ", diagnosis of the right run", body[1], List.of(right)));
        for (String clause : e.headline().split("; |(?<=\\.) ")) {
            words.add(new Words(where + ", headline", clause, named(clause, left, right)));
        }
        for (boolean isLeft : new boolean[] {true, false}) {
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
        }
        words.add(new Words(where + ", title", vm.titleProperty().get(), List.of(left, right)));
        if (!vm.titleProperty().get().contains("D = " + left.outputSize() + " vs D = " + right.outputSize())) {
            wrong.add(where + ", title: '" + vm.titleProperty().get() + "' does not name D = " + left.outputSize()
                    + " and D = " + right.outputSize());
        }
        if (aboutBoth != null) {
            for (String sentence : aboutBoth.split("(?<=[.:]) ")) {
                words.add(new Words(where + ", text", sentence, named(sentence, left, right)));
            }
        }
        for (Words w : words) {
            for (Claim claim : CLAIMS) {
                Matcher m = claim.words().matcher(w.text());
                while (m.find()) {
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

    /** The runs a sentence names by their D, or both when it names neither ("the 6-D run" counts). */
    private static List<MeasuredRun> named(String sentence, MeasuredRun left, MeasuredRun right) {
        List<MeasuredRun> named = new ArrayList<>();
        for (MeasuredRun r : List.of(left, right)) {
            if (sentence.contains("D = " + r.outputSize()) || sentence.contains(r.outputSize() + "-D")) {
                named.add(r);
            }
        }
        return named.isEmpty() ? List.of(left, right) : named;
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

    private static String lossHistory(MeasuredRun r) {
        PassStats lowest = r.lowestLoss();
        return "lowest " + describe(lowest) + ", previous " + describe(r.previous()) + ", last " + describe(r.last());
    }
}
