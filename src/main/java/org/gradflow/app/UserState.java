package org.gradflow.app;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the window remembers across restarts (java.util.prefs): the folder of the last file chosen and the
 * window's size. Where the preferences cannot be stored, it remembers for the session only, silently: nothing
 * here is worth an error.
 */
public final class UserState {
    private static final String FOLDER = "lastFolder";
    private static final String WIDTH = "windowWidth";
    private static final String HEIGHT = "windowHeight";
    private static final String MAXIMIZED = "windowMaximized";
    private static final String TEXT_SCALE = "textScale";

    private final Preferences node;

    public UserState(Preferences node) {
        this.node = node;
    }

    /** The user's own state. */
    public static UserState forUser() {
        // Tests run with their own node, so that a test run never changes a user's settings.
        return new UserState(Preferences.userRoot().node(System.getProperty("gradflow.prefsNode", "org/gradflow")));
    }

    /**
     * Where a file dialog starts: the folder of the last file chosen if it still exists, else the home folder;
     * never a folder of the application itself (its bundled assets), which a user must not save into.
     */
    public Path dialogFolder() {
        String last = node.get(FOLDER, null);
        if (last != null) {
            Path folder = Path.of(last);
            if (Files.isDirectory(folder) && !insideApplication(folder)) {
                return folder;
            }
        }
        return Path.of(System.getProperty("user.home"));
    }

    /** Remembers the folder of {@code file} for the next dialog, unless it is the application's own. */
    public void rememberFolderOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !insideApplication(parent)) {
            node.put(FOLDER, parent.toString());
            flush();
        }
    }

    /** The window's size (not maximized, decorations included) saved at the last close, or the defaults given. */
    public double[] windowSize(double defaultWidth, double defaultHeight) {
        return new double[] {node.getDouble(WIDTH, defaultWidth), node.getDouble(HEIGHT, defaultHeight)};
    }

    /** Whether the window was maximized when it last closed. */
    public boolean windowMaximized() {
        return node.getBoolean(MAXIMIZED, false);
    }

    /**
     * The window's size when not maximized, and whether it was maximized. A size too small to use (the 200 x 200
     * a window manager once gave it) is not kept: the next start would open that small.
     */
    public void rememberWindow(double width, double height, boolean maximized) {
        if (width >= 400 && height >= 300) {
            node.putDouble(WIDTH, width);
            node.putDouble(HEIGHT, height);
        }
        node.putBoolean(MAXIMIZED, maximized);
        flush();
    }

    /** View ▸ text size as last chosen, 1 at first. */
    public double textScale() {
        return node.getDouble(TEXT_SCALE, 1);
    }

    public void rememberTextScale(double scale) {
        node.putDouble(TEXT_SCALE, scale);
        flush();
    }

    /** The application's assets: {@code assets/} under the working folder (a source checkout) or beside the jar. */
    static boolean insideApplication(Path folder) {
        Path f = folder.toAbsolutePath().normalize();
        Path checkout = Path.of("assets").toAbsolutePath().normalize();
        if (f.startsWith(checkout)) {
            return true;
        }
        try {
            Path jar = Path.of(UserState.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path home = jar.getParent() == null ? jar : jar.getParent();
            return f.startsWith(home.resolve("assets").normalize()) || f.startsWith(home.resolve("classes"));
        } catch (URISyntaxException | RuntimeException e) {
            return false;
        }
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Kept in memory for this session; the next start will not have it, which is all that is lost.
        }
    }
}
