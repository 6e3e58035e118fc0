package org.gradflow.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gradflow.engine.Scenario;
import org.gradflow.engine.TrainingRule;
import org.gradflow.session.RunFrame;
import org.junit.jupiter.api.Test;
import java.nio.file.Path;
import org.gradflow.engine.ScenarioReader;

/** The words the window and the figures show, for each state the runs can be in. */
class ExplanationAndSummaryTest {

    private static RunFrame[] framesAt(Scenario scenario, long iterations) throws Exception {
        return DiagnosisTest.framesAt(scenario, iterations);
    }

    @Test
    void theReferenceScenarioExplainsTheFlatOneDimensionalGradient() throws Exception {
        RunFrame[] f = framesAt(Scenario.DEFAULT, 20);
        Explanation e = Explanation.of(f[0], f[1]);
        assertThat(e.headline()).isEqualTo("D = 1 cannot learn: the cosine of two numbers is sign(u)·sign(v).");
        assertThat(e.formula()).contains("ε = 10⁻¹²");
        assertThat(RunSummary.badges(f[0])).extracting(Badge::kind).contains(Badge.Kind.GRADIENT_ZERO,
                Badge.Kind.GRADIENT_CHECK);
        assertThat(RunSummary.badges(f[1])).extracting(Badge::kind).doesNotContain(Badge.Kind.GRADIENT_ZERO);
        assertThat(RunSummary.status(f[0])).matches(
                "iteration 20 · pair 2 · target \\+1 · C = (1 − |−1 \\+ )[0-9.]+e−1[12]"
                + " · \\|dC/du\\| = [0-9.]+e−1[12]");
        assertThat(RunSummary.divergenceMessage(f[0])).isNull();
    }

    @Test
    void theSingularSpikeIsExplainedWhenAnOutputIsZero() throws Exception {
        Scenario spike = new ScenarioReader().read(
                Path.of("assets/scenarios/singular-spike.json"));
        RunFrame[] f = framesAt(spike, 0);
        assertThat(f[0].singular()).isTrue();
        assertThat(RunSummary.badges(f[0])).extracting(Badge::text).contains("singular (u = 0)");
        assertThat(Explanation.of(f[0], f[1]).headline()).contains("eps invents one of 10⁶");
        RunFrame[] after = framesAt(spike, 1);
        assertThat(Explanation.of(after[0], after[1]).headline()).contains("blew up on the eps spike");
    }

    @Test
    void aHugeLearningRateIsExplainedAsDivergence() throws Exception {
        RunFrame[] f = framesAt(Scenario.DEFAULT.withTraining(TrainingRule.QUESTION, 1e6, 0, 10, 1), 5);
        assertThat(Explanation.of(f[0], f[1]).headline()).isEqualTo("D = 6 diverged: the learning rate is too large.");
        assertThat(RunSummary.badges(f[1])).extracting(Badge::text).contains("diverged (exploded)");
        assertThat(RunSummary.divergenceMessage(f[1])).startsWith("Diverged at iteration 1:");
    }

    @Test
    void twoWideRunsAndTwoScalarRunsHaveTheirOwnWords() throws Exception {
        RunFrame[] wide = framesAt(Scenario.DEFAULT.withOutputSize(3), 3);
        assertThat(Explanation.of(wide[0], wide[1]).headline()).isEqualTo("With D > 1 the gradient is alive.");
        RunFrame[] scalar = framesAt(Scenario.DEFAULT.withComparisonOutputSize(1), 3);
        assertThat(Explanation.of(scalar[0], scalar[1]).headline())
                .isEqualTo("Both runs have D = 1: neither can learn.");
    }

    @Test
    void cosineShowsItsDistanceFromPlusOrMinusOne() {
        assertThat(RunSummary.cosine(0.999999999995256)).isEqualTo("1 − 4.7e−12");
        assertThat(RunSummary.cosine(-0.99999999999)).isEqualTo("−1 + 1e−11");
        assertThat(RunSummary.cosine(0.5)).isEqualTo("0.5");
        assertThat(RunSummary.cosine(Double.NaN)).isEqualTo("NaN");
        assertThat(List.of(RunSummary.cosine(0.9933466814088258))).containsExactly("0.993347");
    }
}
