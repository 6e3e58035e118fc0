package org.gradflow.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.gradflow.engine.Activation;
import org.gradflow.engine.Comparison;
import org.gradflow.engine.Dataset;
import org.gradflow.engine.Head;
import org.gradflow.engine.Init;
import org.gradflow.engine.InitScheme;
import org.gradflow.engine.LayerSpec;
import org.gradflow.engine.NetworkSpec;
import org.gradflow.engine.Scenario;
import org.gradflow.engine.ScenarioException;
import org.gradflow.engine.TrainingRule;
import org.gradflow.session.Setting;

/**
 * The network panel: what the main run is (its rule, data, layers, activation, init and training settings), each
 * change applied to the runs as a merge patch on the main scenario ({@link Setting}), so the comparison stays
 * "the same network with one thing changed". Choices are offered by the names the scenario file uses; a typed
 * value is refused at its field with the file's one-line message and the runs keep the previous one.
 */
public final class NetworkViewModel {
    /** The runs the panel changes. */
    interface Runs {
        Scenario scenario();

        void apply(Scenario changed, String what);
    }

    /** Slider range of the output sizes; a scenario may go higher, and the sliders then stretch. */
    public static final int SLIDER_MAX_OUTPUT_SIZE = 10;
    /** The choice shown when a file gives its hidden layers different activations or its layers different inits. */
    public static final String PER_LAYER = "per layer";
    /** The normal init's std when the choice box picks it: the std the exploding example uses. */
    private static final double DEFAULT_STD = 1.0;

    private final Runs runs;
    private final StatusViewModel status;
    private final ObservableList<String> ruleNames = names(TrainingRule.values(), TrainingRule::id);
    private final ObjectProperty<String> rule = new SimpleObjectProperty<>(this, "rule");
    private final ReadOnlyBooleanWrapper siamese = new ReadOnlyBooleanWrapper(this, "siamese");
    private final ReadOnlyBooleanWrapper generatedData = new ReadOnlyBooleanWrapper(this, "generatedData");
    private final IntegerProperty outputSize = new SimpleIntegerProperty(this, "outputSize", 1);
    private final ReadOnlyIntegerWrapper maxOutputSize = new ReadOnlyIntegerWrapper(this, "maxOutputSize",
            SLIDER_MAX_OUTPUT_SIZE);
    private final ObservableList<String> datasetNames = FXCollections.observableArrayList();
    private final ObjectProperty<String> dataset = new SimpleObjectProperty<>(this, "dataset");
    private final ObservableList<String> activationNames = names(Activation.values(), Activation::id);
    private final ObjectProperty<String> activation = new SimpleObjectProperty<>(this, "activation");
    private final ObservableList<String> initNames = names(InitScheme.values(), InitScheme::id);
    private final ObjectProperty<String> init = new SimpleObjectProperty<>(this, "init");
    /** "std" for the normal init, "gain" for the xavier ones, "" when the scheme has no parameter. */
    private final ReadOnlyStringWrapper initParameterName = new ReadOnlyStringWrapper(this, "initParameterName", "");
    private final ReadOnlyStringWrapper layersNote = new ReadOnlyStringWrapper(this, "layersNote", "");
    private final SettingField hiddenUnits;
    private final SettingField learningRate;
    private final SettingField batchSize;
    private final SettingField margin;
    private final SettingField iterationsPerPair;
    private final SettingField seed;
    private final SettingField count;
    private final SettingField noise;
    private final ValidatedField<Double> initParameter;
    private boolean showing;

