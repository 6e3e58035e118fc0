package org.gradflow.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How a scenario says what its second, side-by-side run is: nothing (one run), the legacy {@code {"outputSize": D}}
 * (the main run with output size D and weights from the seed), or a JSON Merge Patch applied to the main scenario.
 * The scenario writer writes it back in the form it was read.
 */
public sealed interface Comparison {
    /** One run. */
    record None() implements Comparison {
    }

    /** The legacy form; {@code implicit} when the file said nothing and a cosine rule's default D = 6 applies. */
    record OutputSize(int outputSize, boolean implicit) implements Comparison {
    }

    /** A merge patch, as given (kept as a copy: trees are mutable). */
    record Patch(ObjectNode patch) implements Comparison {
        public Patch {
            patch = patch.deepCopy();
        }

        @Override
        public ObjectNode patch() {
            return patch.deepCopy();
        }
    }

    None NONE = new None();
}
