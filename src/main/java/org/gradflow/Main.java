package org.gradflow;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.gradflow.cli.Cli;
import org.gradflow.app.WindowLauncher;

/**
 * Entry point of {@code java -jar gradflow.jar}: no arguments opens the window, anything else is the command
 * line. It does not extend {@code Application}, so that the jar starts with JavaFX on the class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.exit(WindowLauncher.launch());
        }
        // The command line draws its PNGs with Java2D and must never look for a display.
        System.setProperty("java.awt.headless", "true");
        // Straight to the file descriptor: System.out would swallow a closed pipe or a full disk, and the
        // trace must notice both.
        PrintWriter out = new PrintWriter(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(Cli.run(args, out, err));
    }
}
