package org.gradflow.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.gradflow.engine.RunEvent;
import org.gradflow.engine.ScenarioException;
import org.gradflow.plot.ChartKind;
import org.gradflow.plot.Format;
import org.gradflow.plot.Lesson;
import org.gradflow.plot.LessonCaption;
import org.gradflow.plot.LessonText;
import org.gradflow.session.RunFrame;
import org.gradflow.session.TimeAxis;

/**
 * The lesson player: which step is shown, its title and text, Back and Next. A step loads its scenario and
 * brings both runs to its iteration; its text is filled in from the frames only once they show that
 * iteration of that scenario, and when the runs are moved away from it the player says so, so that the text
 * never speaks of something the charts do not show.
 */
public final class LessonViewModel {
    private final MainViewModel main;
    private final Executor background;
    private final Executor fxThread;
    private final ReadOnlyObjectWrapper<Lesson> lesson = new ReadOnlyObjectWrapper<>(this, "lesson");
    private final ReadOnlyObjectWrapper<Lesson.Step> step = new ReadOnlyObjectWrapper<>(this, "step");
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper(this, "position", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final ReadOnlyBooleanWrapper canBack = new ReadOnlyBooleanWrapper(this, "canBack");
    private final ReadOnlyBooleanWrapper canNext = new ReadOnlyBooleanWrapper(this, "canNext");
    private final ReadOnlyBooleanWrapper away = new ReadOnlyBooleanWrapper(this, "away");
    /** The iteration the step shows, once known ("learned" is measured off the FX thread); -1 before. */
    private long target = -1;
    /** Whether the step's text has been filled from frames of its own iteration. */
    private boolean filled;
    /** Bumped by every move, so that a late answer for an earlier step is dropped. */
    private int request;
    /** The user's view options from before the lesson, put back when it closes; null while none is open. */
    private View usersView;

    /**
     * The view options a step's words depend on: "C sits at +1 or −1" is false of a zoomed C axis, "from
     * iteration 1,241" of a last-100 x axis.
     */
    private record View(boolean fitCosine, TimeAxis timeAxis, boolean geometry) {
    }

    /**
     * @param background where a step's "learned" iteration is measured (it trains, for up to seconds)
     * @param fxThread   where the answer is applied
     */
    public LessonViewModel(MainViewModel main, Executor background, Executor fxThread) {
        this.main = main;
        this.background = background;
        this.fxThread = fxThread;
        main.framesProperty().addListener((o, was, now) -> framesChanged());
    }

    /** Starts a lesson at its first step. */
    public void open(Lesson opened) {
        if (usersView == null) {
            usersView = new View(main.view().fitCosineProperty().get(), main.view().timeAxisProperty().get(),
                    main.view().geometryShownProperty().get());
        }
        lesson.set(opened);
        show(0);
    }

    public void next() {
        Lesson l = lesson.get();
        if (l != null && index() + 1 < l.steps().size()) {
            show(index() + 1);
        }
    }

    public void back() {
        if (lesson.get() != null && index() > 0) {
            show(index() - 1);
        }
    }

    /** Brings the runs back to the step (after the user played on, or changed a setting). */
    public void showStepAgain() {
        if (lesson.get() != null) {
            show(index());
        }
    }

    public void close() {
        request++;
        if (usersView != null) {
            apply(usersView);
            usersView = null;
        }
        lesson.set(null);
        step.set(null);
        position.set("");
        title.set("");
        text.set("");
        note.set("");
        away.set(false);
        canBack.set(false);
        canNext.set(false);
    }

    private int index() {
        return step.get() == null ? 0 : step.get().number() - 1;
    }

    private void show(int i) {
        Lesson l = lesson.get();
        Lesson.Step s = l.steps().get(i);
        int mine = ++request;
        // Zoom C off and the whole run on the x axis, as the words and the handout see it; the landscape's slot
        // shows what the step points at, else what it showed. Before the step is announced, which frames its chart.
        apply(new View(false, TimeAxis.AUTO, s.chart() == ChartKind.GEOMETRY
                || (s.chart() != ChartKind.LANDSCAPE && main.view().geometryShownProperty().get())));
        step.set(s);
        position.set(LessonCaption.position(l, s));
        title.set(s.title());
        canBack.set(i > 0);
        canNext.set(i + 1 < l.steps().size());
        target = -1;
        filled = false;
        away.set(false);
        text.set(LessonText.blank(s.text()));
        if (!s.atLearned()) {
            reach(s, s.iteration());
            return;
        }
        note.set("Measuring when the " + (s.run() == Lesson.Run.COMPARISON ? "comparison" : "main")
                + " run learns…");
        CompletableFuture.supplyAsync(s::target, background).whenCompleteAsync((iteration, failure) -> {
            if (mine != request) {
                return;
            }
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                String problem = cause instanceof ScenarioException e ? e.getMessage() : String.valueOf(cause);
                note.set("This step cannot be shown: " + problem);
                main.status().error("Lesson step " + s.number() + ": " + problem);
                return;
            }
            reach(s, iteration);
        }, fxThread);
    }