    NetworkViewModel(Runs runs, StatusViewModel status) {
        this.runs = runs;
        this.status = status;
        hiddenUnits = field(Setting.HIDDEN_UNITS, SettingField::widths, SettingField::printWidths);
        learningRate = field(Setting.LEARNING_RATE, SettingField.number("The learning rate"),
                SettingField::printNumber);
        batchSize = field(Setting.BATCH_SIZE, SettingField::batchSize, SettingField::printBatchSize);
        margin = field(Setting.MARGIN, SettingField.number("The margin"), SettingField::printNumber);
        iterationsPerPair = field(Setting.ITERATIONS_PER_PAIR, SettingField.integer("Iterations per pair"),
                SettingField::printText);
        seed = field(Setting.SEED, SettingField.integer("The seed"), SettingField::printText);
        count = field(Setting.COUNT, SettingField.integer("The number of examples"), SettingField::printText);
        noise = field(Setting.NOISE, SettingField.number("The noise"), SettingField::printNumber);
        initParameter = new ValidatedField<>(1.0, text -> {
            double x = Parsers.positive(text, "The init's " + initParameterName.get());
            initValue(init.get(), x);
            return x;
        }, Parsers::print);
        show(runs.scenario());
        rule.addListener((o, was, now) -> choose(Setting.RULE, now, "rule " + now));
        dataset.addListener((o, was, now) -> choose(Setting.DATASET, now, "dataset " + now));
        activation.addListener((o, was, now) -> choose(Setting.ACTIVATION, now, now + " hidden layers"));
        init.addListener((o, was, now) -> {
            if (!showing && now != null && !PER_LAYER.equals(now)) {
                change(Setting.INIT, initValue(now, InitScheme.fromId(now).orElseThrow().takesStd() ? DEFAULT_STD
                        : 1.0), "init " + now);
            }
        });
        outputSize.addListener((o, was, now) -> {
            if (!showing) {
                change(Setting.OUTPUT_SIZE, JsonNodeFactory.instance.numberNode(now.intValue()), "D = " + now);
            }
        });
    }

    private SettingField field(Setting setting, Function<String, JsonNode> read,
                               Function<JsonNode, String> print) {
        return new SettingField(setting, read, print, runs::scenario);
    }

    private static <T> ObservableList<String> names(T[] values, Function<T, String> id) {
        return FXCollections.observableArrayList(Arrays.stream(values).map(id).toList());
    }

    /** The init the file would say: the name, or the object with the std or a gain other than 1. */
    private static JsonNode initValue(String scheme, double parameter) {
        InitScheme s = InitScheme.fromId(scheme).orElseThrow(() -> new IllegalArgumentException(
                "Choose an init first."));
        if (s.takesStd()) {
            return JsonNodeFactory.instance.objectNode().put("scheme", scheme).put("std", parameter);
        }
        if (s.takesGain() && parameter != 1.0) {
            return JsonNodeFactory.instance.objectNode().put("scheme", scheme).put("gain", parameter);
        }
        return JsonNodeFactory.instance.textNode(scheme);
    }

    private void choose(Setting setting, String value, String what) {
        if (!showing && value != null && !PER_LAYER.equals(value)) {
            change(setting, JsonNodeFactory.instance.textNode(value), what);
        }
    }

    private void change(Setting setting, JsonNode value, String what) {
        Scenario current = runs.scenario();
        Scenario changed;
        try {
            changed = setting.applyTo(current, value);
            if (setting == Setting.RULE) {
                changed = newEnd(current, changed);
            }
        } catch (ScenarioException e) {
            status.error(sentence(e.getMessage()) + " The runs keep the previous value.");
            show(current);
            return;
        }
        runs.apply(changed, (changed.hasComparison() ? "Both runs rebuilt with " : "Rebuilt with ") + what);
    }

    /**
     * A rule of another end: "D = 6" says nothing to a classifier, and a cosine pair without a comparison gets
     * the D = 6 that a file without one gets.
     */
    private static Scenario newEnd(Scenario before, Scenario after) {
        boolean cosineBefore = before.rule().head() == Head.COSINE;
        boolean cosineAfter = after.rule().head() == Head.COSINE;
        if (after.comparison() instanceof Comparison.OutputSize && !after.rule().siamese()) {
            return after.withoutComparison();
        }
        if (cosineAfter && !cosineBefore && !after.hasComparison()) {
            return after.withComparison(new Comparison.OutputSize(Scenario.DEFAULT_COMPARISON_OUTPUT_SIZE, true));
        }
        return after;
    }

