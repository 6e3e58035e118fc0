package org.gradflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** The design's "Any small network" section of the scenario format, read, written back and compared. */
class AnyNetworkScenarioTest {
    private final ScenarioReader reader = new ScenarioReader();
    private final ScenarioWriter writer = new ScenarioWriter();

    @Test
    void theDesignsNetworkExampleIsReadLayerByLayer() {
        Scenario s = reader.parse("""
                {"network": {"inputSize": 2, "hiddenUnits": [8, 8, 8, 8, 8, 8, 8, 8], "activation": "sigmoid",
                             "outputSize": 2, "outputActivation": "linear", "init": "xavier-uniform"},
                 "training": {"rule": "cross-entropy", "learningRate": 0.3, "batchSize": 10},
                 "data": {"dataset": "circle", "count": 200, "noise": 0.1}}""");
        NetworkSpec n = s.network();
        assertThat(n.depth()).isEqualTo(9);
        assertThat(n.hiddenUnits()).containsOnly(8).hasSize(8);
        assertThat(n.layer(0).activation()).isEqualTo(Activation.SIGMOID);
        assertThat(n.outputLayer().activation()).isEqualTo(Activation.LINEAR);
        assertThat(n.layers()).allSatisfy(l -> assertThat(l.init().scheme()).isEqualTo(InitScheme.XAVIER_UNIFORM));
        assertThat(s.main().batchSize()).isEqualTo(10);
        assertThat(s.iterationsPerPass()).isEqualTo(20);
        assertThat(s.hasComparison()).isFalse();
        assertThat(RunNames.of(s)).containsExactly("main");
    }

    @Test
    void theDefaultsFollowTheRule() {
        Scenario ce = reader.parse("{\"training\": {\"rule\": \"cross-entropy\"}}");
        assertThat(ce.inputSize()).isEqualTo(2);
        assertThat(ce.outputSize()).isEqualTo(2);
        assertThat(ce.network().outputActivation()).isEqualTo(Activation.LINEAR);
        assertThat(ce.data().dataset()).isEqualTo(Dataset.CIRCLE);
        assertThat(ce.data().count()).isEqualTo(200);
        assertThat(ce.main().batchSize()).isEqualTo(200);
        Scenario mse = reader.parse("{\"training\": {\"rule\": \"mse\"}}");
        assertThat(mse.data().dataset()).isEqualTo(Dataset.PLANE);
        assertThat(mse.outputSize()).isEqualTo(1);
        Scenario hinge = reader.parse("{\"training\": {\"rule\": \"hinge-embedding\"}}");
        assertThat(hinge.margin()).isEqualTo(1.0);
        assertThat(hinge.network().outputActivation()).isEqualTo(Activation.TANH);
        // The cosine rules' comparison is D = 6 as before; the others have one run until one is given.
        assertThat(hinge.hasComparison()).isFalse();
        assertThat(reader.parse("{}").comparisonOutputSize()).isEqualTo(6);
    }

    @Test
    void theFullListOfLayersAndItsInitObjectsAndExplicitWeights() {
        Scenario s = reader.parse("""
                {"network": {"inputSize": 3, "layers": [
                    {"units": 4, "activation": "relu", "init": "he-normal"},
                    {"units": 2, "activation": "leaky-relu", "init": {"scheme": "normal", "std": 0.5}},
                    {"units": 1, "init": {"scheme": "xavier-normal", "gain": 2}}]},
                 "training": {"rule": "mse"},
                 "examples": [{"input": [1, 2, 3], "target": [0.5]}, {"input": [0, 1, 0], "target": [-1]}],
                 "weights": {"layers": [{}, {"bias": [0.25, -0.25]}, {"weight": [[1, 2]], "bias": [3]}]}}""");
        assertThat(s.network().layerForm()).isTrue();
        assertThat(s.network().layer(1).init()).isEqualTo(new Init(InitScheme.NORMAL, 0.5, 1));
        assertThat(s.network().layer(2).init().gain()).isEqualTo(2);
        assertThat(s.network().outputActivation()).isEqualTo(Activation.LINEAR);
        assertThat(s.data().examples()).hasSize(2);
        Trainer t = RunFactory.mainRun(s);
        assertThat(t.network().layer(1).linear().bias().toArray()).containsExactly(0.25, -0.25);
        assertThat(t.network().layer(2).linear().weight().getRow(0)).containsExactly(1, 2);
        assertThat(t.examples().get(0).target()).containsExactly(0.5);
        assertThat(t.batchSize()).isEqualTo(2);
    }

