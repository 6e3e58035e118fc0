package org.gradflow.engine;

/**
 * The loss of a single network over a batch of examples, averaged over the batch as Torch's criteria do with
 * {@code sizeAverage}, and its gradient with respect to each example's output, written where the backward pass
 * starts ({@link Network#outputGradient(int)}).
 */
interface ExampleCriterion {
    /**
     * The batch's mean loss; also sets {@code gradients[s]} = dL/d{@code outputs[s]} for every slot of the batch.
     *
     * @param size the batch's examples, in slots 0 .. size - 1; example s is {@code examples[from + s]}
     */
    double lossAndGradient(double[][] outputs, double[][] gradients, int size, ExampleSet examples, int from);

    /** The same on a network's last layer: its outputs and where its backward pass starts. */
    default double lossAndGradient(Network network, int size, ExampleSet examples, int from) {
        Layer last = network.layer(network.depth() - 1);
        return lossAndGradient(last.post, last.gradPost, size, examples, from);
    }

    /** Whether slot s's output is right for example {@code examples[from + s]} (the design's "right"). */
    boolean right(double[] output, ExampleSet examples, int index);
}
