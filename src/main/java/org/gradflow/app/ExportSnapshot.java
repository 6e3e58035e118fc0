package org.gradflow.app;

import org.gradflow.engine.Scenario;
import org.gradflow.export.ExportNames;
import org.gradflow.plot.ChartKind;
import org.gradflow.session.RunFrame;

/**
 * One moment of the runs, taken before a file dialog opens: the file is named from it and exactly it is
 * written, however far the runs play while the dialog is open.
 *
 * @param scenario  what made the runs (the CSV replays it)
 * @param iteration the iteration shown, which every file name carries
 */
public record ExportSnapshot(RunFrame main, RunFrame comparison, Scenario scenario, long iteration) {

    /** Copies the frames the window shows now. */
    static ExportSnapshot of(RunFrame shownMain, RunFrame shownComparison) {
        RunFrame l = new RunFrame();
        RunFrame r = new RunFrame();
        l.copyFrom(shownMain);
        r.copyFrom(shownComparison);
        // Both frames carry the whole scenario, the comparison included.
        return new ExportSnapshot(l, r, l.scenario(), r.present() ? Math.max(l.iteration(), r.iteration())
                : l.iteration());
    }

    public String figureName() {
        return ExportNames.figure(scenario, iteration);
    }

    public String chartName(ChartKind kind, boolean mainRun) {
        return ExportNames.chart(kind, scenario, mainRun, (mainRun ? main : comparison).iteration());
    }

    /** The name of one chart of one run, as File ▸ Export one chart offers it. */
    public String chartName(ExportViewModel.ChartChoice choice) {
        return chartName(choice.kind(), choice.main());
    }

    public String curveName() {
        return ExportNames.curve(scenario, iteration);
    }

    public String csvName() {
        return ExportNames.csv(scenario, iteration);
    }
}
