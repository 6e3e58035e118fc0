package org.gradflow.app;

import org.gradflow.engine.Scenario;
import org.gradflow.export.ExportNames;
import org.gradflow.plot.ChartKind;
import org.gradflow.session.RunFrame;

/**
 * One moment of both runs, taken before a file dialog opens: the file is named from it and exactly it is
 * written, however far the runs play while the dialog is open.
 *
 * @param scenario  what made the runs (the CSV replays it)
 * @param iteration the iteration shown, which every file name carries
 */
public record ExportSnapshot(RunFrame left, RunFrame right, Scenario scenario, long iteration) {

    /** Copies the frames the window shows now. */
    static ExportSnapshot of(RunFrame shownLeft, RunFrame shownRight) {
        RunFrame l = new RunFrame();
        RunFrame r = new RunFrame();
        l.copyFrom(shownLeft);
        r.copyFrom(shownRight);
        // Both frames carry the whole scenario, the comparison included.
        return new ExportSnapshot(l, r, l.scenario(), r.present() ? Math.max(l.iteration(), r.iteration())
                : l.iteration());
    }

    public String figureName() {
        return ExportNames.figure(scenario, iteration);
    }

    public String chartName(ChartKind kind, boolean leftRun) {
        return ExportNames.chart(kind, scenario, leftRun, (leftRun ? left : right).iteration());
    }

    public String curveName() {
        return ExportNames.curve(scenario, iteration);
    }

    public String csvName() {
        return ExportNames.csv(scenario, iteration);
    }
}
