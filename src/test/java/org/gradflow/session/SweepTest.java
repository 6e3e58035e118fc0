package org.gradflow.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gradflow.engine.RunFactory;
import org.gradflow.engine.Scenario;
import org.gradflow.engine.Network;
import org.gradflow.export.SweepFiles;
import org.junit.jupiter.api.Test;

class SweepTest {
    private static SweepPlan plan(boolean nudge) {
        return SweepPlan.parse(Scenario.DEFAULT, "1,6", "0.01,0.03", "1..8", "30", nudge, SweepPlan.OPTION_NAMES);
    }

    @Test
    void theNudgeMovesOneWeightByOneUlpAndNothingElse() {
        Network network = RunFactory.mainRun(Scenario.DEFAULT.withOutputSize(6)).network();
        double[] before = network.parameters();
        Sweep.nudgeFirstHiddenWeight(network);
        double[] after = network.parameters();
        assertThat(after[0]).isEqualTo(Math.nextUp(before[0]));
        assertThat(Math.abs(Double.doubleToLongBits(after[0]) - Double.doubleToLongBits(before[0]))).isEqualTo(1);
        for (int k = 1; k < before.length; k++) {
            assertThat(after[k]).isEqualTo(before[k]);
        }
    }

    @Test
    void aCancelledSweepKeepsTheRowsItFinishedAndItsCsvSaysItIsPartial() throws Exception {
        Sweep sweep = new Sweep(plan(false));
        sweep.run(2, row -> {
            if (sweep.done() >= 5) {
                sweep.cancel();
            }
        });
        List<SweepRow> rows = sweep.rows();
        assertThat(rows.size()).isBetween(5, 31);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SweepFiles.writeCsv(new SweepSummary(sweep.plan(), rows), rows, out);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines[0]).isEqualTo("outputSize,learningRate,seed,learnedAtPass,finalMeanLoss");
        assertThat(lines).hasSize(1 + rows.size() + 1);
        assertThat(lines[lines.length - 1]).isEqualTo("# partial: " + rows.size() + " of 32 runs");
        // The rows kept are whole rows, in row order.
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).combination().index()).isGreaterThan(rows.get(i - 1).combination().index());
        }
    }

    @Test
    void theSummaryCountsSeedsThatLearnedAndTheirMedianPass() throws Exception {
        Sweep sweep = new Sweep(plan(true));
        sweep.run(2, row -> { });
        SweepSummary s = new SweepSummary(sweep.plan(), sweep.rows());
        assertThat(s.rows()).isEqualTo(32);
        assertThat(s.cell(0, 0).learned()).isZero();
        assertThat(s.cell(0, 0).runs()).isEqualTo(8);
        assertThat(s.nudged()).isEqualTo(32);
        long learnedD6 = sweep.rows().stream().filter(r -> r.combination().outputSize() == 6
                && r.combination().learningRate() == 0.01 && r.learned()).count();
        assertThat(s.cell(1, 0).learned()).isEqualTo((int) learnedD6);
    }
}
