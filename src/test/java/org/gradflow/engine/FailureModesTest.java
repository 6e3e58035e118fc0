package org.gradflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Each way a gradient dies, as the engine measures it on the bundled examples: the numbers the lessons and the
 * diagnosis rest on.
 */
class FailureModesTest {
    private static final ScenarioReader READER = new ScenarioReader();

    private static Scenario example(String name) {
        return READER.read(Path.of("assets", "scenarios", name));
    }

    static ObjectNode patch(String json) {
        try {
            return (ObjectNode) new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void zeroInitialisedTanhHasExactlyZeroHiddenGradientsAndALossOfExactlyLnTwo() {
        Trainer trainer = RunFactory.mainRun(example("zero-init.json"));
        for (int i = 0; i < 200; i++) {
            trainer.step();
            IterationView it = trainer.last();
            // Balanced two-class data and equal scores: -log(1/2) for every example, summed without rounding.
            assertThat(it.loss()).isEqualTo(Math.log(2));
            for (int l = 0; l < it.layerCount() - 1; l++) {
                assertThat(it.weightGrad(l)).isZero();
                assertThat(it.biasGrad(l)).isZero();
                assertThat(it.outputGrad(l)).isZero();
            }
            // Zero hidden activations: the output weights get nothing either; only the output bias can move.
            assertThat(it.weightGrad(it.layerCount() - 1)).isZero();
        }
    }

    /**
     * Sigmoid units start at 1/2, not 0, so gradients reach every layer; but each unit of a layer computes what
     * the others do and gets what they get. On balanced classes even that is nothing (the network's one output,
     * the same for every example, is already the best constant); the noise makes the classes unequal.
     */
    @Test
    void zeroInitialisedSigmoidUnitsMoveButStayCopiesOfEachOther() {
        Scenario s = example("zero-init.json").patched(patch("{\"network\": {\"activation\": \"sigmoid\"},"
                + " \"data\": {\"noise\": 0.3}}"));
        Trainer trainer = RunFactory.mainRun(s);
        for (int i = 0; i < 300; i++) {
            trainer.step();
        }
        Linear second = trainer.network().layer(1).linear();
        assertThat(trainer.last().weightGrad(1)).isPositive();
        double[][] w = second.weight().getData();
        for (double[] row : w) {
            assertThat(row).containsExactly(w[0]);
        }
        assertThat(w[0][0]).isNotZero();
    }

    @Test
    void eightSigmoidLayersPassTheFirstLayerAboutATenMillionthOfTheLastLayersGradient() {
        Trainer sigmoid = RunFactory.mainRun(example("deep-sigmoid.json"));
        Trainer relu = RunFactory.comparisonRun(example("deep-sigmoid.json"));
        sigmoid.step();
        relu.step();
        IterationView s = sigmoid.last();
        IterationView r = relu.last();
        int last = s.layerCount() - 1;
        assertThat(s.weightGrad(0) / s.weightGrad(last)).isLessThan(1e-6);
        // Each sigmoid layer shrinks the gradient arriving at it: sigma' <= 1/4 and |W| < 1.
        for (int l = 1; l < last; l++) {
            assertThat(s.outputGrad(l - 1)).isLessThan(s.outputGrad(l));
        }
        assertThat(r.weightGrad(0) / r.weightGrad(last)).isGreaterThan(1e-2);
    }

    @Test
    void aLearningRateFarTooLargeKillsMostUnitsOfAReluLayerForGood() {
        Trainer trainer = RunFactory.mainRun(example("dead-relu.json"));
        PassTracker passes = PassTracker.of(trainer);
        PassStats pass = null;
        for (int p = 0; p < 20; ) {
            trainer.step();
            PassStats done = passes.accept(trainer.last());
            if (done != null) {
                pass = done;
                p++;
            }
        }
        int units = trainer.network().layer(1).units();
        assertThat(pass.deadUnits()[1]).isGreaterThanOrEqualTo(units / 4);
        // A dead unit's weights no longer change: its input is <= 0 for every example, so it passes nothing.
        assertThat(pass.deadUnits()[pass.deadUnits().length - 1]).isZero();
        Trainer gentle = RunFactory.comparisonRun(example("dead-relu.json"));
        PassTracker gentlePasses = PassTracker.of(gentle);
        PassStats last = null;
        while (gentle.iteration() < 20 * gentlePasses.passLength()) {
            gentle.step();
            PassStats done = gentlePasses.accept(gentle.last());
            last = done != null ? done : last;
        }
        assertThat(last.deadUnits()[1]).isLessThan(units / 4);
    }

    @Test
    void theSeedsOneDimensionalSiameseLearnsWithADistanceWhereTheCosineCannot() {
        Scenario s = example("hinge-embedding.json");
        LearnedSearch.Outcome hinge = LearnedSearch.of(RunFactory.mainRun(s), 100 * s.iterationsPerPass());
        LearnedSearch.Outcome cosine = LearnedSearch.of(RunFactory.comparisonRun(s), 100 * s.iterationsPerPass());
        assertThat(hinge.learned()).isTrue();
        assertThat(hinge.iteration()).isEqualTo(1_300);
        assertThat(cosine.learned()).isFalse();
        // The distance's slope in 1-D is +-1 (less Torch's 1e-6): alive, where the cosine's is 1e-11.
        Trainer trainer = RunFactory.mainRun(s);
        trainer.step();
        assertThat(Math.abs(trainer.last().dCdu(0))).isGreaterThan(0.99);
    }

    @Test
    void anInitialisationTooLargeGrowsTheActivationsLayerByLayerUntilTheRunDiverges() {
        Trainer trainer = RunFactory.mainRun(example("exploding-init.json"));
        trainer.step();
        IterationView first = trainer.last();
        for (int l = 1; l < first.layerCount() - 1; l++) {
            // normal(0, 1) weights in 64-wide relu layers: each layer multiplies the spread by about sqrt(64 / 2).
            assertThat(first.activationStd(l) / first.activationStd(l - 1)).isGreaterThan(3);
        }
        while (trainer.last().divergence() == Divergence.NONE && trainer.iteration() < 1000) {
            trainer.step();
        }
        assertThat(trainer.last().divergence()).isNotEqualTo(Divergence.NONE);
        Trainer he = RunFactory.comparisonRun(example("exploding-init.json"));
        for (int i = 0; i < 1000; i++) {
            he.step();
        }
        assertThat(he.last().divergence()).isEqualTo(Divergence.NONE);
        assertThat(he.last().loss()).isLessThan(0.1);
    }
}
