package org.gradflow.engine;

import java.util.List;
import org.apache.commons.math3.exception.DimensionMismatchException;
import org.apache.commons.math3.exception.NoDataException;
import org.apache.commons.math3.exception.NotFiniteNumberException;
import org.apache.commons.math3.exception.NotPositiveException;
import org.apache.commons.math3.exception.NotStrictlyPositiveException;

/**
 * One training run, stepped one iteration at a time: forward, the loss and its gradient, backward, record, then
 * the SGD update.
 *
 * <ul>
 *   <li>A siamese run is the reference script: both branches forward on one pair, the join (cosine or distance),
 *       backward with the rule's gradOutput, left branch then right; each pair is trained
 *       {@code iterationsPerPair} times in a row, then the next, and after the last pair it starts again.</li>
 *   <li>A single network trains batch k = (i - 1) mod ceil(n / B) at iteration i: examples kB to
 *       min(n, (k + 1) B) - 1, in order, the loss averaged over the batch.</li>
 * </ul>
 *
 * <p>{@link #step()} allocates nothing, so millions of iterations a second leave the heap alone.
 */
public final class Trainer {
    private final Network network;
    private final Head head;
    private final double learningRate;
    private final IterationSnapshot last;
    // Siamese runs.
    private final List<TrainingPair> pairs;
    private final double[][] lefts;
    private final double[][] rights;
    private final int[] targets;
    private final TrainingObjective objective;
    private final int iterationsPerPair;
    private final PairJoin join;
    // Single networks.
    private final List<Example> examples;
    private final ExampleSet exampleSet;
    private final ExampleCriterion criterion;
    private final int batchSize;
    private final int batches;
    private long completed;

    /**
     * A siamese run on {@code pairs}.
     *
     * @throws NoDataException              when there are no pairs
     * @throws NotStrictlyPositiveException when {@code iterationsPerPair} is below 1
     * @throws NotFiniteNumberException     when the learning rate is not finite
     * @throws DimensionMismatchException   when a pair does not fit the network's inputs, or it has not two slots
     */
    public Trainer(Network network, List<TrainingPair> pairs, TrainingObjective objective, double learningRate,
                   int iterationsPerPair) {
        if (pairs.isEmpty()) {
            throw new NoDataException();
        }
        if (iterationsPerPair < 1) {
            throw new NotStrictlyPositiveException(iterationsPerPair);
        }
        requireFinite(learningRate);
        if (network.slots() != 2) {
            throw new DimensionMismatchException(network.slots(), 2);
        }
        this.network = network;
        this.head = objective.rule().head();
        this.learningRate = learningRate;
        this.pairs = List.copyOf(pairs);
        this.objective = objective;
        this.iterationsPerPair = iterationsPerPair;
        this.join = head.newJoin();
        this.lefts = new double[pairs.size()][];
        this.rights = new double[pairs.size()][];
        this.targets = new int[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            TrainingPair pair = pairs.get(i);
            if (pair.left().getDimension() != network.inputSize()) {
                throw new DimensionMismatchException(pair.left().getDimension(), network.inputSize());
            }
            lefts[i] = pair.left().toArray();
            rights[i] = pair.right().toArray();
            targets[i] = pair.target();
        }
        this.examples = null;
        this.exampleSet = null;
        this.criterion = null;
        this.batchSize = 1;
        this.batches = 1;
        this.last = new IterationSnapshot(network, head);
    }

    /**
     * A single network on {@code examples}, {@code batchSize} of them per iteration.
     *
     * @throws DimensionMismatchException when the network has fewer slots than the batch, or an input does not fit
     */
    public Trainer(Network network, List<Example> examples, TrainingRule rule, double learningRate, int batchSize) {
        if (examples.isEmpty()) {
            throw new NoDataException();
        }
        if (batchSize < 1) {
            throw new NotStrictlyPositiveException(batchSize);
        }
        requireFinite(learningRate);
        if (network.slots() < batchSize) {
            throw new DimensionMismatchException(network.slots(), batchSize);
        }
        for (Example e : examples) {
            if (e.input().length != network.inputSize()) {
                throw new DimensionMismatchException(e.input().length, network.inputSize());
            }
        }
        this.network = network;
        this.head = rule.head();
        this.learningRate = learningRate;
        this.examples = List.copyOf(examples);
        this.exampleSet = new ExampleSet(examples);
        this.criterion = head.newCriterion();
        this.batchSize = batchSize;
        this.batches = (examples.size() + batchSize - 1) / batchSize;
        this.pairs = null;
        this.lefts = null;
        this.rights = null;
        this.targets = null;
        this.objective = new TrainingObjective(rule, Double.NaN);
        this.iterationsPerPair = 1;
        this.join = null;
        this.last = new IterationSnapshot(network, head);
    }

    private static void requireFinite(double learningRate) {
        if (!Double.isFinite(learningRate)) {
            throw new NotFiniteNumberException(learningRate);
        }
    }

