package org.gradflow.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.gradflow.plot.ChartKind;
import org.gradflow.plot.Lesson;
import org.gradflow.session.RunFrame;

/**
 * The presenter view (View ▸ Presenter view, F5): a lesson's step as a slide, the chart it points at large with
 * its title and text, turned with the clicker's Page Down and Page Up. Which charts are shown is the step's to
 * say; the words are the lesson player's ({@link LessonViewModel}), so that the slide and the player never differ.
 */
public final class PresenterViewModel {
    /**
     * One chart of the slide.
     *
     * @param kind the chart, or null for the learning curve (which draws both runs)
     * @param left whose chart: the main run's (left) or the comparison's
     */
    public record Slot(ChartKind kind, boolean left) {
        public boolean curve() {
            return kind == null;
        }
    }

    private final LessonViewModel lesson;
    private final Consumer<String> say;
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing");
    private final ObservableList<Slot> slots = FXCollections.observableArrayList();
    private final ObservableList<Slot> slotsView = FXCollections.unmodifiableObservableList(slots);
    private final ObservableList<ChartSlot> chartSlots = FXCollections.observableArrayList();
    private final ObservableList<ChartSlot> chartSlotsView = FXCollections.unmodifiableObservableList(chartSlots);
    private final RunFrame mainFrame;
    private final RunFrame comparisonFrame;

    /**
     * @param say        where a one-line reason goes when the view cannot be shown
     * @param mainFrame  the frames the window shows, which the slide's charts draw
     */
    PresenterViewModel(LessonViewModel lesson, Consumer<String> say, RunFrame mainFrame, RunFrame comparisonFrame) {
        this.lesson = lesson;
        this.say = say;
        this.mainFrame = mainFrame;
        this.comparisonFrame = comparisonFrame;
        lesson.stepProperty().addListener((o, was, now) -> showStep(now));
        lesson.lessonProperty().addListener((o, was, now) -> {
            if (now == null) {
                showing.set(false);
            }
        });
    }

    /** F5: into the presenter view while a lesson is open (else says how to open one), or out of it. */
    public void toggle() {
        if (showing.get()) {
            leave();
        } else if (lesson.lessonProperty().get() == null) {
            say.accept("The presenter view shows a lesson's steps: open one first (File ▸ Lessons, or Ctrl+L).");
        } else {
            showing.set(true);
        }
    }

    /** Escape: back to the whole window, at the same step. */
    public void leave() {
        showing.set(false);
    }

    private void showStep(Lesson.Step step) {
        List<Slot> now = new ArrayList<>();
        if (step != null) {
            if (step.pointsAtCurve()) {
                now.add(new Slot(null, true));
            } else {
                for (boolean left : new boolean[] {true, false}) {
                    if (step.run().includes(left)) {
                        now.add(new Slot(step.chart(), left));
                    }
                }
            }
        }
        if (!now.equals(slots)) {
            slots.setAll(now);
            List<ChartSlot> shown = new ArrayList<>();
            for (Slot slot : now) {
                ChartSlot c = slot.curve() ? ChartSlot.curve(mainFrame, comparisonFrame)
                        : ChartSlot.of(slot.kind(), slot.left() ? mainFrame : comparisonFrame);
                c.setPointed(true);
                shown.add(c);
            }
            chartSlots.setAll(shown);
        }
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    /** The charts of the step shown, in order: one, or the two runs' side by side. */
    public ObservableList<Slot> slots() {
        return slotsView;
    }

    /** The slide's charts as the window's chart views show them. */
    public ObservableList<ChartSlot> chartSlots() {
        return chartSlotsView;
    }

    /** The lesson whose step it shows: position, title, text and note come from its player. */
    public LessonViewModel lesson() {
        return lesson;
    }
}
