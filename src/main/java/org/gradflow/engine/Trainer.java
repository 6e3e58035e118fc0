package org.gradflow.engine;

import java.util.List;
import org.apache.commons.math3.linear.ArrayRealVector;

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
    private final LastIteration last;
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
        this.last = new LastIteration(network.outputSize());
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
        last.record(completed, pairIndex + 1, target, cosine, objective.loss(cosine, target), gradOutput, u, v,
                network, cosineDistance.singular());
        last.largestParameter = network.update(learningRate);
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

    private static final class LastIteration implements IterationView {
        private final double[] u;
        private final double[] v;
        final double[] dCdu;
        final double[] dCdv;
        private final double[] gradNorms = new double[4];
        private long iteration;
        private int pair;
        private int target;
        private double cosine;
        private double loss;
        private double gradOutput;
        private double dCduNorm;
        private double dCdvNorm;
        private boolean singular;
        double largestParameter;

        LastIteration(int outputSize) {
            u = new double[outputSize];
            v = new double[outputSize];
            dCdu = new double[outputSize];
            dCdv = new double[outputSize];
        }

        void record(long iteration, int pair, int target, double cosine, double loss, double gradOutput,
                    double[] u, double[] v, SiameseNetwork network, boolean singular) {
            this.iteration = iteration;
            this.pair = pair;
            this.target = target;
            this.cosine = cosine;
            this.loss = loss;
            this.gradOutput = gradOutput;
            this.singular = singular;
            System.arraycopy(u, 0, this.u, 0, u.length);
            System.arraycopy(v, 0, this.v, 0, v.length);
            dCduNorm = norm(dCdu);
            dCdvNorm = norm(dCdv);
            gradNorms[0] = network.hiddenLayer().gradWeightNorm();
            gradNorms[1] = network.hiddenLayer().gradBiasNorm();
            gradNorms[2] = network.outputLayer().gradWeightNorm();
            gradNorms[3] = network.outputLayer().gradBiasNorm();
        }

        private static double norm(double[] x) {
            double sum = 0.0;
            for (double value : x) {
                sum += value * value;
            }
            return Math.sqrt(sum);
        }

        IterationRecord toRecord() {
            return new IterationRecord(iteration, pair, target, cosine, loss, gradOutput,
                    new ArrayRealVector(u), new ArrayRealVector(v), new ArrayRealVector(dCdu),
                    new ArrayRealVector(dCdv), new GradNorms(gradNorms[0], gradNorms[1], gradNorms[2], gradNorms[3]),
                    singular, largestParameter);
        }

        @Override
        public long iteration() {
            return iteration;
        }

        @Override
        public int pair() {
            return pair;
        }

        @Override
        public int target() {
            return target;
        }

        @Override
        public double cosine() {
            return cosine;
        }

        @Override
        public double loss() {
            return loss;
        }

        @Override
        public double gradOutput() {
            return gradOutput;
        }

        @Override
        public int outputSize() {
            return u.length;
        }

        @Override
        public double u(int i) {
            return u[i];
        }

        @Override
        public double v(int i) {
            return v[i];
        }

        @Override
        public double dCdu(int i) {
            return dCdu[i];
        }

        @Override
        public double dCdv(int i) {
            return dCdv[i];
        }

        @Override
        public double dCduNorm() {
            return dCduNorm;
        }

        @Override
        public double dCdvNorm() {
            return dCdvNorm;
        }

        @Override
        public double gradNorm(int k) {
            return gradNorms[k];
        }

        @Override
        public double largestParameter() {
            return largestParameter;
        }

        @Override
        public boolean singular() {
            return singular;
        }

        @Override
        public boolean finite() {
            return Double.isFinite(largestParameter) && Double.isFinite(cosine) && Double.isFinite(loss)
                    && Double.isFinite(dCduNorm) && Double.isFinite(dCdvNorm)
                    && Double.isFinite(gradNorms[0]) && Double.isFinite(gradNorms[1])
                    && Double.isFinite(gradNorms[2]) && Double.isFinite(gradNorms[3]);
        }
    }
}
