package org.gradflow.app;

import java.util.List;
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
import org.gradflow.plot.RunSummary;
import org.gradflow.session.RunFrame;

/** What the window shows about one run: title, status line, badges, divergence message, and the frame. */
public final class RunViewModel {
    private final RunFrame frame = new RunFrame();
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

    /**
     * {@code left} no longer matters: the frame says which of the scenario's runs it draws, and the words follow
     * from it ({@link RunSummary#title}). Kept so that the view-model that makes both need not change with it.
     */
    RunViewModel(boolean left) {
    }

    /** The frame the charts draw; filled by {@link MainViewModel#refresh()}. */
    public RunFrame frame() {
        return frame;
    }

    void update() {
        title.set(RunSummary.title(frame));
        status.set(RunSummary.status(frame));
        divergence.set(RunSummary.divergenceMessage(frame));
        iteration.set(frame.iteration());
        outputSize.set(frame.outputSize());
        List<Badge> now = RunSummary.badges(frame);
        if (!now.equals(badges)) {
            badges.setAll(now);
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
}