    /** Takes every typed field that is valid and changed (Enter, or leaving a field); says what a refused one lacks. */
    public void commitFields() {
        for (SettingField f : fields()) {
            ValidatedField<JsonNode> v = f.field();
            if (v.errorProperty().get() != null) {
                status.error(sentence(v.errorProperty().get()) + " The runs keep the previous value.");
                continue;
            }
            if (v.commit()) {
                change(f.setting(), v.value(), describe(f.setting(), v));
                return;
            }
        }
        if (initParameter.errorProperty().get() != null) {
            status.error(sentence(initParameter.errorProperty().get()) + " The runs keep the previous value.");
        } else if (initParameter.commit() && init.get() != null && !PER_LAYER.equals(init.get())) {
            change(Setting.INIT, initValue(init.get(), initParameter.value()), "init " + init.get() + " ("
                    + initParameterName.get() + " " + Parsers.print(initParameter.value()) + ")");
        }
    }

    private static String describe(Setting setting, ValidatedField<JsonNode> v) {
        String text = v.textProperty().get().strip();
        return switch (setting) {
            case HIDDEN_UNITS -> "hidden layers " + (text.isEmpty() ? "none" : text);
            case LEARNING_RATE -> "learning rate " + text;
            case BATCH_SIZE -> "batch size " + text;
            case MARGIN -> "margin " + text;
            case ITERATIONS_PER_PAIR -> text + " iterations per pair";
            case SEED -> "seed " + text;
            case COUNT -> text + " examples";
            case NOISE -> "noise " + text;
            default -> setting.path() + " " + text;
        };
    }

    /** The fields the panel shows for this rule and data: a hidden field's text is not the user's to fix. */
    private List<SettingField> fields() {
        List<SettingField> shown = new ArrayList<>(List.of(hiddenUnits, learningRate));
        if (siamese.get()) {
            shown.addAll(List.of(margin, iterationsPerPair));
        } else {
            shown.add(batchSize);
        }
        shown.add(seed);
        if (generatedData.get()) {
            shown.addAll(List.of(count, noise));
        }
        return shown;
    }

    /** Puts a scenario's main run into the panel (opened, a lesson step, a change just made) without treating that
     * as a change. */
    void show(Scenario s) {
        showing = true;
        try {
            TrainingRule r = s.rule();
            NetworkSpec n = s.network();
            rule.set(r.id());
            siamese.set(r.siamese());
            generatedData.set(!r.siamese() && s.data().examples() == null);
            maxOutputSize.set(Math.max(SLIDER_MAX_OUTPUT_SIZE, Math.max(s.outputSize(),
                    s.hasComparison() ? s.comparisonRun().network().outputSize() : 1)));
            outputSize.set(n.outputSize());
            List<String> fitting = Arrays.stream(Dataset.values())
                    .filter(d -> d.classes() == (r.head() == Head.CLASSES)).map(Dataset::id).toList();
            if (!datasetNames.equals(fitting)) {
                datasetNames.setAll(fitting);
            }
            dataset.set(s.data().dataset() == null ? null : s.data().dataset().id());
            List<Activation> hidden = n.layers().subList(0, n.depth() - 1).stream().map(LayerSpec::activation)
                    .distinct().toList();
            List<InitScheme> schemes = n.layers().stream().map(l -> l.init().scheme()).distinct().toList();
            List<Init> inits = n.layers().stream().map(LayerSpec::init).distinct().toList();
            offer(activationNames, hidden.size() > 1);
            offer(initNames, inits.size() > 1);
            activation.set(hidden.size() > 1 ? PER_LAYER : n.activation().id());
            init.set(inits.size() > 1 ? PER_LAYER : schemes.get(0).id());
            Init first = n.init();
            initParameterName.set(inits.size() > 1 ? "" : first.scheme().takesStd() ? "std"
                    : first.scheme().takesGain() ? "gain" : "");
            initParameter.show(first.scheme().takesStd() ? first.std() : first.gain());
            layersNote.set(hidden.size() > 1 || inits.size() > 1 ? "layers as the file gives them: "
                    + n.layers().stream().map(l -> l.units() + " " + l.activation().id() + " " + l.init().label())
                    .collect(Collectors.joining(" · ")) : "");
            ArrayNode widths = JsonNodeFactory.instance.arrayNode();
            Arrays.stream(n.hiddenUnits()).forEach(widths::add);
            hiddenUnits.show(widths.size() == 1 ? widths.get(0) : widths);
            learningRate.show(JsonNodeFactory.instance.numberNode(s.learningRate()));
            batchSize.show(s.training().batchSize() == 0 ? JsonNodeFactory.instance.nullNode()
                    : JsonNodeFactory.instance.numberNode(s.training().batchSize()));
            margin.show(JsonNodeFactory.instance.numberNode(s.margin()));
            iterationsPerPair.show(JsonNodeFactory.instance.numberNode(s.iterationsPerPair()));
            seed.show(JsonNodeFactory.instance.numberNode(s.seed()));
            count.show(JsonNodeFactory.instance.numberNode(s.data().effectiveExampleCount()));
            noise.show(JsonNodeFactory.instance.numberNode(s.data().noise()));
        } finally {
            showing = false;
        }
    }

