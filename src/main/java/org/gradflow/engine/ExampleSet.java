package org.gradflow.engine;

import java.util.List;

/** A single network's examples as the trainer reads them: flat arrays, in training order. */
final class ExampleSet {
    final double[][] inputs;
    final int[] labels;
    final double[][] targets;

    ExampleSet(List<Example> examples) {
        int n = examples.size();
        inputs = new double[n][];
        labels = new int[n];
        targets = new double[n][];
        for (int i = 0; i < n; i++) {
            Example e = examples.get(i);
            inputs[i] = e.input();
            labels[i] = e.label();
            targets[i] = e.target();
        }
    }

    int size() {
        return inputs.length;
    }
}
