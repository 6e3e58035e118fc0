package org.gradflow.app;

import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.value.ChangeListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.gradflow.plot.Format;
import org.gradflow.plot.WorkedText;
import org.gradflow.session.RunFrame;
import org.gradflow.session.RunSide;

/**
 * Help ▸ This iteration, worked: the iteration the main window shows, of the run chosen, written out as
 * formulas with its numbers. It follows the window; while the runs play it catches up once per answer, never
 * queueing more than one request at the engine.
 */
public final class WorkedIterationViewModel {
    private final MainViewModel main;
    private final Executor fxThread;
    private final BooleanProperty mainRun = new SimpleBooleanProperty(this, "mainRun", true);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper mainLabel = new ReadOnlyStringWrapper(this, "mainLabel", "");
    private final ReadOnlyStringWrapper comparisonLabel = new ReadOnlyStringWrapper(this, "comparisonLabel", "");
    private final ReadOnlyBooleanWrapper hasComparison = new ReadOnlyBooleanWrapper(this, "hasComparison", true);
    private boolean pending;
    private boolean stale;
    private String shownKey = "";

    private final ChangeListener<Number> onFrame = (o, was, now) -> refresh();
    private boolean closed;

    public WorkedIterationViewModel(MainViewModel main, Executor fxThread) {
        this.main = main;
        this.fxThread = fxThread;
        main.framesProperty().addListener(onFrame);
        mainRun.addListener((o, was, now) -> refresh());
        refresh();
    }

    /** The window is gone: stop following the main window. */
    public void close() {
        closed = true;
        main.framesProperty().removeListener(onFrame);
    }

    /** Asks for the iteration shown now, unless it is on screen already or an answer is on its way. */
    public void refresh() {
        if (closed) {
            return;
        }
        RunFrame mine = main.mainRun().frame();
        RunFrame other = main.comparisonRun().frame();
        List<String> names = main.runNames();
        mainLabel.set("Main run: " + names.get(0));
        hasComparison.set(other.present());
        comparisonLabel.set(other.present() ? "Comparison: " + names.get(1) : "");
        if (!other.present()) {
            mainRun.set(true);
        }
        RunFrame frame = mainRun.get() ? mine : other;
        long iteration = frame.iteration();
        String key = mainRun.get() + "@" + iteration + "@" + System.identityHashCode(frame.scenario());
        if (key.equals(shownKey)) {
            return;
        }
        if (pending) {
            stale = true;
            return;
        }
        pending = true;
        String runName = mainRun.get() ? "main run" : "comparison run";
        main.worked(mainRun.get() ? RunSide.MAIN : RunSide.COMPARISON, iteration).whenCompleteAsync((w, failure) -> {
            pending = false;
            if (failure != null) {
                status.set("Could not work the iteration: " + failure.getMessage());
            } else {
                text.set(String.join("\n", WorkedText.lines(w, runName)));
                status.set(iteration == 0 ? "Iteration 0: what step 1 computes (the window previews it)."
                        : "Iteration " + Format.grouped(w.iteration()) + ", as the window shows it. It follows"
                        + " Step, Back and the timeline.");
                shownKey = key;
            }
            if (stale) {
                stale = false;
                refresh();
            }
        }, fxThread);
    }

    /** Which run is worked: the main run, or the comparison. */
    public BooleanProperty mainRunProperty() {
        return mainRun;
    }

    public ReadOnlyBooleanProperty hasComparisonProperty() {
        return hasComparison.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty mainLabelProperty() {
        return mainLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty comparisonLabelProperty() {
        return comparisonLabel.getReadOnlyProperty();
    }
}
