package org.gradflow.app;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The model of a text field that only ever hands over a valid value: the text as typed, the reason it is not
 * valid (null when it is), and the last value that was committed. A bad text is refused at the field and
 * never reaches the engine.
 *
 * @param <T> the value type
 */
public final class ValidatedField<T> {
    /** Turns text into a value, or throws {@link IllegalArgumentException} whose message says why not. */
    public interface Parser<T> extends Function<String, T> {
    }

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyObjectWrapper<T> value = new ReadOnlyObjectWrapper<>(this, "value");
    private final Parser<T> parser;
    private final Function<T, String> printer;

    public ValidatedField(T initial, Parser<T> parser, Function<T, String> printer) {
        this.parser = parser;
        this.printer = printer;
        value.set(initial);
        text.set(printer.apply(initial));
        text.addListener((obs, old, now) -> error.set(problemWith(now)));
    }

    private String problemWith(String candidate) {
        try {
            parser.apply(candidate.strip());
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    public StringProperty textProperty() {
        return text;
    }

    /** Why the current text is refused, or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<T> valueProperty() {
        return value.getReadOnlyProperty();
    }

    public T value() {
        return value.get();
    }

    /** Takes the text if it is valid; returns whether the value changed. A refused text stays for correction. */
    public boolean commit() {
        String candidate = text.get().strip();
        if (problemWith(candidate) != null) {
            return false;
        }
        T parsed = parser.apply(candidate);
        boolean changed = !parsed.equals(value.get());
        value.set(parsed);
        return changed;
    }

    /** Shows a value that came from elsewhere (an opened scenario). */
    public void show(T newValue) {
        value.set(newValue);
        text.set(printer.apply(newValue));
        // The same text may be judged otherwise now (a noise of 0 is refused for a pair, fine for a dataset).
        error.set(problemWith(text.get().strip()));
    }
}
