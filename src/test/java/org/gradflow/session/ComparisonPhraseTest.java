package org.gradflow.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gradflow.engine.Activation;
import org.gradflow.engine.Comparison;
import org.gradflow.engine.Dataset;
import org.gradflow.engine.InitScheme;
import org.gradflow.engine.RunNames;
import org.gradflow.engine.Scenario;
import org.gradflow.engine.ScenarioException;
import org.gradflow.engine.ScenarioReader;
import org.gradflow.engine.TrainingRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The window's "compare with" phrases and its network panel's settings, as merge patches on the main run. */
class ComparisonPhraseTest {
    private static final ScenarioReader READER = new ScenarioReader();

    static Stream<Path> examples() throws IOException {
        return Files.list(Path.of("assets/scenarios")).filter(p -> p.toString().endsWith(".json")).sorted();
    }

    /** What the window names the comparison can be typed back: the same comparison run, to the weights. */
    @ParameterizedTest
    @MethodSource("examples")
    void theComparisonsNameTypedBackIsTheSameRun(Path file) {
        Scenario s = READER.read(file);
        if (!s.hasComparison() || RunNames.of(s).get(1).equals("comparison")) {
            return;
        }
        Scenario typed = ComparisonPhrase.compare(s, RunNames.of(s).get(1));
        assertThat(typed.comparisonRun()).isEqualTo(s.comparisonRun());
        assertThat(RunNames.of(typed)).isEqualTo(RunNames.of(s));
    }

    @Test
    void dEqualsSixOnTheSeedIsTheLegacyComparisonBitForBit() {
        Scenario seed = Scenario.DEFAULT;
        Scenario typed = ComparisonPhrase.compare(seed.withoutComparison(), "D = 6");
        assertThat(typed.comparison()).isEqualTo(new Comparison.OutputSize(6, false));
        assertThat(typed.comparisonRun()).isEqualTo(seed.comparisonRun());
        assertThat(RunNames.fileParts(typed)).containsExactly("D1", "D6");
    }

    @Test
    void reluAndHeNormalOnTheDeepSigmoidStack() {
        Scenario deep = READER.read(Path.of("assets/scenarios/deep-sigmoid.json")).withoutComparison();
        Scenario typed = ComparisonPhrase.compare(deep, "relu, he-normal");
        assertThat(typed.comparisonRun().network().activation()).isEqualTo(Activation.RELU);
        assertThat(typed.comparisonRun().network().init().scheme()).isEqualTo(InitScheme.HE_NORMAL);
        assertThat(typed.comparisonRun().network().hiddenUnits()).isEqualTo(deep.network().hiddenUnits());
        assertThat(RunNames.of(typed)).containsExactly("sigmoid, torch", "relu, he-normal");
    }

    @Test
    void phrasesOfDepthWidthRateBatchAndInitParameters() {
        Scenario deep = READER.read(Path.of("assets/scenarios/deep-sigmoid.json")).withoutComparison();
        assertThat(ComparisonPhrase.compare(deep, "3 layers").comparisonRun().network().hiddenUnits())
                .containsExactly(8, 8, 8);
        assertThat(ComparisonPhrase.compare(deep, "2 layers of 16").comparisonRun().network().hiddenUnits())
                .containsExactly(16, 16);
        assertThat(ComparisonPhrase.compare(deep, "layers 8-4-2").comparisonRun().network().hiddenUnits())
                .containsExactly(8, 4, 2);
        assertThat(ComparisonPhrase.compare(deep, "no hidden layer").comparisonRun().network().hiddenUnits())
                .isEmpty();
        assertThat(ComparisonPhrase.compare(deep, "learning rate 1e-3").comparisonRun().training().learningRate())
                .isEqualTo(1e-3);
        assertThat(ComparisonPhrase.compare(deep, "batch 10").comparisonRun().training().batchSize()).isEqualTo(10);
        assertThat(ComparisonPhrase.compare(deep, "normal(std 2)").comparisonRun().network().init().std())
                .isEqualTo(2.0);
        assertThat(ComparisonPhrase.compare(deep, "xor").comparisonRun().data().dataset()).isEqualTo(Dataset.XOR);
    }

