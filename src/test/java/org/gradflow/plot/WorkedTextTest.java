package org.gradflow.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gradflow.engine.RunFactory;
import org.gradflow.engine.ScenarioReader;
import org.gradflow.engine.Trainer;
import org.gradflow.engine.WorkedIteration;
import org.junit.jupiter.api.Test;

class WorkedTextTest {

    private static WorkedIteration first(String json) {
        Trainer trainer = RunFactory.mainRun(new ScenarioReader().parse(json));
        return WorkedIteration.of(trainer.network(), trainer.pairs().get(0), 1, trainer.objective(),
                trainer.learningRate(), 1);
    }

    @Test
    void everyNumberAStudentChecksIsWrittenWithTheFormulaThatMadeIt() {
        WorkedIteration w = first("{\"network\": {\"outputSize\": 6}}");
        String text = String.join("\n", WorkedText.lines(w, "right run"));
        assertThat(text).contains("Iteration 1 of the right run (D = 6): pair 1, target −1, rule question")
                .contains("u = tanh(z) = " + WorkedText.vector(w.left().out()))
                .contains("v = tanh(z) = " + WorkedText.vector(w.right().out()))
                .contains(") = " + WorkedText.num(w.cosine()))
                .contains("dC/du = (v − ⟨u,v⟩/(|u|²+ε) · u) / √((|u|²+ε)(|v|²+ε)) = " + WorkedText.vector(w.dCdu()))
                .contains("gradOutput = dL/dC = 1")
                .contains("δa = δh ⊙ (1 − h²) = " + WorkedText.vector(w.left().deltaA()))
                .contains("dL/dW₁ = " + WorkedText.matrix(w.gradient().w1()))
                .contains("W₂ = " + WorkedText.matrix(w.after().w2()));
    }

    @Test
    void inOneDimensionTheTextSaysWhyTheGradientIsOnlyEpsilon() {
        List<String> lines = WorkedText.lines(first("{}"), "left run");
        assertThat(lines).anyMatch(l -> l.contains("D = 1: v − (uv/u²)·u = 0 in exact arithmetic"));
    }

    @Test
    void aMaskedIterationSaysBackwardWasSkipped() {
        List<String> lines = WorkedText.lines(first("{\"training\": {\"rule\": \"cosine-embedding\", \"margin\": 1},"
                + " \"pairs\": [{\"left\": [1, 0, 0, 0, 0, 0], \"right\": [0, 1, 0, 0, 0, 0], \"target\": -1}]}"),
                "left run");
        assertThat(lines).anyMatch(l -> l.startsWith("Backward: gradOutput is 0"));
        assertThat(lines).noneMatch(l -> l.startsWith("Backward, left branch"));
    }
}
