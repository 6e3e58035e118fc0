package org.gradflow.engine;

import java.util.List;

/**
 * What a run trains on. Siamese rules: {@code pairs} given in the file, else {@code pairCount} pairs drawn from
 * the seed. Single-network rules: {@code examples} given in the file, else {@code count} points of a toy
 * {@code dataset} with {@code noise}, drawn from the seed.
 *
 * @param pairs    explicit pairs, or null
 * @param dataset  the toy dataset drawn when no examples are given (null for the siamese rules)
 * @param examples explicit examples, or null
 */
public record DataSpec(int pairCount, List<TrainingPair> pairs, Dataset dataset, int count, double noise,
                       List<Example> examples) {
    public static final int MAX_PAIRS = 100_000;
    /** The script's 10 pairs. */
    public static final DataSpec SEED = pairs(10, null);

    public DataSpec {
        if (pairCount < 1 || pairCount > MAX_PAIRS) {
            throw new ScenarioException("data.pairCount", "must be an integer from 1 to " + MAX_PAIRS + ", got "
                    + pairCount);
        }
        if (pairs != null) {
            pairs = List.copyOf(pairs);
            if (pairs.isEmpty()) {
                throw new ScenarioException("pairs", "must hold at least one pair (or leave it out to draw pairs)");
            }
            if (pairs.size() > MAX_PAIRS) {
                throw new ScenarioException("pairs", "must hold at most " + MAX_PAIRS + " pairs, got "
                        + pairs.size());
            }
        }
        if (dataset != null) {
            if (count < 2 || count > Dataset.MAX_COUNT || count % 2 != 0) {
                throw new ScenarioException("data.count", "must be an even integer from 2 to " + Dataset.MAX_COUNT
                        + ", got " + count);
            }
            if (!(noise >= 0 && noise <= Dataset.MAX_NOISE)) {
                throw new ScenarioException("data.noise", "must be a number from 0 to " + Dataset.MAX_NOISE
                        + ", got " + noise);
            }
        }
        if (examples != null) {
            examples = List.copyOf(examples);
            if (examples.isEmpty() || examples.size() > Dataset.MAX_COUNT) {
                throw new ScenarioException("examples", "must hold 1 to " + Dataset.MAX_COUNT + " examples, got "
                        + examples.size());
            }
        }
    }

    /** A siamese run's data. */
    public static DataSpec pairs(int pairCount, List<TrainingPair> pairs) {
        return new DataSpec(pairCount, pairs, null, 0, 0, null);
    }

    /** A single network's toy dataset. */
    public static DataSpec dataset(Dataset dataset, int count, double noise) {
        return new DataSpec(10, null, dataset, count, noise, null);
    }

    /** A single network's explicit examples. */
    public static DataSpec examples(List<Example> examples) {
        return new DataSpec(10, null, null, 0, 0, examples);
    }

    /** Pairs trained on: the given ones, or {@code pairCount} of them. */
    public int effectivePairCount() {
        return pairs != null ? pairs.size() : pairCount;
    }

    /** Examples trained on: the given ones, or {@code count} of the dataset. */
    public int effectiveExampleCount() {
        return examples != null ? examples.size() : count;
    }
}
