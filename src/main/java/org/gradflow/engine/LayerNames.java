package org.gradflow.engine;

/**
 * How layers are named in traces, gradient checks and charts, from the input: the seed network's two are
 * "hidden" and "output" (the names its golden traces hold); a deeper one's are "hidden1", "hidden2", ...,
 * "output"; on charts W₁ ... W_L, counted from the input.
 */
public final class LayerNames {
    private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";

    private LayerNames() {
    }

    /** The name of layer {@code index} (0-based) of a network of {@code depth} layers. */
    public static String of(int index, int depth) {
        if (index == depth - 1) {
            return "output";
        }
        return depth == 2 ? "hidden" : "hidden" + (index + 1);
    }

    /** "W₃" for layer index 2. */
    public static String weightSymbol(int index) {
        return "W" + subscript(index + 1);
    }

    /** "b₃" for layer index 2. */
    public static String biasSymbol(int index) {
        return "b" + subscript(index + 1);
    }

    static String subscript(int n) {
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            sb.append(SUBSCRIPTS.charAt(c - '0'));
        }
        return sb.toString();
    }
}
