package org.gradflow.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.gradflow.plot.TextStyle;

/** The bundled DejaVu Sans for JavaFX, so the window and the exported figures use the same letters. */
final class FxFonts {
    static final String FAMILY = "DejaVu Sans";
    private static final Map<TextStyle, Font> SIZED = new ConcurrentHashMap<>();

    private FxFonts() {
    }

    /** Registers the fonts with JavaFX; call once before any scene is built. */
    static void load() {
        register("/assets/fonts/DejaVuSans.ttf");
        register("/assets/fonts/DejaVuSans-Bold.ttf");
    }

    private static void register(String resource) {
        try (InputStream in = FxFonts.class.getResourceAsStream(resource)) {
            if (in == null || Font.loadFont(in, 12) == null) {
                throw new IllegalStateException("font missing or unreadable: " + resource);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Font of(TextStyle style) {
        return SIZED.computeIfAbsent(style,
                s -> Font.font(FAMILY, s.bold() ? FontWeight.BOLD : FontWeight.NORMAL, s.size()));
    }
}
