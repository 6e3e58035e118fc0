package org.gradflow.session;

/** The two runs shown side by side. */
public enum RunSide {
    /** The scenario's main run: its output size and given weights. */
    MAIN,
    /** The comparison run: same data and seed, the comparison's output size. */
    COMPARISON
}
