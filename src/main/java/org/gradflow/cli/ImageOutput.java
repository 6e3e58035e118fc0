package org.gradflow.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** What {@code export} and {@code lesson} share: the folder written into, the pixel scale, and --force. */
final class ImageOutput {
    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Existing folder to write into.")
    private Path out;

    @Option(names = "--scale", paramLabel = "S", defaultValue = "1",
            description = "Pixel scale of the PNGs: 1, 2 or 3 (default: ${DEFAULT-VALUE}).")
    private int scale;

    @Option(names = "--force", description = "Replace files that exist already (refused otherwise).")
    private boolean force;

    /** Refuses a scale or folder that cannot be used, before any work is done. */
    void check() {
        if (scale < 1 || scale > 3) {
            throw new BadInputException("--scale must be 1, 2 or 3, got " + scale);
        }
        if (out.toString().isBlank()) {
            throw new BadInputException("--out must name a folder, got an empty path");
        }
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
