package org.gradflow.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.gradflow.plot.Badge;
import org.gradflow.plot.ChartKind;
import org.gradflow.session.RunSide;
import org.gradflow.plot.RunSummary;
import org.gradflow.session.RunFrame;

/**
 * What the window shows about one run: title, status line, badges, divergence message, the frame, and the chart
 * each of its places shows.
 */
public final class RunViewModel {
    private final RunSide side;
    private final RunFrame frame = new RunFrame();
    private final List<ChartSlot> slots;
    private final ReadOnlyBooleanWrapper present = new ReadOnlyBooleanWrapper(this, "present", true);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper divergence = new ReadOnlyStringWrapper(this, "divergence");
    private final ReadOnlyLongWrapper iteration = new ReadOnlyLongWrapper(this, "iteration");
    private final ReadOnlyIntegerWrapper outputSize = new ReadOnlyIntegerWrapper(this, "outputSize");
    private final ReadOnlyBooleanWrapper gradientZero = new ReadOnlyBooleanWrapper(this, "gradientZero");
    private final ReadOnlyBooleanWrapper singular = new ReadOnlyBooleanWrapper(this, "singular");
    private final ReadOnlyBooleanWrapper diverged = new ReadOnlyBooleanWrapper(this, "diverged");
    private final ObservableList<Badge> badges = FXCollections.observableArrayList();
    private final ObservableList<Badge> badgesView = FXCollections.unmodifiableObservableList(badges);
    private final ObservableList<ShownBadge> shown = FXCollections.observableArrayList();
    private final ObservableList<ShownBadge> shownView = FXCollections.unmodifiableObservableList(shown);

    /**
     * A badge as the header shows it: its look (a style class and the colour the exported figures draw it in),
     * its text, the brief form for a narrow header, and the tooltip that says what it means.
     */
    public record ShownBadge(String styleClass, String color, String text, String brief, String tooltip) {
        static ShownBadge of(Badge b) {
            return new ShownBadge("badge-" + b.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    b.kind().color().webHex(), b.text(), b.brief(), b.text() + ": " + b.why());
        }
    }

    RunViewModel(RunSide side) {
        this.side = side;
        List<ChartSlot> made = new ArrayList<>();
        for (ChartKind kind : WindowCharts.cosine(false)) {
            made.add(ChartSlot.of(kind, frame));
        }
        slots = List.copyOf(made);
    }

    public RunSide side() {
        return side;
    }

    /** The run's places for charts: four above, one beside the learning curve. */
    public List<ChartSlot> slots() {
        return slots;
    }

    /** Each place shows the chart that applies to this run now. */
    void layOut(boolean geometry) {
        if (!frame.present()) {
            return;
        }
        List<ChartKind> kinds = WindowCharts.of(frame, geometry);
        for (int i = 0; i < slots.size(); i++) {
            slots.get(i).setKind(kinds.get(i));
        }
    }

    /** False while the scenario has no second run: its column is not shown. */
    public ReadOnlyBooleanProperty presentProperty() {
        return present.getReadOnlyProperty();
    }

    /** The frame the charts draw; filled by {@link MainViewModel#refresh()}. */
    public RunFrame frame() {
        return frame;
    }

    void update() {
        present.set(frame.present());
        if (!frame.present()) {
            return;
        }
        title.set(RunSummary.title(frame));
        status.set(RunSummary.status(frame));
        divergence.set(RunSummary.divergenceMessage(frame));
        iteration.set(frame.iteration());
        outputSize.set(frame.outputSize());
        List<Badge> now = RunSummary.badges(frame);
        if (!now.equals(badges)) {
            badges.setAll(now);
            shown.setAll(now.stream().map(ShownBadge::of).toList());
        }
        gradientZero.set(has(now, Badge.Kind.GRADIENT_ZERO));
        singular.set(has(now, Badge.Kind.SINGULAR));
        diverged.set(has(now, Badge.Kind.DIVERGED));
    }

    private static boolean has(List<Badge> badges, Badge.Kind kind) {
        return badges.stream().anyMatch(b -> b.kind() == kind);
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the run stopped, or null while it has not diverged. */
    public ReadOnlyStringProperty divergenceProperty() {
        return divergence.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty iterationProperty() {
        return iteration.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty outputSizeProperty() {
        return outputSize.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty gradientZeroProperty() {
        return gradientZero.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty singularProperty() {
        return singular.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty divergedProperty() {
        return diverged.getReadOnlyProperty();
    }

    public ObservableList<Badge> badges() {
        return badgesView;
    }

    /** The badges as the header shows them. */
    public ObservableList<ShownBadge> shownBadges() {
        return shownView;
    }
}
