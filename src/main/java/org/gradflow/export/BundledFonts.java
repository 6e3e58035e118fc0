package org.gradflow.export;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gradflow.plot.TextStyle;

/**
 * DejaVu Sans from the jar (assets/fonts), for Java2D: the exported figures then look the same on every
 * machine, and pixel-identical wherever they are made, whatever fonts the system has.
 */
public final class BundledFonts {
    public static final String REGULAR = "/assets/fonts/DejaVuSans.ttf";
    public static final String BOLD = "/assets/fonts/DejaVuSans-Bold.ttf";

    private static final Font REGULAR_FONT = load(REGULAR);
    private static final Font BOLD_FONT = load(BOLD);
    private static final Map<TextStyle, Font> SIZED = new ConcurrentHashMap<>();

    private BundledFonts() {
    }

    public static Font awt(TextStyle style) {
        return SIZED.computeIfAbsent(style, s -> (s.bold() ? BOLD_FONT : REGULAR_FONT).deriveFont((float) s.size()));
    }

    private static Font load(String resource) {
        try (InputStream in = BundledFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the build: " + resource);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("font unreadable: " + resource, e);
        }
    }
}