    @Test
    void everyFormIsWrittenBackInTheFormItWasReadAndReadsBackEqual() throws Exception {
        String[] files = {
            "{\"network\": {\"inputSize\": 3, \"layers\": [{\"units\": 4, \"activation\": \"relu\"},"
                + " {\"units\": 1}]}, \"training\": {\"rule\": \"mse\"}, \"examples\": [{\"input\": [1, 2, 3],"
                + " \"target\": [0.5]}], \"weights\": {\"layers\": [{\"bias\": [1, 2, 3, 4]}, {}]}}",
            "{\"network\": {\"hiddenUnits\": [8, 8], \"activation\": \"sigmoid\"}, \"training\": {\"rule\":"
                + " \"cross-entropy\"}, \"comparison\": {\"network\": {\"activation\": \"relu\", \"init\":"
                + " \"he-normal\"}}}",
            "{\"comparison\": {\"outputSize\": 4}, \"network\": {\"init\": {\"scheme\": \"normal\", \"std\": 0.1}}}",
            "{\"training\": {\"rule\": \"hinge-embedding\", \"margin\": 2}, \"comparison\": {\"training\": {\"rule\":"
                + " \"question\", \"margin\": 0}}}"};
        ObjectMapper json = new ObjectMapper();
        for (String file : files) {
            Scenario s = reader.parse(file);
            String written = writer.write(s);
            Scenario again = reader.parse(written);
            assertThat(again).as(written).isEqualTo(s);
            assertThat(again.comparison().getClass()).isEqualTo(s.comparison().getClass());
            assertThat(writer.write(again)).isEqualTo(written);
            var tree = json.readTree(written);
            assertThat(tree.get("network").has("layers")).isEqualTo(s.network().layerForm());
        }
        var patched = json.readTree(writer.write(reader.parse(files[1])));
        // The patch is written as a patch: what turns the main run, as written, into the comparison.
        assertThat(patched.get("comparison").toString())
                .isEqualTo("{\"network\":{\"activation\":\"relu\",\"init\":\"he-normal\"}}");
        assertThat(json.readTree(writer.write(reader.parse(files[2]))).get("comparison").toString())
                .isEqualTo("{\"outputSize\":4}");
    }

    @Test
    void aMergePatchComparisonIsTheMainScenarioWithTheSettingChanged() {
        Scenario s = reader.parse("""
                {"network": {"hiddenUnits": [8, 8], "activation": "sigmoid"},
                 "training": {"rule": "cross-entropy", "seed": 3},
                 "data": {"dataset": "xor", "count": 100},
                 "comparison": {"network": {"activation": "relu", "init": "he-normal"}}}""");
        RunSpec c = s.comparisonRun();
        assertThat(c.network().activation()).isEqualTo(Activation.RELU);
        assertThat(c.network().init().scheme()).isEqualTo(InitScheme.HE_NORMAL);
        assertThat(c.training()).isEqualTo(s.training());
        assertThat(c.data()).isEqualTo(s.data());
        // Data generated from the same fields and seed are the same.
        assertThat(RunFactory.comparisonRun(s).examples()).isEqualTo(RunFactory.mainRun(s).examples());
        assertThat(RunNames.of(s)).containsExactly("sigmoid, torch", "relu, he-normal");
        assertThat(RunNames.fileParts(s)).containsExactly("main", "comparison");
        // RFC 7386: null removes a field, so the comparison goes back to the default init.
        Scenario removed = reader.parse("{\"network\": {\"init\": \"zeros\"}, \"comparison\": {\"network\":"
                + " {\"init\": null}}}");
        assertThat(removed.comparisonRun().network().init()).isEqualTo(Init.TORCH);
    }

    @Test
    void theSeedScenarioKeepsItsNamesAndALegacyComparisonDrawsItsWeightsFromTheSeed() {
        assertThat(RunNames.of(Scenario.DEFAULT)).containsExactly("D = 1", "D = 6");
        assertThat(RunNames.fileParts(Scenario.DEFAULT)).containsExactly("D1", "D6");
        Scenario patch = reader.parse("{\"comparison\": {\"network\": {\"outputSize\": 6}}}");
        assertThat(RunNames.fileParts(patch)).containsExactly("D1", "D6");
        assertThat(patch.comparisonRun()).isEqualTo(Scenario.DEFAULT.comparisonRun());
        Scenario rates = reader.parse("{\"comparison\": {\"training\": {\"learningRate\": 0.1}}}");
        assertThat(RunNames.of(rates)).containsExactly("learning rate 0.01", "learning rate 0.1");
    }

    @Test
    void aPatchWhoseResultIsNotValidIsRefusedAsTheComparisonsFault() {
        assertThatThrownBy(() -> reader.parse("{\"comparison\": {\"network\": {\"activation\": \"swish\"}}}"))
                .isInstanceOfSatisfying(ScenarioException.class, e -> {
                    assertThat(e.field()).isEqualTo("comparison");
                    assertThat(e.getMessage()).contains("network.activation").contains("swish").doesNotContain("\n");
                });
    }

    /** Shared with the command line's test of the same cases. */
    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/bad-network-scenarios.csv", delimiter = '|', quoteCharacter = '\'')
    void badNetworksAreRefusedWithOneLineNamingTheField(String what, String json, String field) {
        assertThatThrownBy(() -> reader.parse(json))
                .as(what)
                .isInstanceOfSatisfying(ScenarioException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).startsWith(field + ": ").doesNotContain("\n");
                });
    }
}
