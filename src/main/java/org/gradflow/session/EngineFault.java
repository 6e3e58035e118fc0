package org.gradflow.session;

/** The engine thread failed; the message is one line and says where the stack trace was logged. */
public final class EngineFault extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EngineFault(String message) {
        super(message);
    }
}
