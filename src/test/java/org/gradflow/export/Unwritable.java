package org.gradflow.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** A folder this process cannot write into, also when it runs as root (as CI does). */
final class Unwritable {
    private Unwritable() {
    }

    static Path folder(Path scratch) throws IOException {
        if ("root".equals(System.getProperty("user.name")) && Files.isDirectory(Path.of("/sys"))) {
            // Root ignores permission bits; sysfs refuses new files to everyone.
            return Path.of("/sys");
        }
        Path locked = Files.createDirectory(scratch.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        return locked;
    }
}
