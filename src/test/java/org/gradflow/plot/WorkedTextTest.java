package org.gradflow.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gradflow.engine.RunFactory;
import org.gradflow.engine.ScenarioReader;
import org.gradflow.engine.WorkedIteration;
import org.junit.jupiter.api.Test;

class WorkedTextTest {

    private static WorkedIteration first(String json) {
        return WorkedIteration.of(RunFactory.mainRun(new ScenarioReader().parse(json)));
    }

    @Test
    void everyNumberAStudentChecksIsWrittenWithTheFormulaThatMadeIt() {
        WorkedIteration w = first("{\"network\": {\"outputSize\": 6}}");
        String text = String.join("\n", WorkedText.lines(w, "right run"));
        assertThat(text).contains("Iteration 1 of the right run (D = 6): pair 1, target −1, rule question")
                .contains("u = tanh(a₂) = " + WorkedText.vector(w.inputs().get(0).output()))
                .contains("v = tanh(a₂) = " + WorkedText.vector(w.inputs().get(1).output()))
                .contains(") = " + WorkedText.num(w.join().value()))
                .contains("dC/du = (v − ⟨u,v⟩/(|u|²+ε) · u) / √((|u|²+ε)(|v|²+ε)) = "
                        + WorkedText.vector(w.join().du()))
                .contains("gradOutput = dL/dC = 1")
                .contains("δa₁ = δh₁ ⊙ (1 − h₁²) = " + WorkedText.vector(w.inputs().get(0).layers().get(0).deltaA()))
                .contains("dL/dW₁ = " + WorkedText.matrix(w.gradient().get(0).weight()))
                .contains("W₂ = " + WorkedText.matrix(w.after().get(1).weight()));
    }

    @Test
    void aDeepClassifiersBatchIsWrittenLayerByLayerWithItsFirstExamples() {
        WorkedIteration w = first("{\"network\": {\"hiddenUnits\": [3, 3], \"activation\": \"sigmoid\"},"
                + " \"training\": {\"rule\": \"cross-entropy\", \"batchSize\": 5}, \"data\": {\"count\": 10}}");
        String text = String.join("\n", WorkedText.lines(w, "main run"));
        assertThat(text).contains("Iteration 1 of the main run (D = 2): batch 1 (examples 1 to 5), rule cross-entropy")
                .contains("h₂ = σ(a₂) = " + WorkedText.vector(w.inputs().get(0).layers().get(1).h()))
                .contains("y = a₃ = ")
                .contains("δa₁ = δh₁ ⊙ (1 − h₁) h₁ = ")
                .contains("(... and 3 more examples, the same way: forward)")
                .contains("dL/dW₃ = " + WorkedText.matrix(w.gradient().get(2).weight()));
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
        assertThat(lines).noneMatch(l -> l.startsWith("Backward, left"));
    }
}