    private void apply(View view) {
        main.view().fitCosineProperty().set(view.fitCosine());
        main.view().timeAxisProperty().set(view.timeAxis());
        main.view().geometryShownProperty().set(view.geometry());
    }

    private void reach(Lesson.Step s, long iteration) {
        target = iteration;
        note.set("Bringing both runs to iteration " + Format.grouped(iteration) + "…");
        main.showLessonStep(s.scenario(), iteration, position.get() + ": " + s.title());
    }

    /** On every new frame: fill the text once the step's iteration is shown; say so when the runs leave it. */
    private void framesChanged() {
        Lesson.Step s = step.get();
        if (s == null || target < 0) {
            return;
        }
        RunFrame mine = main.mainRun().frame();
        RunFrame other = main.comparisonRun().frame();
        // A scenario of one run has no comparison to wait for.
        boolean atStep = reached(mine, s) && (!other.present() || reached(other, s));
        if (atStep) {
            if (!filled) {
                text.set(LessonText.fill(s.text(), mine, other));
                filled = true;
            }
            note.set("");
            away.set(false);
        } else if (filled) {
            away.set(true);
            note.set("This step speaks of iteration " + Format.grouped(target)
                    + (s.scenario().equals(main.scenario()) ? "" : " with its own settings")
                    + "; the window now shows iteration "
                    + Format.grouped(other.present() ? Math.max(mine.iteration(), other.iteration())
                    : mine.iteration()) + ".");
        }
    }

    /**
     * Whether {@code f} shows the step: its scenario at the step's iteration, or, for a run that diverged before
     * it, at the iteration it diverged at, where the window stops it (the other run of "the normal(0, 1) run
     * diverged at iteration 5; the he-normal run learns at pass 51" goes on to 510).
     */
    static boolean reached(RunFrame f, Lesson.Step s, long target) {
        if (!s.scenario().equals(f.scenario())) {
            return false;
        }
        RunEvent diverged = f.event(RunEvent.Kind.DIVERGED);
        return f.iteration() == target || diverged != null && diverged.iteration() == f.iteration()
                && f.iteration() < target;
    }

    private boolean reached(RunFrame f, Lesson.Step s) {
        return reached(f, s, target);
    }

    public ReadOnlyObjectProperty<Lesson> lessonProperty() {
        return lesson.getReadOnlyProperty();
    }

    /** The step shown (its chart is the one pointed at), or null with no lesson open. */
    public ReadOnlyObjectProperty<Lesson.Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** "Step 3 of 9 · Why doesn't my siamese network learn?" */
    public ReadOnlyStringProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The step's text, its values read off the frames of the step's iteration ("…" until they are shown). */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** What the player is doing, or why the text and the charts differ now; empty when they agree. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canBackProperty() {
        return canBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canNextProperty() {
        return canNext.getReadOnlyProperty();
    }

    /** True when the window has been moved away from the step the text speaks of. */
    public ReadOnlyBooleanProperty awayProperty() {
        return away.getReadOnlyProperty();
    }

    /** The iteration the step shows once known, else -1. */
    public long target() {
        return target;
    }
}
