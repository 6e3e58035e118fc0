package org.gradflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.assertj.core.api.Assertions;

class TrainingObjectiveTest {

    @ParameterizedTest(name = "{0} margin {1}: C={2} target {3} -> loss {4}, gradOutput {5}")
    @CsvSource({
        // question: -target always, loss 1 - target C
        "question,         0,    0.9,  -1, 1.9,  1",
        "question,         0,    0.9,   1, 0.1, -1",
        "question,         0,   -1.0,  -1, 0.0,  1",
        // torch-example: -target while C target < 1
        "torch-example,    0,    0.3,   1, 0.7, -1",
        "torch-example,    0,    0.3,  -1, 1.3,  1",
        "torch-example,    0,    1.0,   1, 0.0,  0",
        "torch-example,    0,   -1.0,  -1, 0.0,  0",
        // cosine-embedding: 1 - C for +1; max(0, C - margin) for -1; no gradient where the loss is 0
        "cosine-embedding, 0,    0.3,   1, 0.7, -1",
        "cosine-embedding, 0,    1.0,   1, 0.0,  0",
        "cosine-embedding, 0.5,  0.8,  -1, 0.3,  1",
        "cosine-embedding, 0.5,  0.5,  -1, 0.0,  0",
        "cosine-embedding, 0.5,  0.2,  -1, 0.0,  0",
        "cosine-embedding, -0.5, -0.2, -1, 0.3,  1",
    })
    void lossAndGradOutput(String rule, double margin, double cosine, int target, double loss, double gradOutput) {
        TrainingObjective objective = new TrainingObjective(TrainingRule.fromId(rule).orElseThrow(), margin);
        assertThat(objective.loss(cosine, target)).isCloseTo(loss, Assertions.within(1e-15));
        assertThat(objective.gradOutput(cosine, target)).isEqualTo(gradOutput);
    }

    /** A rule added to the enum is accepted by scenario files and named in the error message, with no list to edit. */
    @Test
    void everyRuleIsReadFromAScenarioByItsNameAndNamedWhenOneIsUnknown() {
        for (TrainingRule rule : TrainingRule.values()) {
            Scenario s = new ScenarioReader().parse("{\"training\": {\"rule\": \"" + rule.id() + "\"}}");
            assertThat(s.rule()).isEqualTo(rule);
        }
        Assertions.assertThatThrownBy(() -> new ScenarioReader().parse(
                "{\"training\": {\"rule\": \"hinge\"}}"))
                .hasMessageContaining(TrainingRule.ids());
        assertThat(TrainingRule.ids().split(", ")).hasSize(TrainingRule.values().length);
    }
}
