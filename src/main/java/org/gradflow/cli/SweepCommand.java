package org.gradflow.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gradflow.engine.Scenario;
import org.gradflow.engine.ScenarioReader;
import org.gradflow.export.ExportException;
import org.gradflow.export.SweepFiles;
import org.gradflow.session.Sweep;
import org.gradflow.session.SweepPlan;
import org.gradflow.session.SweepSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Trains the scenario's main run once for every combination of output size, learning rate,"
            + " the settings given with --vary, and seed, T at a time, and writes DIR/sweep.csv (one row per run,"
            + " equal to curve of that run) and DIR/sweep.png (the heatmap). Ctrl+C stops cleanly: the files then"
            + " hold the runs finished, marked partial."})
final class SweepCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO.json", description = "The scenario file (JSON, UTF-8).")
    private Path scenarioFile;

    @Option(names = "--output-sizes", paramLabel = "LIST",
            description = "Output sizes, like 1,2,6 (default: the scenario's).")
    private String outputSizes;

    @Option(names = "--learning-rates", paramLabel = "LIST",
            description = "Learning rates, like 0.003,0.01,0.1 (default: the scenario's).")
    private String learningRates;

    @Option(names = "--vary", paramLabel = "PATH=V1,V2", description = "A setting to vary, by its dotted path in the"
            + " scenario, each value JSON (a bare word is a string; commas inside brackets do not split), like"
            + " network.activation=relu,tanh or network.hiddenUnits=[8],[8,8]. Repeatable; the CSV gains a column"
            + " per --vary.")
    private List<String> vary = new ArrayList<>();

    @Option(names = "--seeds", paramLabel = "A..B", required = true, description = "Seeds, inclusive, like 1..20.")
    private String seeds;

    @Option(names = "--passes", paramLabel = "N", required = true, description = "Passes each run is trained for.")
    private long passes;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Existing folder to write into.")
    private Path out;

    @Option(names = "--threads", paramLabel = "T", description = "Runs at a time (default: the number of cores).")
    private Integer threads;

    @Option(names = "--nudge", description = "Also train each combination with its first hidden weight moved by one"
            + " ulp (Math.nextUp), and add the pass it learns at as a last column.")
    private boolean nudge;

    @Override
    public Integer call() throws ExportException, InterruptedException {
        SweepPlan plan = plan();
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (t < 1) {
            throw new BadInputException("--threads must be at least 1, got " + t);
        }
        checkFolder();
        SweepFiles.prepare();
        Sweep sweep = new Sweep(plan);
        Progress progress = new Progress(spec.commandLine().getErr(), sweep.total(), System.console() != null);
        Finisher finisher = new Finisher(sweep);
        // Ctrl+C: stop the runs, keep the rows finished, write them marked partial. Nothing half-written.
        PrintWriter err = spec.commandLine().getErr();
        Thread hook = new Thread(() -> {
            sweep.cancel();
            List<Path> written = finisher.finish();
            err.println(written.isEmpty() ? "gradflow: stopped; nothing was written"
                    : "gradflow: stopped; " + out.resolve(SweepFiles.CSV) + " and " + SweepFiles.PNG + " hold the "
                    + sweep.rows().size() + " runs finished, marked partial");
            err.flush();
        }, "gradflow-sweep-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        long start = System.nanoTime();
        sweep.run(t, row -> progress.update(sweep.done(), start));
        progress.end(sweep.done(), start);
        List<Path> written = finisher.finish();
        Runtime.getRuntime().removeShutdownHook(hook);
        if (finisher.problem != null) {
            throw finisher.problem;
        }
        for (Path p : written) {
            spec.commandLine().getOut().println(p);
        }
        return Cli.OK;
    }

    /** Writes the files once, whoever gets there first: the sweep's end or Ctrl+C. */
    private final class Finisher {
        private final Sweep sweep;
        private List<Path> written;
        private ExportException problem;

        Finisher(Sweep sweep) {
            this.sweep = sweep;
        }

        synchronized List<Path> finish() {
            if (written == null) {
                var rows = sweep.rows();
                try {
                    written = SweepFiles.write(new SweepSummary(sweep.plan(), rows), rows, out);
                } catch (ExportException e) {
                    problem = e;
                    written = List.of();
                }
            }
            return written;
        }
    }

    private SweepPlan plan() {
        Scenario scenario = new ScenarioReader().read(scenarioFile);
        try {
            return SweepPlan.parse(scenario, outputSizes, learningRates, seeds, String.valueOf(passes), nudge, vary,
                    SweepPlan.OPTION_NAMES);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    private void checkFolder() {
        if (out.toString().isBlank()) {
            throw new BadInputException("--out must name a folder, got an empty path");
        }
        if (!Files.isDirectory(out)) {
            throw new BadInputException("--out " + out + " is not an existing folder");
        }
        try {
            Files.delete(Files.createTempFile(out, ".gradflow-sweep-", ".probe"));
        } catch (IOException | SecurityException e) {
            throw new BadInputException("--out " + out + " cannot be written to");
        }
    }

    /** A bar on a terminal, a plain line every few seconds otherwise (a log, CI). */
    private static final class Progress {
        private final PrintWriter err;
        private final int total;
        private final boolean terminal;
        private long lastLine;

        Progress(PrintWriter err, int total, boolean terminal) {
            this.err = err;
            this.total = total;
            this.terminal = terminal;
        }

        synchronized void update(int done, long start) {
            long now = System.nanoTime();
            // The last run's line is end()'s.
            if (done >= total || now - lastLine < (terminal ? 100_000_000L : 5_000_000_000L)) {
                return;
            }
            lastLine = now;
            err.print(terminal ? "\r" + line(done, start, now) : line(done, start, now) + "\n");
            err.flush();
        }

        synchronized void end(int done, long start) {
            String line = line(done, start, System.nanoTime());
            err.print(terminal ? "\r" + line + "\n" : line + "\n");
            err.flush();
        }

        private String line(int done, long start, long now) {
            double seconds = Math.max(1e-9, (now - start) / 1e9);
            double rate = done / seconds;
            int width = 30;
            int filled = total == 0 ? width : (int) ((long) width * done / total);
            String bar = terminal ? "[" + "#".repeat(filled) + ".".repeat(width - filled) + "] " : "sweep: ";
            String left = done >= total ? String.format(Locale.ROOT, ", %.2f s", seconds)
                    : rate > 0 ? String.format(Locale.ROOT, ", %.0f s left", (total - done) / rate) : "";
            return String.format(Locale.ROOT, "%s%d of %d runs, %.1f runs/s%s", bar, done, total, rate, left);
        }
    }
}
