package org.gradflow.app;

import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The status line: one message at a time, and how long it stays. A message about something done goes once the
 * runs have moved on and it has been there long enough to be read; an error stays until the next message.
 */
public final class StatusViewModel {
    /** What kind of message the status bar shows. */
    public enum Kind { INFO, ERROR }

    /** How long a message about something done stays once the runs have moved on. */
    private static final long MESSAGE_NANOS = 4_000_000_000L;

    private final LongSupplier clock;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<Kind> kind = new ReadOnlyObjectWrapper<>(this, "kind", Kind.INFO);
    private long saidAt;
    private long saidAtIteration;
    private long iteration;

    /** @param clock nanoseconds (tests pass their own) */
    StatusViewModel(LongSupplier clock) {
        this.clock = clock;
    }

    /** Something done or under way. */
    public void info(String text) {
        say(text, Kind.INFO);
    }

    /** A problem, in one line: it stays until the next message. */
    public void error(String text) {
        say(text, Kind.ERROR);
    }

    private void say(String text, Kind k) {
        message.set(text);
        kind.set(k);
        saidAt = clock.getAsLong();
        saidAtIteration = iteration;
    }

    /** The runs show {@code shown} now: an old message about something done may go. */
    void shown(long shown) {
        iteration = shown;
        if (kind.get() == Kind.INFO && !message.get().isEmpty() && shown != saidAtIteration
                && clock.getAsLong() - saidAt > MESSAGE_NANOS) {
            message.set("");
        }
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Kind> kindProperty() {
        return kind.getReadOnlyProperty();
    }
}
