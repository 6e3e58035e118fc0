package org.gradflow.app;

import java.util.logging.Logger;
import javafx.application.Application;

/** Opens the window from {@code org.gradflow.Main}, which must not extend Application itself. */
public final class WindowLauncher {
    /**
     * JavaFX's own logger, held so that its filter stays. {@code java -jar} runs JavaFX from the class path (the
     * README's route; the app image runs it as modules), which JavaFX calls "unsupported" at every start: it works,
     * the build runs every window test that way, and the warning says nothing a user can act on.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    private WindowLauncher() {
    }

    /** Drops JavaFX's warning about running from the class path; everything else it logs still shows. */
    static void quietenClassPathWarning() {
        JAVAFX_LOG.setFilter(record -> record.getMessage() == null
                || !record.getMessage().startsWith("Unsupported JavaFX configuration"));
    }

    /** Blocks until the window is closed; returns the process exit status. */
    public static int launch() {
        String missing = missingDisplay(System.getProperty("os.name", ""), System.getenv("DISPLAY"),
                System.getenv("WAYLAND_DISPLAY"), System.getProperty("glass.platform"));
        if (missing != null) {
            System.err.println("gradflow: cannot open the window: " + missing
                    + ". The command line works without one: gradflow --help");
            return 1;
        }
        quietenClassPathWarning();
        try {
            GradFlowApp.prepare();
            Application.launch(GradFlowApp.class);
            return 0;
        } catch (RuntimeException | LinkageError e) {
            System.err.println("gradflow: cannot open the window: " + explain(e));
            return 1;
        }
    }

    /** What is missing for a window on this machine, or null; JavaFX on Linux draws through GTK 3 on X11. */
    static String missingDisplay(String os, String display, String wayland, String glassPlatform) {
        if (!os.toLowerCase().contains("linux") || "Monocle".equals(glassPlatform) || display != null) {
            return null;
        }
        if (wayland != null) {
            return "this desktop offers Wayland only (WAYLAND_DISPLAY is set, DISPLAY is not) and the window needs"
                    + " X11; enable XWayland, or run under an X session";
        }
        return "there is no display (DISPLAY is not set)";
    }

    /** The one line a user can act on, for the ways starting JavaFX fails on a machine unlike the build's. */
    static String explain(Throwable e) {
        String message = rootMessage(e);
        String lower = message.toLowerCase();
        if (lower.contains("gtk")) {
            return "GTK 3, which the window draws with, is missing or too old (" + message + "). Install it, for"
                    + " example: sudo apt install libgtk-3-0";
        }
        if (lower.contains("font")) {
            return "no usable font was found (" + message + "). Install one, for example: sudo apt install"
                    + " fonts-dejavu-core fontconfig";
        }
        if (lower.contains("display") || lower.contains("x11")) {
            return "the display refused the window (" + message + ")";
        }
        return message;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.strip().split("\n")[0];
    }
}
