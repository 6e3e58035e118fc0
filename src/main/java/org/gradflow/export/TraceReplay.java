package org.gradflow.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
        Trainer left = RunFactory.mainRun(scenario);
        Trainer right = RunFactory.comparisonRun(scenario);
        CsvTraceWriter csv = new CsvTraceWriter(writer,
                Math.max(scenario.outputSize(), scenario.comparisonOutputSize()));
        csv.writeHeader();
        boolean leftGoing = true;
        boolean rightGoing = true;
        for (long i = 0; i < iterations && (leftGoing || rightGoing); i++) {
            if (leftGoing) {
                left.step();
                csv.writeRow("left", left.last());
                leftGoing = left.last().divergence() == Divergence.NONE;
            }
            if (rightGoing) {
                right.step();
                csv.writeRow("right", right.last());
                rightGoing = right.last().divergence() == Divergence.NONE;
            }
        }
    }
}