    /** Runs one iteration. */
    public void step() {
        if (head.siamese()) {
            stepPair();
        } else {
            stepBatch();
        }
    }

    private void stepPair() {
        int pairIndex = (int) ((completed / iterationsPerPair) % lefts.length);
        int target = targets[pairIndex];
        network.forward(lefts[pairIndex], rights[pairIndex]);
        double[] u = network.leftOutput();
        double[] v = network.rightOutput();
        double joined = join.forward(u, v);
        join.backward(u, v, last.dCdu, last.dCdv);
        double gradOutput = objective.gradOutput(joined, target);

        // Torch's documentation example does not call backward when there is nothing to learn; skipping it
        // also keeps 0 * NaN out of the gradients of a run that has diverged. Backward sets the gradients.
        boolean backpropagated = gradOutput != 0.0;
        if (backpropagated) {
            network.backward(gradOutput, last.dCdu, last.dCdv);
        } else {
            network.zeroGradients();
        }

        completed++;
        // The update leaves the activations and the gradients as they were, so recording after it still records
        // the iteration before its update, and reuses the gradient norms the update measured on the way.
        double squares = network.update(learningRate);
        last.recordPair(completed, pairIndex + 1, target, joined, objective.loss(joined, target), gradOutput, join,
                network, backpropagated, squares, learningRate);
    }

    private void stepBatch() {
        int k = (int) (completed % batches);
        int from = k * batchSize;
        int size = Math.min(exampleSet.size(), from + batchSize) - from;
        for (int s = 0; s < size; s++) {
            network.forward(s, exampleSet.inputs[from + s]);
        }
        double loss = criterion.lossAndGradient(network, size, exampleSet, from);
        int right = 0;
        for (int s = 0; s < size; s++) {
            if (criterion.right(network.output(s), exampleSet, from + s)) {
                right++;
            }
        }
        for (int s = 0; s < size; s++) {
            network.backward(s);
        }
        completed++;
        double squares = network.update(learningRate);
        last.recordBatch(completed, k + 1, right, size, loss, network, squares, learningRate);
    }

    /**
     * Puts the run back to where it was after {@code iteration} iterations, given the parameters it had then
     * ({@link Network#parameters()}): every other part of an iteration is recomputed by the next step, so
     * stepping on from here gives the same numbers, bit for bit, as the run gave the first time.
     *
     * @throws NotPositiveException when {@code iteration} is negative
     */
    public void rewind(long iteration, double[] parameters) {
        if (iteration < 0) {
            throw new NotPositiveException(iteration);
        }
        network.setParameters(parameters);
        completed = iteration;
    }

    /**
     * What the next step would record, computed on a copy so that nothing here changes: lets a window show the
     * gradient at the initial weights before anyone has pressed Step.
     */
    public IterationRecord preview() {
        Trainer copy = copy();
        copy.step();
        return copy.lastRecord();
    }

    /** A trainer at the same iteration with a copy of the network: stepping it leaves this one alone. */
    public Trainer copy() {
        Trainer copy = head.siamese()
                ? new Trainer(network.copy(), pairs, objective, learningRate, iterationsPerPair)
                : new Trainer(network.copy(), examples, objective.rule(), learningRate, batchSize);
        copy.completed = completed;
        return copy;
    }

    /** Iterations run so far. */
    public long iteration() {
        return completed;
    }

    /** The last iteration, read in place. */
    public IterationView last() {
        return last;
    }

    /** A copy of the last iteration; allocates, so keep it out of tight loops. */
    public IterationRecord lastRecord() {
        if (completed == 0) {
            throw new IllegalStateException("no iteration has run yet");
        }
        return last.toRecord();
    }

    /** The network being trained (live: it changes with every step). */
    public Network network() {
        return network;
    }

    public Head head() {
        return head;
    }

    /** A siamese run's pairs (null for a single network). */
    public List<TrainingPair> pairs() {
        return pairs;
    }

    /** A single network's examples in training order (null for a siamese run). */
    public List<Example> examples() {
        return examples;
    }

    public TrainingObjective objective() {
        return objective;
    }

    public double learningRate() {
        return learningRate;
    }

    public int iterationsPerPair() {
        return iterationsPerPair;
    }

    /** Examples per batch of a single network (1 for a siamese run). */
    public int batchSize() {
        return batchSize;
    }

    /** Pairs or examples a pass goes through once. */
    public int itemCount() {
        return head.siamese() ? pairs.size() : examples.size();
    }

    /** Iterations in one pass: every pair trained once in the schedule, or every batch once. */
    public long passLength() {
        return head.siamese() ? (long) pairs.size() * iterationsPerPair : batches;
    }

    /** The pair the next step trains on, 1-based (siamese). */
    public int nextPair() {
        return (int) ((completed / iterationsPerPair) % lefts.length) + 1;
    }

    /** The batch the next step trains on, 1-based (single network). */
    public int nextBatch() {
        return (int) (completed % batches) + 1;
    }
}