    private static void offer(ObservableList<String> names, boolean perLayer) {
        if (perLayer && !names.contains(PER_LAYER)) {
            names.add(PER_LAYER);
        } else if (!perLayer) {
            names.remove(PER_LAYER);
        }
    }

    public ObservableList<String> ruleNames() {
        return ruleNames;
    }

    public ObjectProperty<String> ruleProperty() {
        return rule;
    }

    /** Whether the main run is a siamese pair (the output-size slider, margin and iterations per pair apply). */
    public ReadOnlyBooleanProperty siameseProperty() {
        return siamese.getReadOnlyProperty();
    }

    /** Whether the main run trains on a generated dataset (its name, noise and count apply). */
    public ReadOnlyBooleanProperty generatedDataProperty() {
        return generatedData.getReadOnlyProperty();
    }

    public IntegerProperty outputSizeProperty() {
        return outputSize;
    }

    public ReadOnlyIntegerProperty maxOutputSizeProperty() {
        return maxOutputSize.getReadOnlyProperty();
    }

    public ObservableList<String> datasetNames() {
        return datasetNames;
    }

    public ObjectProperty<String> datasetProperty() {
        return dataset;
    }

    public ObservableList<String> activationNames() {
        return activationNames;
    }

    public ObjectProperty<String> activationProperty() {
        return activation;
    }

    public ObservableList<String> initNames() {
        return initNames;
    }

    public ObjectProperty<String> initProperty() {
        return init;
    }

    public ReadOnlyStringProperty initParameterNameProperty() {
        return initParameterName.getReadOnlyProperty();
    }

    public ValidatedField<Double> initParameter() {
        return initParameter;
    }

    /** The layers of a file that gives them one by one; empty when every hidden layer is alike. */
    public ReadOnlyStringProperty layersNoteProperty() {
        return layersNote.getReadOnlyProperty();
    }

    public ValidatedField<JsonNode> hiddenUnits() {
        return hiddenUnits.field();
    }

    public ValidatedField<JsonNode> learningRate() {
        return learningRate.field();
    }

    public ValidatedField<JsonNode> batchSize() {
        return batchSize.field();
    }

    public ValidatedField<JsonNode> margin() {
        return margin.field();
    }

    public ValidatedField<JsonNode> iterationsPerPair() {
        return iterationsPerPair.field();
    }

    public ValidatedField<JsonNode> seed() {
        return seed.field();
    }

    public ValidatedField<JsonNode> count() {
        return count.field();
    }

    public ValidatedField<JsonNode> noise() {
        return noise.field();
    }

    /** A message as a sentence before the next: the reader's one-line messages end without a full stop. */
    static String sentence(String message) {
        String m = message == null ? "" : message.strip();
        return m.endsWith(".") || m.endsWith("?") || m.endsWith("!") ? m : m + ".";
    }
}
