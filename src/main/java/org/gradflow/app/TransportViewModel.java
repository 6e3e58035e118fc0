package org.gradflow.app;

import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.gradflow.engine.RunEvent;
import org.gradflow.engine.Scenario;
import org.gradflow.plot.Format;
import org.gradflow.session.RunFrame;
import org.gradflow.session.RunSide;
import org.gradflow.session.Simulation;

/**
 * Moving through time: Step, Back, Play and its speed, Reset, a pass, the next event, Go to, and the timeline,
 * which follows the runs unless the user drags it. Both runs move in lockstep; what they show is reported back
 * by {@link #shown}.
 */
public final class TransportViewModel {
    /** The speed slider's top position: as fast as the engine goes. */
    public static final double SPEED_MAX_EXPONENT = 7;

    private final Simulation simulation;
    private final StatusViewModel status;
    private final Supplier<Scenario> scenario;
    private final DoubleProperty speedExponent = new SimpleDoubleProperty(this, "speedExponent", 1);
    private final ReadOnlyStringWrapper speedText = new ReadOnlyStringWrapper(this, "speedText");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyStringWrapper iterationText = new ReadOnlyStringWrapper(this, "iterationText", "");
    private final ReadOnlyLongWrapper shownIteration = new ReadOnlyLongWrapper(this, "shownIteration");
    private final ReadOnlyLongWrapper frontier = new ReadOnlyLongWrapper(this, "frontier");
    private final ReadOnlyStringWrapper frontierText = new ReadOnlyStringWrapper(this, "frontierText", "");
    private final BooleanProperty pauseOnEvents = new SimpleBooleanProperty(this, "pauseOnEvents");
    private final ValidatedField<Long> goTo = new ValidatedField<>(0L, Parsers::iteration, String::valueOf);
    /** Set while the user types into Go to; otherwise the field shows the iteration shown. */
    private final BooleanProperty goToEditing = new SimpleBooleanProperty(this, "goToEditing");
    /** The timeline's thumb: set by the user, it seeks; the runs moving set it without seeking. */
    private final DoubleProperty timeline = new SimpleDoubleProperty(this, "timeline");
    /** The timeline's end, never below 1 so that the slider has a range before the first step. */
    private final ReadOnlyDoubleWrapper timelineMax = new ReadOnlyDoubleWrapper(this, "timelineMax", 1);
    /** Set while the timeline follows the runs, so that its moving is not taken for the user's. */
    private boolean following;
    private boolean dragging;
    private RunEvent seenEventStop;

    TransportViewModel(Simulation simulation, StatusViewModel status, Supplier<Scenario> scenario) {
        this.simulation = simulation;
        this.status = status;
        this.scenario = scenario;
        speedExponent.addListener((o, was, now) -> {
            simulation.setSpeed(speed(now.doubleValue()));
            speedText.set(speedLabel(now.doubleValue()));
        });
        speedText.set(speedLabel(speedExponent.get()));
        simulation.setSpeed(speed(speedExponent.get()));
        pauseOnEvents.addListener((o, was, now) -> simulation.setPauseOnEvents(now));
        goToEditing.addListener((o, was, editing) -> {
            if (!editing) {
                goTo.show(shownIteration.get());
            }
        });
        timeline.addListener((o, was, now) -> {
            if (!following) {
                seek(Math.round(now.doubleValue()));
            }
        });
    }

    public void step() {
        simulation.step();
    }

    /** One iteration back: both runs as they were then, bit for bit (checkpoint and replay). */
    public void stepBack() {
        simulation.stepBack();
        playing.set(false);
    }

    /** Both runs to {@code iteration}: back to one already played, or forward by training. */
    public void seek(long iteration) {
        simulation.seek(iteration);
        playing.set(false);
    }

    /** A click on a time-series chart: there, if it has been played. */
    public void seekPlayed(double iteration) {
        long target = Math.round(iteration);
        if (target >= 0 && target <= frontier.get()) {
            seek(target);
        }
    }

    /** Takes the "Go to" field: seeks to the iteration typed, or refuses it with one line. */
    public boolean commitGoTo() {
        goTo.commit();
        if (goTo.errorProperty().get() != null) {
            status.error(goTo.errorProperty().get());
            return false;
        }
        seek(goTo.value());
        status.info("Going to iteration " + Format.grouped(goTo.value()) + ".");
        return true;
    }

