package org.gradflow.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gradflow.engine.Activation;
import org.gradflow.engine.Comparison;
import org.gradflow.engine.Dataset;
import org.gradflow.engine.Head;
import org.gradflow.engine.InitScheme;
import org.gradflow.engine.MergePatch;
import org.gradflow.engine.RunNames;
import org.gradflow.engine.Scenario;
import org.gradflow.engine.ScenarioException;
import org.gradflow.engine.TrainingRule;

/**
 * "Compare with: relu, he-normal": the comparison run said as a teacher says it, in the words the runs are named
 * with ({@link RunNames}), so that what the window names the comparison can be typed back. Each comma-separated
 * part is one setting: an activation, an init ({@code normal(std 1)}), a rule, a dataset, {@code D = 6},
 * {@code 3 layers}, {@code 3 layers of 8}, {@code layers 8-4-2}, {@code 16 hidden units}, {@code no hidden layer},
 * {@code learning rate 0.1}, {@code batch 10}, {@code full batch}, {@code margin 0.5}, {@code 5 iterations per
 * pair}, {@code seed 7}, {@code 400 examples}, {@code noise 0.1}, {@code 20 pairs}, {@code linear output}.
 */
public final class ComparisonPhrase {
    private static final String NUMBER = "([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)";
    private static final Pattern OUTPUT_SIZE = Pattern.compile("d\\s*=?\\s*(\\d+)");
    private static final Pattern LAYERS_OF = Pattern.compile("(\\d+)\\s+(?:hidden\\s+)?layers?(?:\\s+of\\s+(\\d+))?");
    private static final Pattern LAYER_LIST = Pattern.compile("(?:layers|hidden)\\s+(\\d+(?:\\s*[-x]\\s*\\d+)*)");
    private static final Pattern WIDTHS = Pattern.compile("(\\d+(?:\\s*x\\s*\\d+)+)");
    private static final Pattern HIDDEN_UNITS = Pattern.compile("(\\d+)\\s+hidden\\s+units?");
    private static final Pattern LEARNING_RATE = Pattern.compile("(?:learning\\s+rate|lr|rate)\\s*=?\\s*" + NUMBER);
    private static final Pattern BATCH = Pattern.compile("batch(?:\\s+size)?\\s*=?\\s*(\\d+)");
    private static final Pattern MARGIN = Pattern.compile("margin\\s*=?\\s*" + NUMBER);
    private static final Pattern ITERATIONS = Pattern.compile("(\\d+)\\s+iterations?\\s+per\\s+pair");
    private static final Pattern SEED = Pattern.compile("seed\\s*=?\\s*(\\d+)");
    private static final Pattern EXAMPLES = Pattern.compile("(\\d+)\\s+examples?");
    private static final Pattern NOISE = Pattern.compile("noise\\s*=?\\s*" + NUMBER);
    private static final Pattern PAIRS = Pattern.compile("(\\d+)\\s+pairs?");
    private static final Pattern INIT = Pattern.compile("([a-z-]+)\\s*(?:\\(\\s*(std|gain)\\s*=?\\s*" + NUMBER
            + "\\s*\\)|\\s+(std|gain)\\s*=?\\s*" + NUMBER + ")?");
    private static final Pattern OUTPUT_ACTIVATION = Pattern.compile("([a-z-]+)\\s+outputs?");

    /** One part: a setting and its new value. */
    public record Change(Setting setting, JsonNode value) {
    }

    private ComparisonPhrase() {
    }

