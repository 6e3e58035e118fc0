package org.gradflow.plot;

import java.util.ArrayList;
import java.util.List;

/** Breaks text into lines that fit a width, at spaces, measured in the painter's own font. */
public final class TextWrap {
    private TextWrap() {
    }

    public static List<String> lines(Painter p, String text, TextStyle style, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && p.textWidth(candidate, style) > width) {
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