    public void runPass() {
        simulation.runPass();
        playing.set(false);
    }

    public void runUntilEvent() {
        simulation.runUntilEvent();
        playing.set(false);
        status.info("Running until the next event (learned, a dead unit, singular or diverged)…");
    }

    public void togglePlay() {
        if (simulation.playing()) {
            pause();
        } else {
            simulation.play();
            playing.set(true);
        }
    }

    public void pause() {
        simulation.pause();
        playing.set(false);
    }

    public void reset() {
        simulation.reset();
        playing.set(false);
        status.info("Reset: " + (scenario.get().hasComparison() ? "both runs" : "the run")
                + " back to iteration 0 from seed " + scenario.get().seed() + ".");
    }

    /** The runs were replaced (a scenario opened): nothing plays. */
    void stopped() {
        playing.set(false);
    }

    /**
     * What the runs show now, from the frames just pulled; {@code name} says which run a stop at an event was of.
     */
    void shown(RunFrame main, RunFrame comparison, Function<RunSide, String> name) {
        playing.set(simulation.playing());
        long it = comparison.present() ? Math.max(main.iteration(), comparison.iteration()) : main.iteration();
        long furthest = comparison.present() ? Math.max(main.frontier(), comparison.frontier()) : main.frontier();
        iterationText.set("iteration " + Format.grouped(it));
        following = true;
        try {
            // The end first: the timeline's maximum must have grown before its value follows a jump forward.
            frontier.set(furthest);
            timelineMax.set(Math.max(1, furthest));
            shownIteration.set(it);
            if (!dragging) {
                timeline.set(it);
            }
        } finally {
            following = false;
        }
        frontierText.set(it < furthest ? "of " + Format.grouped(furthest) + " played" : "newest");
        if (!goToEditing.get()) {
            goTo.show(it);
        }
        reportEventStop(main, comparison, name);
    }

    /** While the user drags the timeline's thumb, the runs follow it and it is not moved under the pointer. */
    public void setDragging(boolean now) {
        dragging = now;
    }

    private void reportEventStop(RunFrame main, RunFrame comparison, Function<RunSide, String> name) {
        RunEvent stop = simulation.lastEventStop();
        if (stop == null || stop == seenEventStop) {
            return;
        }
        seenEventStop = stop;
        RunSide side = simulation.lastEventSide();
        RunFrame f = side == RunSide.COMPARISON ? comparison : main;
        String pass = stop.kind() == RunEvent.Kind.LEARNED || stop.kind() == RunEvent.Kind.DEAD
                ? " (pass " + Format.grouped(stop.iteration() / f.passLength()) + ")" : "";
        status.info("Stopped: " + name.apply(side) + " " + stop.kind().label() + " at iteration "
                + Format.grouped(stop.iteration()) + pass + ".");
    }

    static double speed(double exponent) {
        return exponent >= SPEED_MAX_EXPONENT - 1e-9 ? Simulation.MAX_SPEED : Math.pow(10, exponent);
    }

    static String speedLabel(double exponent) {
        double s = speed(exponent);
        return s == Simulation.MAX_SPEED ? "max speed" : Format.count(Math.round(s)) + " it/s";
    }

    /** log10 of iterations per second; {@link #SPEED_MAX_EXPONENT} means as fast as possible. */
    public DoubleProperty speedExponentProperty() {
        return speedExponent;
    }

    public ReadOnlyStringProperty speedTextProperty() {
        return speedText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty iterationTextProperty() {
        return iterationText.getReadOnlyProperty();
    }

    /** The iteration shown (the timeline's thumb). */
    public ReadOnlyLongProperty shownIterationProperty() {
        return shownIteration.getReadOnlyProperty();
    }

    /** The furthest iteration played (the timeline's end). */
    public ReadOnlyLongProperty frontierProperty() {
        return frontier.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty frontierTextProperty() {
        return frontierText.getReadOnlyProperty();
    }

    public DoubleProperty timelineProperty() {
        return timeline;
    }

    public ReadOnlyDoubleProperty timelineMaxProperty() {
        return timelineMax.getReadOnlyProperty();
    }

    public BooleanProperty pauseOnEventsProperty() {
        return pauseOnEvents;
    }

    public ValidatedField<Long> goTo() {
        return goTo;
    }

    /** True while Go to is being typed into: the field then keeps the user's text instead of following. */
    public BooleanProperty goToEditingProperty() {
        return goToEditing;
    }
}