    /**
     * The comparison {@code text} says, on {@code s}'s main run. {@code D = N} alone on a siamese rule is the
     * legacy comparison (the seed's D = 1 vs D = 6, bit for bit); anything else is a merge patch; an empty text or
     * "none" is one run.
     *
     * @throws IllegalArgumentException with a one-line message naming the part that is not understood or the
     *                                  field the resulting scenario would break
     */
    public static Comparison parse(String text, Scenario s) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.equalsIgnoreCase("none") || t.equalsIgnoreCase("nothing")) {
            return Comparison.NONE;
        }
        List<Change> changes = new ArrayList<>();
        for (String part : SweepAxis.split(t)) {
            changes.add(change(part, s.source()));
        }
        if (changes.size() == 1 && changes.get(0).setting() == Setting.OUTPUT_SIZE && s.rule().siamese()) {
            return new Comparison.OutputSize(changes.get(0).value().intValue(), false);
        }
        ObjectNode tree = s.source();
        for (Change c : changes) {
            tree = (ObjectNode) MergePatch.apply(tree, c.setting().patch(tree, c.value()));
        }
        return new Comparison.Patch(MergePatch.diff(s.source(), tree));
    }

    /** The scenario with the comparison {@code text} says, or a one-line reason why there is none. */
    public static Scenario compare(Scenario s, String text) {
        Comparison c = parse(text, s);
        try {
            return s.withComparison(c);
        } catch (ScenarioException e) {
            throw new IllegalArgumentException("Compare with \"" + text.strip() + "\": " + e.getMessage());
        }
    }

    /** One part, as {@link #parse} reads it. */
    static Change change(String part, ObjectNode source) {
        String p = part.strip().toLowerCase(Locale.ROOT);
        Matcher m;
        if ((m = OUTPUT_SIZE.matcher(p)).matches()) {
            return new Change(Setting.OUTPUT_SIZE, integer(m.group(1)));
        }
        if (TrainingRule.fromId(p).isPresent()) {
            return new Change(Setting.RULE, text(p));
        }
        if (Activation.fromId(p).isPresent()) {
            return new Change(Setting.ACTIVATION, text(p));
        }
        if (Dataset.fromId(p).isPresent()) {
            return new Change(Setting.DATASET, text(p));
        }
        if ((m = HIDDEN_UNITS.matcher(p)).matches()) {
            return new Change(Setting.HIDDEN_UNITS, integer(m.group(1)));
        }
        if (p.equals("no hidden layer") || p.equals("no hidden layers")) {
            return new Change(Setting.HIDDEN_UNITS, JsonNodeFactory.instance.arrayNode());
        }
        if ((m = LAYERS_OF.matcher(p)).matches()) {
            int count = Integer.parseInt(m.group(1));
            int width = m.group(2) != null ? Integer.parseInt(m.group(2)) : firstWidth(source);
            ArrayNode widths = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < Math.min(count, 1000); i++) {
                widths.add(width);
            }
            return new Change(Setting.HIDDEN_UNITS, widths);
        }
        if ((m = LAYER_LIST.matcher(p)).matches() || (m = WIDTHS.matcher(p)).matches()) {
            ArrayNode widths = JsonNodeFactory.instance.arrayNode();
            for (String w : m.group(1).split("\\s*[-x]\\s*")) {
                widths.add(Integer.parseInt(w));
            }
            return new Change(Setting.HIDDEN_UNITS, widths);
        }
        if ((m = LEARNING_RATE.matcher(p)).matches()) {
            return new Change(Setting.LEARNING_RATE, number(m.group(1)));
        }
        if (p.equals("full batch")) {
            return new Change(Setting.BATCH_SIZE, JsonNodeFactory.instance.nullNode());
        }
        if ((m = BATCH.matcher(p)).matches()) {
            return new Change(Setting.BATCH_SIZE, integer(m.group(1)));
        }
        if ((m = MARGIN.matcher(p)).matches()) {
            return new Change(Setting.MARGIN, number(m.group(1)));
        }
        if ((m = ITERATIONS.matcher(p)).matches()) {
            return new Change(Setting.ITERATIONS_PER_PAIR, integer(m.group(1)));
        }
        if ((m = SEED.matcher(p)).matches()) {
            return new Change(Setting.SEED, JsonNodeFactory.instance.numberNode(Long.parseLong(m.group(1))));
        }
        if ((m = EXAMPLES.matcher(p)).matches()) {
            return new Change(Setting.COUNT, integer(m.group(1)));
        }
        if ((m = NOISE.matcher(p)).matches()) {
            return new Change(Setting.NOISE, number(m.group(1)));
        }
        if ((m = PAIRS.matcher(p)).matches()) {
            return new Change(Setting.PAIR_COUNT, integer(m.group(1)));
        }
        if ((m = OUTPUT_ACTIVATION.matcher(p)).matches() && Activation.fromId(m.group(1)).isPresent()) {
            return new Change(Setting.OUTPUT_ACTIVATION, text(m.group(1)));
        }
        Optional<Change> init = init(p);
        if (init.isPresent()) {
            return init.get();
        }
        throw new IllegalArgumentException("Compare with \"" + part.strip() + "\": not a setting; say it as"
                + " \"relu\", \"he-normal\", \"3 layers\", \"D = 6\", \"learning rate 0.1\" or \"hinge-embedding\""
                + " (several: comma-separated).");
    }

    private static Optional<Change> init(String p) {
        Matcher m = INIT.matcher(p);
        if (!m.matches() || InitScheme.fromId(m.group(1)).isEmpty()) {
            return Optional.empty();
        }
        String parameter = m.group(2) != null ? m.group(2) : m.group(4);
        String value = m.group(2) != null ? m.group(3) : m.group(5);
        if (parameter == null) {
            return Optional.of(new Change(Setting.INIT, text(m.group(1))));
        }
        ObjectNode init = JsonNodeFactory.instance.objectNode().put("scheme", m.group(1));
        init.set(parameter, number(value));
        return Optional.of(new Change(Setting.INIT, init));
    }

    /** The width of the first hidden layer, which "3 layers" keeps (8 when there is none). */
    private static int firstWidth(ObjectNode source) {
        ArrayNode layers = Setting.layers(source);
        if (layers != null) {
            return layers.size() > 1 ? layers.get(0).path("units").asInt(8) : 8;
        }
        JsonNode hidden = source.path("network").path("hiddenUnits");
        if (hidden.isArray()) {
            return hidden.isEmpty() ? 8 : hidden.get(0).asInt(8);
        }
        return hidden.isInt() ? hidden.intValue() : Scenario.DEFAULT.hiddenUnits();
    }

    private static JsonNode text(String s) {
        return JsonNodeFactory.instance.textNode(s);
    }

    private static JsonNode integer(String digits) {
        try {
            return JsonNodeFactory.instance.numberNode(Integer.parseInt(digits));
        } catch (NumberFormatException e) {
            return JsonNodeFactory.instance.numberNode(Long.parseLong(digits.length() > 18 ? "999999999999999999"
                    : digits));
        }
    }

    private static JsonNode number(String s) {
        return JsonNodeFactory.instance.numberNode(Double.parseDouble(s));
    }

    /**
     * What a teacher is likely to compare the main run with, each said so that {@link #parse} reads it: the
     * other activations and inits, one layer more or fewer, D = 6 for a siamese pair, a learning rate ten times
     * larger and smaller, the other rules of the same end.
     */
    public static List<String> suggestions(Scenario s) {
        Set<String> out = new LinkedHashSet<>();
        TrainingRule rule = s.rule();
        Activation activation = s.network().activation();
        for (Activation a : Activation.values()) {
            if (a != activation && a != Activation.LINEAR) {
                out.add(a.id());
            }
        }
        for (String init : List.of("he-normal", "xavier-uniform", "torch", "zeros", "normal(std 1)")) {
            if (!init.equals(s.network().init().label())) {
                out.add(init);
            }
        }
        int depth = s.network().hiddenUnits().length;
        if (depth > 1) {
            out.add((depth - 1) + " layers");
        }
        out.add((depth + 1) + " layers");
        if (rule.siamese()) {
            out.add("D = " + (s.outputSize() == 6 ? 1 : 6));
        }
        double rate = s.learningRate();
        if (rate > 0) {
            out.add("learning rate " + typed(rate * 10));
            out.add("learning rate " + typed(rate / 10));
        }
        for (TrainingRule other : TrainingRule.values()) {
            boolean sameEnd = other.siamese() == rule.siamese() && (rule.siamese()
                    || (other.head() == Head.CLASSES) == (rule.head() == Head.CLASSES));
            if (other != rule && sameEnd) {
                out.add(other.id());
            }
        }
        if (!rule.siamese()) {
            out.add(s.training().batchSize() == 0 ? "batch 10" : "full batch");
        }
        return List.copyOf(out);
    }

    /** A number as the run names write it ({@code 0.1}, {@code 1e-4}), rounded to what a person would type. */
    private static String typed(double x) {
        return RunNames.number(Double.parseDouble(String.format(Locale.ROOT, "%.6g", x)));
    }
}
