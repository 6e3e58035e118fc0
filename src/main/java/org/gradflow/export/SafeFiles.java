package org.gradflow.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Writes a file so that it is either complete or not there at all: into a hidden temporary file in the same
 * folder, flushed to disk, then renamed over the target in one atomic step. Any problem gives a one-line
 * {@link ExportException} and leaves no partial file behind.
 */
public final class SafeFiles {
    /** What to do when the target exists already. */
    public enum Existing { REFUSE, REPLACE }

    /** Writes the content to an output stream; may fail with IOException. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private SafeFiles() {
    }

    /**
     * The folder an export writes into, absolute and normalised; refused unless it is an existing folder.
     *
     * @param what what is written, for the message: "export" gives "cannot export into ..."
     */
    public static Path existingFolder(Path folder, String what) throws ExportException {
        Path absolute = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute)) {
            throw new ExportException("cannot " + what + " into " + absolute + ": "
                    + (Files.exists(absolute) ? "it is not a folder" : "the folder does not exist"));
        }
        return absolute;
    }

    public static void write(Path target, Existing existing, Content content) throws ExportException {
        try (Batch batch = new Batch(existing)) {
            batch.check(target);
            batch.stage(target, content);
            batch.commit();
        }
    }

    /**
     * A set of files written all or nothing, as far as a file system allows: every target is checked first,
     * then every file is written in full to its hidden temporary file, and only when all of them are there are
     * they renamed into place. A full disk or a folder in the way is found before anything is replaced; should a
     * rename itself fail, the message names exactly which files were written.
     */
    public static final class Batch implements AutoCloseable {
        private final Existing existing;
        private final List<Path> temporaries = new ArrayList<>();
        private final List<Path> targets = new ArrayList<>();

        public Batch(Existing existing) {
            this.existing = existing;
        }

        /** Refuses a target that cannot be written: no folder, a folder in its place, or an existing file. */
        public void check(Path target) throws ExportException {
            Path file = target.toAbsolutePath().normalize();
            Path folder = file.getParent();
            String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
            if (folder == null || !Files.exists(folder)) {
                throw new ExportException("cannot write " + name + ": the folder " + folder + " does not exist");
            }
            if (!Files.isDirectory(folder)) {
                throw new ExportException("cannot write " + name + ": " + folder + " is not a folder");
            }
            if (Files.isDirectory(file)) {
                throw new ExportException("cannot write " + file + ": a folder of that name is there");
            }
            if (existing == Existing.REFUSE && Files.exists(file)) {
                throw ExportException.exists(file + " exists already");
            }
        }

        /**
         * {@link #check} of every target, in order; a file that exists already is refused with the way out on the
         * command line, {@code --force}.
         */
        public void checkAll(List<Path> files) throws ExportException {
            for (Path file : files) {
                try {
                    check(file);
                } catch (ExportException e) {
                    throw e.fileExists() ? ExportException.exists(e.getMessage() + " (use --force to replace it)") : e;
                }
            }
        }

        /** Writes one file in full to a hidden temporary file beside its target. */
        public void stage(Path target, Content content) throws ExportException {
            Path file = target.toAbsolutePath().normalize();
            Path folder = file.getParent();
            String name = file.getFileName().toString();
            Path temporary;
            try {
                // Not createTempFile: its owner-only permissions would stay on the exported file.
                temporary = Files.createFile(folder.resolve("." + name + "." + Long.toHexString(RANDOM.nextLong())
                        + ".part"));
            } catch (AccessDeniedException e) {
                throw new ExportException("cannot write " + name + ": no permission to write in " + folder
                        + written());
            } catch (IOException e) {
                throw new ExportException("cannot write " + name + " in " + folder + ": " + reason(e) + written());
            }
            temporaries.add(temporary);
            targets.add(file);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            } catch (IOException e) {
                throw new ExportException("could not write " + name + ": " + reason(e) + written());
            }
        }

        /** Renames every staged file into place; returns the files written. */
        public List<Path> commit() throws ExportException {
            List<Path> done = new ArrayList<>();
            for (int i = 0; i < targets.size(); i++) {
                try {
                    move(temporaries.get(i), targets.get(i), existing);
                } catch (IOException e) {
                    throw new ExportException("could not write " + targets.get(i).getFileName() + ": " + reason(e)
                            + (done.isEmpty() ? "; nothing was written" : "; only these were written: "
                            + done.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", "))));
                }
                done.add(targets.get(i));
            }
            temporaries.clear();
            return done;
        }

        private static String written() {
            return "; nothing was written";
        }

        /** Deletes whatever temporary file was not renamed into place. */
        @Override
        public void close() {
            for (Path temporary : temporaries) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // The temporary file is hidden and named .part; there is nothing better to do with it.
                }
            }
        }
    }

    private static void move(Path from, Path to, Existing existing) throws IOException {
        if (existing == Existing.REFUSE && Files.exists(to)) {
            throw new IOException(to.getFileName() + " appeared while it was being written");
        }
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileSystemException fse && fse.getReason() == null) {
            // Its message is only the file's name; the type is what went wrong.
            return "the file system refused (" + e.getClass().getSimpleName() + ")";
        }
        String message = e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        return message.contains("No space left") ? "the disk is full" : message.strip().split("\n")[0];
    }
}
