package org.gradflow.app;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.gradflow.engine.Comparison;
import org.gradflow.engine.Head;
import org.gradflow.engine.MergePatch;
import org.gradflow.engine.RunNames;
import org.gradflow.engine.Scenario;
import org.gradflow.engine.ScenarioException;
import org.gradflow.session.ComparisonPhrase;
import org.gradflow.session.Setting;

/**
 * "Compare with:": the second run is the main run with the settings typed here changed ("relu, he-normal",
 * "3 layers", "D = 6", "learning rate 0.1", "hinge-embedding"), stored as the design's merge patch and shown by
 * the name the runs get, so that what is shown can be typed back. For a siamese pair, the comparison's output
 * size also has its slider, as in the seed's window.
 */
public final class CompareViewModel {
    private final NetworkViewModel.Runs runs;
    private final StatusViewModel status;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ObservableList<String> suggestions = FXCollections.observableArrayList();
    private final IntegerProperty outputSize = new SimpleIntegerProperty(this, "outputSize", 6);
    private final ReadOnlyBooleanWrapper siamese = new ReadOnlyBooleanWrapper(this, "siamese");
    private boolean showing;

    CompareViewModel(NetworkViewModel.Runs runs, StatusViewModel status) {
        this.runs = runs;
        this.status = status;
        show(runs.scenario());
        text.addListener((o, was, now) -> error.set(null));
        outputSize.addListener((o, was, now) -> {
            if (!showing) {
                compareOutputSize(now.intValue());
            }
        });
    }

    /** Takes the text typed (Enter, or a suggestion picked); a text that says no valid run is refused in one line. */
    public void commit() {
        Scenario current = runs.scenario();
        String typed = text.get() == null ? "" : text.get().strip();
        if (typed.equals(shownName(current))) {
            return;
        }
        Scenario compared;
        try {
            if (ComparisonPhrase.parse(typed, current) instanceof Comparison.None && current.rule().siamese()
                    && current.rule().head() == Head.COSINE) {
                throw new IllegalArgumentException("A cosine pair is always compared (with D = 6 when nothing is"
                        + " said): to see one run twice, compare with its own D = " + current.outputSize() + ".");
            }
            compared = ComparisonPhrase.compare(current, typed);
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            status.error(e.getMessage());
            return;
        }
        runs.apply(compared, compared.hasComparison() ? "Comparison rebuilt: " + RunNames.of(compared).get(1)
                : "The comparison is gone: one run");
    }

    /** The comparison's output size from its slider: the legacy form, or the patch with its D changed. */
    private void compareOutputSize(int d) {
        Scenario current = runs.scenario();
        Comparison c = current.comparison();
        Comparison changed;
        if (c instanceof Comparison.Patch p) {
            ObjectNode source = current.source();
            ObjectNode compared = (ObjectNode) MergePatch.apply(source, p.patch());
            compared = (ObjectNode) MergePatch.apply(compared, Setting.OUTPUT_SIZE.patch(compared,
                    JsonNodeFactory.instance.numberNode(d)));
            changed = new Comparison.Patch(MergePatch.diff(source, compared));
        } else {
            changed = new Comparison.OutputSize(d, false);
        }
        try {
            runs.apply(current.withComparison(changed), "Comparison rebuilt with D = " + d);
        } catch (ScenarioException e) {
            status.error(e.getMessage());
            show(current);
        }
    }

    /** Puts the scenario's comparison into the field and the suggestions for its main run. */
    void show(Scenario s) {
        showing = true;
        try {
            text.set(shownName(s));
            error.set(null);
            List<String> likely = ComparisonPhrase.suggestions(s);
            if (!suggestions.equals(likely)) {
                suggestions.setAll(likely);
            }
            siamese.set(s.rule().siamese());
            outputSize.set(s.hasComparison() ? s.comparisonRun().network().outputSize() : s.outputSize());
        } finally {
            showing = false;
        }
    }

    private static String shownName(Scenario s) {
        if (!s.hasComparison()) {
            return "";
        }
        String name = RunNames.of(s).get(1);
        return name.equals("comparison") ? "" : name;
    }

    /** The text typed, or the comparison's name. */
    public StringProperty textProperty() {
        return text;
    }

    /** Why the text typed says no run, or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What a teacher is likely to compare this main run with, each understood by the field. */
    public ObservableList<String> suggestions() {
        return suggestions;
    }

    public IntegerProperty outputSizeProperty() {
        return outputSize;
    }

    /** Whether the comparison's output-size slider applies. */
    public ReadOnlyBooleanProperty siameseProperty() {
        return siamese.getReadOnlyProperty();
    }
}
