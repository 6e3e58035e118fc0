package org.gradflow.plot;

import org.gradflow.engine.Head;

/**
 * How the charts of a siamese run name what joins its two branches: the cosine C of u and v, or the distance
 * d = |u − v| (hinge-embedding). The gradient and components charts draw the join's gradient at u and v under
 * these names; the join's own value has a chart of each kind.
 */
enum Join {
    COSINE("C"),
    DISTANCE("d");

    private final String symbol;

    Join(String symbol) {
        this.symbol = symbol;
    }

    /** The join of a siamese head; the cosine's names for any other (which draws no join). */
    static Join of(Head head) {
        return head == Head.DISTANCE ? DISTANCE : COSINE;
    }

    /** "C" or "d". */
    String symbol() {
        return symbol;
    }

    /** "dC/du" or "dd/du". */
    String atU() {
        return "d" + symbol + "/du";
    }

    String atV() {
        return "d" + symbol + "/dv";
    }
}
