package org.gradflow.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gradflow.engine.Divergence;
import org.gradflow.engine.RunFactory;
import org.gradflow.engine.Scenario;
import org.gradflow.engine.Trainer;

/**
 * Writes the full trace of both runs by replaying the scenario: a run is a deterministic function of its
 * scenario, so replaying gives exactly the iterations the window trained, without keeping them in memory.
 * A run that diverged stops there, as it does in the window.
 */
public final class TraceReplay {
    private TraceReplay() {
    }

    public static void writeCsv(Scenario scenario, long iterations, Path file, SafeFiles.Existing existing)
            throws ExportException {
        SafeFiles.write(file, existing, out -> writeCsv(scenario, iterations, out));
    }

    /** The CSV of both runs' first {@code iterations} iterations, onto {@code out} (not closed). */
    static void writeCsv(Scenario scenario, long iterations, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(scenario, iterations, writer);
        writer.flush();
    }

    static void write(Scenario scenario, long iterations, Writer writer) throws IOException {
        List<Trainer> runs = new ArrayList<>(List.of(RunFactory.mainRun(scenario)));
        if (scenario.hasComparison()) {
            runs.add(RunFactory.comparisonRun(scenario));
        }
        int maxOutputSize = 0;
        int[] depths = new int[runs.size()];
        for (int r = 0; r < runs.size(); r++) {
            Trainer run = runs.get(r);
            maxOutputSize = Math.max(maxOutputSize, run.head().siamese() ? run.network().outputSize() : 0);
            depths[r] = run.network().depth();
        }
        CsvTraceWriter csv = new CsvTraceWriter(writer, maxOutputSize, depths);
        csv.writeHeader();
        boolean[] going = new boolean[runs.size()];
        Arrays.fill(going, true);
        for (long i = 0; i < iterations; i++) {
            boolean any = false;
            for (int r = 0; r < runs.size(); r++) {
                if (going[r]) {
                    Trainer run = runs.get(r);
                    run.step();
                    csv.writeRow(RUNS[r], run.last());
                    going[r] = run.last().divergence() == Divergence.NONE;
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
    }

    /** The CSV's run column: main, then the comparison. */
    private static final String[] RUNS = {"main", "comparison"};
}
