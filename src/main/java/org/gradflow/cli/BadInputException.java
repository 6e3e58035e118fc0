package org.gradflow.cli;

/** Input the user can fix (a bad option value, an unusable file): exit status 2 and one line, no stack trace. */
public final class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message);
    }
}
