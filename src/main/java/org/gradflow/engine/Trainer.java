package org.gradflow.engine;

import java.util.List;

/**
 * One training run, stepped one iteration at a time like the reference script: forward both branches, the
 * cosine, backward with the rule's gradOutput, record, then the SGD update. Each pair is trained
 * {@code iterationsPerPair} times in a row, then the next pair; after the last pair it starts again.
 *
 * <p>{@link #step()} allocates nothing, so millions of iterations a second leave the heap alone.
 */
public final class Trainer {
    private final SiameseNetwork network;
    private final List<TrainingPair> pairs;
    private final double[][] lefts;
    private final double[][] rights;
    private final int[] targets;
    private final TrainingObjective objective;
    private final double learningRate;
    private final int iterationsPerPair;
    private final CosineDistance cosineDistance = new CosineDistance();
    private final IterationSnapshot last;
    private long completed;

    public Trainer(SiameseNetwork network, List<TrainingPair> pairs, TrainingObjective objective,
                   double learningRate, int iterationsPerPair) {
        if (pairs.isEmpty()) {
            throw new IllegalArgumentException("at least one training pair is needed");
        }
        if (iterationsPerPair < 1) {
            throw new IllegalArgumentException("iterationsPerPair must be at least 1, got " + iterationsPerPair);
        }
        if (!Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("learningRate must be finite, got " + learningRate);
        }
        this.network = network;
        this.pairs = List.copyOf(pairs);
        this.objective = objective;
        this.learningRate = learningRate;
        this.iterationsPerPair = iterationsPerPair;
        this.lefts = new double[pairs.size()][];
        this.rights = new double[pairs.size()][];
        this.targets = new int[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            TrainingPair pair = pairs.get(i);
            if (pair.left().getDimension() != network.inputSize()) {
                throw new IllegalArgumentException("pair " + (i + 1) + " has " + pair.left().getDimension()
                        + " inputs, the network takes " + network.inputSize());
            }
            lefts[i] = pair.left().toArray();
            rights[i] = pair.right().toArray();
            targets[i] = pair.target();
        }
        this.last = new IterationSnapshot(network.outputSize());
    }

    /** Runs one iteration. */
    public void step() {
        int pairIndex = (int) ((completed / iterationsPerPair) % lefts.length);
        int target = targets[pairIndex];
        network.forward(lefts[pairIndex], rights[pairIndex]);
        double[] u = network.leftOutput();
        double[] v = network.rightOutput();
        double cosine = cosineDistance.forward(u, v);
        cosineDistance.backward(u, v, last.dCdu, last.dCdv);
        double gradOutput = objective.gradOutput(cosine, target);

        network.zeroGradients();
        // Torch's documentation example does not call backward when there is nothing to learn; skipping it
        // also keeps 0 * NaN out of the gradients of a run that has diverged.
        if (gradOutput != 0.0) {
            network.backward(gradOutput, last.dCdu, last.dCdv);
        }

        completed++;
        // The update leaves u, v, dC/du and the gradients as they were, so recording after it still records
        // the iteration before its update, and reuses the gradient norms the update measured on the way.
        double largest = network.update(learningRate);
        last.record(completed, pairIndex + 1, target, cosine, objective.loss(cosine, target), gradOutput, u, v,
                network, cosineDistance.singular(), largest);
    }

    /**
     * Puts the run back to where it was after {@code iteration} iterations, given the parameters it had then
     * ({@link SiameseNetwork#parameters()}): every other part of an iteration is recomputed by the next step, so
     * stepping on from here gives the same numbers, bit for bit, as the run gave the first time.
     */
    public void rewind(long iteration, double[] parameters) {
        if (iteration < 0) {
            throw new IllegalArgumentException("iteration must be 0 or more, got " + iteration);
        }
        network.setParameters(parameters);
        completed = iteration;
    }

    /**
     * What the next step would record, computed on a copy so that nothing here changes: lets a window show the
     * gradient at the initial weights before anyone has pressed Step.
     */
    public IterationRecord preview() {
        Trainer copy = new Trainer(network.copy(), pairs, objective, learningRate, iterationsPerPair);
        copy.completed = completed;
        copy.step();
        return copy.lastRecord();
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
    public SiameseNetwork network() {
        return network;
    }

    public List<TrainingPair> pairs() {
        return pairs;
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

    /** The pair the next step trains on, 1-based. */
    public int nextPair() {
        return (int) ((completed / iterationsPerPair) % lefts.length) + 1;
    }
}
