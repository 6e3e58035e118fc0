package org.gradflow.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gradflow.engine.PassStats;
import org.gradflow.engine.RunEvent;
import org.gradflow.engine.ScenarioException;
import org.gradflow.session.RunFrame;

/**
 * A step's text with its measured values filled in: {@code {main.learnedPass}} becomes the pass at which the
 * main run learned in the frame shown, so that a lesson never states a number the charts do not show (one ulp
 * of a weight can move that pass; typed into the text, it would go stale).
 */
public final class LessonText {
    private static final Pattern VALUE = Pattern.compile("\\{([A-Za-z]+(?:\\.[A-Za-z]+)?)}");
    private static final String NOT_YET = "not yet";

    /** What each value name measures, read off one run's frame. */
    private static final Map<String, Function<RunFrame, String>> RUN_VALUES = Map.of(
            "D", f -> String.valueOf(f.outputSize()),
            "C", f -> RunSummary.cosine(f.cosine()),
            "dCdu", f -> Format.number(f.dCduNorm(), 2),
            "loss", f -> Format.number(f.loss(), 4),
            "meanLoss", f -> pass(f, p -> Format.number(p.meanLoss(), 4)),
            "pairsRight", f -> pass(f, p -> p.pairsRight() + " of " + p.pairCount()),
            "learnedPass", f -> learned(f, e -> Format.grouped(e.iteration() / f.passLength())),
            "learnedIteration", f -> learned(f, e -> Format.grouped(e.iteration())),
            "masked", f -> Format.grouped(f.maskedIterations()));

    private LessonText() {
    }

    /** Every value a text may name, as written in it. */
    public static List<String> names() {
        List<String> names = new ArrayList<>(List.of("{iteration}", "{pass}"));
        for (String run : List.of("main", "comparison")) {
            RUN_VALUES.keySet().stream().sorted().forEach(k -> names.add("{" + run + "." + k + "}"));
        }
        return names;
    }

    /** Refuses a text that names a value there is no measurement for. */
    static void check(String text, String field) {
        Matcher m = VALUE.matcher(text);
        while (m.find()) {
            if (!names().contains(m.group())) {
                throw new ScenarioException(field, "unknown value " + m.group()
                        + " (known: {iteration}, {pass}, and {main.X} or {comparison.X} with X one of "
                        + String.join(", ", RUN_VALUES.keySet().stream().sorted().toList()) + ")");
            }
        }
    }

    /** The text with "…" for every value: what is said while the frames of the step are on their way. */
    public static String blank(String text) {
        return VALUE.matcher(text).replaceAll("…");
    }

    /** The text with every value read off the frames shown ({@code left} is the main run). */
    public static String fill(String text, RunFrame left, RunFrame right) {
        Matcher m = VALUE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1), left, right)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String value(String name, RunFrame left, RunFrame right) {
        long iteration = Math.max(left.iteration(), right.iteration());
        if (name.equals("iteration")) {
            return Format.grouped(iteration);
        }
        if (name.equals("pass")) {
            return Format.grouped(iteration / left.passLength());
        }
        int dot = name.indexOf('.');
        RunFrame frame = name.startsWith("main.") ? left : right;
        return RUN_VALUES.get(name.substring(dot + 1)).apply(frame);
    }

    private static String pass(RunFrame f, Function<PassStats, String> read) {
        PassStats p = f.lastPass();
        return p == null ? "(no pass finished yet)" : read.apply(p);
    }

    private static String learned(RunFrame f, Function<RunEvent, String> read) {
        RunEvent e = f.event(RunEvent.Kind.LEARNED);
        return e == null ? NOT_YET : read.apply(e);
    }
}
