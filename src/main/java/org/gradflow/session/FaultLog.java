package org.gradflow.session;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Where an internal fault's evidence goes: its stack trace, appended to {@code gradflow-faults.log} in the
 * user's state folder ({@code $XDG_STATE_HOME/gradflow}, else {@code ~/.local/state/gradflow}), so that the one
 * line a user sees can say where the details are, and a bug report can include them.
 */
public final class FaultLog {
    /** Overrides the folder (tests, or a user who wants the log elsewhere). */
    public static final String FOLDER_PROPERTY = "gradflow.state";

    private FaultLog() {
    }

    /** The folder faults are logged in. */
    public static Path folder() {
        String override = System.getProperty(FOLDER_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = System.getenv("XDG_STATE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "state");
        return base.resolve("gradflow");
    }

    /**
     * Appends the fault with what was being done; returns the file, or null when it could not be written (the
     * caller then says so instead of naming a file that does not hold the details).
     */
    public static synchronized Path write(String doing, Throwable fault) {
        StringWriter trace = new StringWriter();
        fault.printStackTrace(new PrintWriter(trace));
        String entry = "=== " + Instant.now() + " · GradFlow " + version() + " · " + doing + System.lineSeparator()
                + trace + System.lineSeparator();
        try {
            Path file = folder().resolve("gradflow-faults.log");
            Files.createDirectories(file.getParent());
            Files.writeString(file, entry, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            return file;
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /** "details in FILE", or why there are none: the end of the line a user sees. */
    public static String where(Path file) {
        return file == null ? "the details could not be logged to " + folder() : "details in " + file;
    }

    private static String version() {
        String v = FaultLog.class.getPackage().getImplementationVersion();
        return v == null ? "(development build)" : v;
    }
}
