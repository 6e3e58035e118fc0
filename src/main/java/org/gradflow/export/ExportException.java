package org.gradflow.export;

/** An export or save that could not be done; the message is one line that says what and why. */
public final class ExportException extends Exception {
    private final boolean fileExists;

    public ExportException(String message) {
        this(message, false);
    }

    private ExportException(String message, boolean fileExists) {
        super(message);
        this.fileExists = fileExists;
    }

    static ExportException exists(String message) {
        return new ExportException(message, true);
    }

    /** True when the only problem is that the file is already there (the window then offers to replace it). */
    public boolean fileExists() {
        return fileExists;
    }
}
