package org.gradflow.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Breaks text into lines that fit a width, at spaces, measured in the painter's own font (or any measure). */
public final class TextWrap {
    private TextWrap() {
    }

    public static List<String> lines(Painter p, String text, TextStyle style, double width) {
        return lines(text, s -> p.textWidth(s, style), width);
    }

    /** The same with the width of a line measured by {@code measure}: characters, for text in a file. */
    public static List<String> lines(String text, ToDoubleFunction<String> measure, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && measure.applyAsDouble(candidate) > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
