package org.gradflow.app;

import javafx.application.Application;

/** Opens the window from {@code org.gradflow.Main}, which must not extend Application itself. */
public final class WindowLauncher {
    private WindowLauncher() {
    }

    /** Blocks until the window is closed; returns the process exit status. */
    public static int launch() {
        if (noDisplay()) {
            System.err.println("gradflow: cannot open the window: there is no display (DISPLAY is not set)."
                    + " The command line works without one: gradflow --help");
            return 1;
        }
        try {
            Application.launch(GradFlowApp.class);
            return 0;
        } catch (RuntimeException | LinkageError e) {
            System.err.println("gradflow: cannot open the window: " + rootMessage(e));
            return 1;
        }
    }

    private static boolean noDisplay() {
        boolean linux = System.getProperty("os.name", "").toLowerCase().contains("linux");
        return linux && System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null
                && !"Monocle".equals(System.getProperty("glass.platform"));
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
