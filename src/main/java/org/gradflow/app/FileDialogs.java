package org.gradflow.app;

import java.io.File;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

/**
 * The system's file dialogs, opened without an owner window. With an owner, JavaFX disables the owner while the
 * dialog is open, and under a window manager JavaFX 21 on GTK then un-maximizes it, or shrinks it to the size it
 * was first mapped at, 200 x 200. Without one the dialog is a window of its own above the others; while it is
 * open a second one is not started (its nested event loop would stack on the first's). FX thread only.
 */
final class FileDialogs {
    private static boolean open;

    private FileDialogs() {
    }

    /** The file chosen to open, or null (cancelled, or a dialog is open already). */
    static File open(FileChooser chooser) {
        return show(chooser, false);
    }

    /** The file chosen to write, or null. The system's dialog has asked before replacing an existing one. */
    static File save(FileChooser chooser) {
        return show(chooser, true);
    }

    /** The folder chosen, or null. */
    static File folder(DirectoryChooser chooser) {
        if (open) {
            return null;
        }
        open = true;
        try {
            return chooser.showDialog(null);
        } finally {
            open = false;
        }
    }

    private static File show(FileChooser chooser, boolean save) {
        if (open) {
            return null;
        }
        open = true;
        try {
            return save ? chooser.showSaveDialog(null) : chooser.showOpenDialog(null);
        } finally {
            open = false;
        }
    }
}
