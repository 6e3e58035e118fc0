package org.gradflow.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** What {@code export} and {@code lesson} share: the folder written into, the pixel scale, and --force. */
final class ImageOutput {
    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Folder to write into (made, with its parents, if it does not exist).")
    private Path out;

    @Option(names = "--scale", paramLabel = "S", defaultValue = "1",
            description = "Pixel scale of the PNGs: 1, 2 or 3 (default: ${DEFAULT-VALUE}).")
    private int scale;

    @Option(names = "--force", description = "Replace files that exist already (refused otherwise).")
    private boolean force;

    /**
     * Refuses a scale or folder that cannot be used, and makes a missing folder, before any work is done: a
     * missing folder found after minutes of training would waste them.
     */
    void check() {
        if (scale < 1 || scale > 3) {
            throw new BadInputException("--scale must be 1, 2 or 3, got " + scale);
        }
        if (out.toString().isBlank()) {
            throw new BadInputException("--out must name a folder, got an empty path");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new BadInputException("--out " + out + " is a file, not a folder");
        }
        try {
            Files.createDirectories(out);
        } catch (IOException | SecurityException e) {
            throw new BadInputException("--out " + out + " cannot be made: " + reason(e));
        }
    }

    private static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException f) {
            return f.getFile() + " is in the way";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    Path out() {
        return out;
    }

    int scale() {
        return scale;
    }

    boolean force() {
        return force;
    }
}
