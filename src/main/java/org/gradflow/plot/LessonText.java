package org.gradflow.plot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
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
    /** Names suggested for an unknown one. */
    private static final int NEAREST = 3;

    /**
     * What each value name measures, read off one run's frame, in the words and digits the window writes it with
     * (the status line, the diagnosis, the badges): the seed's values, and for any network those issue 20's
     * lessons quote, per layer of the iteration shown (layer 1 is the input layer) and per pass.
     */
    private static final Map<String, Function<RunFrame, String>> RUN_VALUES = new TreeMap<>();

    static {
        RUN_VALUES.put("D", f -> String.valueOf(f.outputSize()));
        RUN_VALUES.put("C", f -> RunSummary.cosine(f.cosine()));
        RUN_VALUES.put("d", f -> Format.number(f.values().distance(), 4));
        RUN_VALUES.put("dCdu", f -> Format.number(f.dCduNorm(), 2));
        RUN_VALUES.put("loss", f -> Format.number(f.loss(), 4));
        RUN_VALUES.put("lossExact", f -> Double.toString(f.loss()));
        RUN_VALUES.put("meanLoss", f -> pass(f, p -> Format.number(p.meanLoss(), 4)));
        RUN_VALUES.put("chance", f -> Format.number(Chance.loss(f.spec()), 6));
        RUN_VALUES.put("pairsRight", f -> pass(f, p -> p.pairsRight() + " of " + p.pairCount()));
        RUN_VALUES.put("examplesRight", f -> pass(f, p -> p.right() + " of " + p.count()));
        RUN_VALUES.put("learnedPass", f -> learned(f, e -> Format.grouped(e.iteration() / f.passLength())));
        RUN_VALUES.put("learnedIteration", f -> learned(f, e -> Format.grouped(e.iteration())));
        RUN_VALUES.put("masked", f -> Format.grouped(f.maskedIterations()));
        RUN_VALUES.put("name", RunSummary::name);
        RUN_VALUES.put("learningRate", f -> Format.number(f.spec().training().learningRate(), 3));
        RUN_VALUES.put("layers", f -> String.valueOf(f.layerCount()));
        RUN_VALUES.put("firstLayerGrad", f -> Format.number(LayerReadings.of(f).weightGrad(1), 2));
        RUN_VALUES.put("lastLayerGrad", f -> Format.number(LayerReadings.of(f).weightGrad(f.layerCount()), 2));
        RUN_VALUES.put("gradientRatio", f -> Format.number(LayerReadings.of(f).weightRatio(), 2));
        RUN_VALUES.put("largestGrad", f -> Format.number(LayerReadings.of(f).largestWeightGrad(), 2));
        RUN_VALUES.put("hiddenGrad", f -> Format.number(LayerReadings.of(f).largestHiddenGrad(), 2));
        RUN_VALUES.put("firstLayerArriving", f -> Format.number(LayerReadings.of(f).arriving(1), 2));
        RUN_VALUES.put("lastLayerArriving", f -> Format.number(LayerReadings.of(f).arriving(f.layerCount()), 2));
        RUN_VALUES.put("arrivingRatio", f -> Format.number(LayerReadings.of(f).arrivingRatio(), 2));
        RUN_VALUES.put("outputBiasGrad", f -> Format.number(f.values().biasGrad(f.layerCount() - 1), 2));
        RUN_VALUES.put("layerFactor", f -> Format.number(LayerReadings.of(f).layerFactor(), 2));
        RUN_VALUES.put("deadUnits", f -> pass(f, p -> {
            int l = mostDeadLayer(p);
            return p.deadUnits()[l] + " of " + f.values().units(l);
        }));
        RUN_VALUES.put("deadTotal", f -> pass(f, p -> {
            // The hidden layers' dead units of all their units: what CS231n's "40% of your network" counts.
            int dead = 0;
            int hidden = 0;
            for (int l = 0; l < f.layerCount() - 1; l++) {
                dead += p.deadUnits()[l];
                hidden += f.values().units(l);
            }
            return dead + " of " + hidden;
        }));
        RUN_VALUES.put("deadLayer", f -> pass(f, p -> String.valueOf(mostDeadLayer(p) + 1)));
        RUN_VALUES.put("deadSincePass", f -> event(f, RunEvent.Kind.DEAD, e -> Format.grouped(e.iteration()
                / f.passLength())));
        RUN_VALUES.put("copies", f -> {
            LayerReadings layers = LayerReadings.of(f);
            int l = Math.max(1, layers.mostCopiesLayer());
            return layers.copies(l) + " of " + layers.units(l);
        });
        RUN_VALUES.put("copiesLayer", f -> String.valueOf(Math.max(1, LayerReadings.of(f).mostCopiesLayer())));
        RUN_VALUES.put("saturated", f -> Diagnosis.percent(LayerReadings.of(f).saturated(mostSaturated(f))));
        RUN_VALUES.put("saturatedLayer", f -> String.valueOf(mostSaturated(f)));
        RUN_VALUES.put("stds", f -> {
            LayerReadings layers = LayerReadings.of(f);
            List<String> stds = new ArrayList<>();
            for (int l = 1; l <= Math.max(1, layers.lastHidden()); l++) {
                stds.add(Format.number(layers.std(l), 3));
            }
            return String.join(", ", stds);
        });
        RUN_VALUES.put("stdGrowth", f -> Format.number(LayerReadings.of(f).spreadGrowth(), 2));
        RUN_VALUES.put("updateRatios", f -> Diagnosis.ratio(LayerReadings.of(f).smallestUpdateRatio()) + " to "
                + Diagnosis.ratio(LayerReadings.of(f).largestUpdateRatio()));
        RUN_VALUES.put("divergedAt", f -> event(f, RunEvent.Kind.DIVERGED, e -> Format.grouped(e.iteration())));
    }

    private LessonText() {
    }

    /** Every value a text may name, as written in it. */
    public static List<String> names() {
        List<String> names = new ArrayList<>(List.of("{iteration}", "{pass}"));
        for (String run : List.of("main", "comparison")) {
            RUN_VALUES.keySet().forEach(k -> names.add("{" + run + "." + k + "}"));
        }
        return names;
    }

    /** Refuses a text that names a value there is no measurement for. */
    static void check(String text, String field) {
        Matcher m = VALUE.matcher(text);
        while (m.find()) {
            if (!names().contains(m.group())) {
                // Forty names do not fit the one line a status bar shows: the nearest three, and where the rest are.
                String unknown = m.group(1).substring(m.group(1).indexOf('.') + 1);
                List<String> nearest = RUN_VALUES.keySet().stream()
                        .sorted(Comparator.comparingInt((String k) -> distance(k.toLowerCase(Locale.ROOT),
                                unknown.toLowerCase(Locale.ROOT))).thenComparing(Comparator.naturalOrder()))
                        .limit(NEAREST).toList();
                throw new ScenarioException(field, "unknown value " + m.group() + " (known: {iteration}, {pass},"
                        + " and {main.X} or {comparison.X} with X one of " + RUN_VALUES.size() + " names listed in"
                        + " the README's lesson files section; nearest: " + String.join(", ", nearest) + ")");
            }
        }
    }

    /** The edit distance of two names: the letters to change, add or drop to make one the other. */
    private static int distance(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int above = row[j];
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1),
                        diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.length()];
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

    /** The layer (0-based) with the most dead units in pass {@code p}, the first of them on a tie. */
    private static int mostDeadLayer(PassStats p) {
        int[] dead = p.deadUnits();
        int most = 0;
        for (int l = 1; l < dead.length; l++) {
            most = dead[l] > dead[most] ? l : most;
        }
        return most;
    }

    /** The hidden layer (1-based) with the largest saturated fraction, layer 1 for a network without one. */
    private static int mostSaturated(RunFrame f) {
        LayerReadings layers = LayerReadings.of(f);
        int most = 1;
        for (int l = 2; l <= layers.lastHidden(); l++) {
            most = layers.saturated(l) > layers.saturated(most) ? l : most;
        }
        return most;
    }

    private static String pass(RunFrame f, Function<PassStats, String> read) {
        PassStats p = f.lastPass();
        return p == null ? "(no pass finished yet)" : read.apply(p);
    }

    private static String learned(RunFrame f, Function<RunEvent, String> read) {
        return event(f, RunEvent.Kind.LEARNED, read);
    }

    private static String event(RunFrame f, RunEvent.Kind kind, Function<RunEvent, String> read) {
        RunEvent e = f.event(kind);
        return e == null ? NOT_YET : read.apply(e);
    }
}