    @Test
    void aRuleOfAnotherEndBringsThatEndsDefaults() {
        Scenario classifier = Setting.RULE.applyTo(Scenario.DEFAULT, JsonNodeFactory.instance.textNode(
                "cross-entropy"));
        assertThat(classifier.rule()).isEqualTo(TrainingRule.CROSS_ENTROPY);
        assertThat(classifier.network().inputSize()).isEqualTo(2);
        assertThat(classifier.outputSize()).isEqualTo(2);
        assertThat(classifier.data().dataset()).isEqualTo(Dataset.CIRCLE);
        assertThat(classifier.hasComparison()).as("D = 6 means nothing to a classifier").isFalse();

        Scenario regression = Setting.RULE.applyTo(classifier, JsonNodeFactory.instance.textNode("mse"));
        assertThat(regression.outputSize()).isEqualTo(1);
        assertThat(regression.data().dataset()).isEqualTo(Dataset.PLANE);

        Scenario back = Setting.RULE.applyTo(regression, JsonNodeFactory.instance.textNode("question"));
        assertThat(back.main()).isEqualTo(Scenario.DEFAULT.main());
    }

    @Test
    void aListOfLayersStaysAListAndEveryHiddenLayerChanges() {
        Scenario layered = READER.parse("""
                {"network": {"inputSize": 2, "layers": [
                   {"units": 4, "activation": "tanh", "init": "xavier-uniform"},
                   {"units": 3, "activation": "sigmoid", "init": "zeros"},
                   {"units": 2, "activation": "linear", "init": "torch"}]},
                 "training": {"rule": "cross-entropy", "learningRate": 0.1, "seed": 1},
                 "data": {"dataset": "xor", "count": 20}}""");
        Scenario relu = Setting.ACTIVATION.applyTo(layered, JsonNodeFactory.instance.textNode("relu"));
        assertThat(relu.network().layerForm()).isTrue();
        assertThat(relu.network().layers()).extracting(l -> l.activation())
                .containsExactly(Activation.RELU, Activation.RELU, Activation.LINEAR);
        Scenario deeper = ComparisonPhrase.compare(layered, "layers 4-3-3");
        assertThat(deeper.comparisonRun().network().layers()).extracting(l -> l.units()).containsExactly(4, 3, 3, 2);
        assertThat(deeper.comparisonRun().network().layer(2).init().scheme()).isEqualTo(InitScheme.ZEROS);
    }

    @Test
    void aBadPhraseOrValueIsRefusedInOneLineNamingIt() {
        Scenario deep = READER.read(Path.of("assets/scenarios/deep-sigmoid.json"));
        assertThatThrownBy(() -> ComparisonPhrase.compare(deep, "relu, bananas"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"bananas\"")
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> ComparisonPhrase.compare(deep, "D = 0"))
                .hasMessageContaining("network.outputSize").hasMessageNotContaining("\n");
        assertThatThrownBy(() -> Setting.LEARNING_RATE.applyTo(deep, JsonNodeFactory.instance.numberNode(-1)))
                .isInstanceOf(ScenarioException.class).hasMessageContaining("training.learningRate");
    }

    @Test
    void everySuggestionIsUnderstoodAndMakesAValidComparison() {
        for (String file : List.of("original-question.json", "deep-sigmoid.json", "hinge-embedding.json",
                "zero-init.json")) {
            Scenario s = READER.read(Path.of("assets/scenarios", file));
            for (String phrase : ComparisonPhrase.suggestions(s)) {
                Scenario compared = ComparisonPhrase.compare(s, phrase);
                assertThat(compared.hasComparison()).as(file + ": " + phrase).isTrue();
                assertThat(compared.comparisonRun()).as(file + ": " + phrase).isNotEqualTo(compared.main());
            }
        }
    }
}
