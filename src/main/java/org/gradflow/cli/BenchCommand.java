package org.gradflow.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gradflow.engine.RunFactory;
import java.nio.file.Path;
import org.gradflow.engine.Scenario;
import org.gradflow.engine.ScenarioReader;
import org.gradflow.engine.Trainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import com.sun.management.ThreadMXBean;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.gradflow.app.WindowBenchmark;
import org.gradflow.export.ExportBenchmark;
import org.gradflow.export.ExportException;
import org.gradflow.session.SeekBenchmark;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Engine throughput on one thread: the main run of SCENARIO.json, or without it the reference"
            + " network (6 inputs, 3 hidden units, the question rule), trained for a while in rounds; prints the"
            + " median.",
            "Last line: 'iterations/s: N'."})
final class BenchCommand implements Callable<Integer> {
    /** Rounds are short so that a median over many of them shrugs off a noisy neighbour. */
    private static final double ROUND_SECONDS = 0.2;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO.json",
            description = "The scenario whose main run is timed (default: the reference network with --output-size).")
    private Path scenarioFile;

    @Option(names = "--output-size", paramLabel = "D",
            description = "Output size D of the reference network (default: 6).")
    private Integer outputSize;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "5",
            description = "Measuring time in seconds, warm-up included (default: ${DEFAULT-VALUE}).")
    private double seconds;

    @Option(names = "--baseline",
            description = "Also time a hand-written double[] loop of the same network and print the ratio.")
    private boolean baseline;

    @Option(names = "--export", description = "Instead: time exporting the whole figure as PNG (--scale, default 2).")
    private boolean export;

    @Option(names = "--window", description = "Instead: open the window on SCENARIO.json (default: the reference"
            + " scenario), play --iterations (default 10,000,000) at full speed, and report the chart update time per"
            + " frame and the heap. Needs a display.")
    private boolean window;

    @Option(names = "--seek", description = "Instead: play --iterations (default 10,000,000) of the runs of"
            + " SCENARIO.json (default: the reference scenario), then jump to 50 random earlier iterations. Last line:"
            + " 'seek ms: median M, max X'.")
    private boolean seek;

    @Option(names = "--scale", paramLabel = "S", defaultValue = "2", description = "PNG scale for --export.")
    private int scale;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "10000000",
            description = "Iterations of play for --window (default: ${DEFAULT-VALUE}).")
    private long iterations;

    @Override
    public Integer call() throws ExportException {
        if ((export ? 1 : 0) + (window ? 1 : 0) + (seek ? 1 : 0) > 1) {
            throw new BadInputException("--export, --window and --seek are separate benchmarks: give one of them");
        }
        if (seek) {
            return benchSeek();
        }
        if (export) {
            return benchExport();
        }
        if (window) {
            if (iterations < 1) {
                throw new BadInputException("--iterations must be at least 1, got " + iterations);
            }
            return WindowBenchmark.run(benchScenario(), benchName(), iterations, spec.commandLine().getOut(),
                    spec.commandLine().getErr());
        }
        if (!(seconds >= 0.5 && seconds <= 3600)) {
            throw new BadInputException("--seconds must be from 0.5 to 3600, got " + seconds);
        }
        if (scenarioFile != null && (outputSize != null || baseline)) {
            throw new BadInputException((baseline ? "--baseline" : "--output-size") + " is for the reference network;"
                    + " a scenario's network is timed as its file says");
        }
        int d = outputSize == null ? 6 : outputSize;
        if (d < 1 || d > Scenario.MAX_LAYER_SIZE) {
            throw new BadInputException("--output-size must be from 1 to " + Scenario.MAX_LAYER_SIZE + ", got " + d);
        }
        PrintWriter out = spec.commandLine().getOut();
        Scenario scenario = scenarioFile != null ? new ScenarioReader().read(scenarioFile)
                : Scenario.DEFAULT.withOutputSize(d);
        Trainer trainer = RunFactory.mainRun(scenario);
        HandWrittenLoop loop = baseline ? new HandWrittenLoop(RunFactory.mainRun(scenario)) : null;

        // Made once: a method reference is a new object each time it is evaluated.
        Runnable engineStep = trainer::step;
        Runnable loopStep = baseline ? loop::step : null;
        double warmUp = Math.min(1.0, seconds * 0.2);
        int rounds = Math.max(3, (int) ((seconds - warmUp) / (ROUND_SECONDS * (baseline ? 2 : 1))));
        time(engineStep, warmUp);
        if (baseline) {
            time(loopStep, warmUp);
        }
        double[] engine = new double[rounds];
        double[] hand = new double[rounds];
        double[] ratio = new double[rounds];
        var threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long threadId = Thread.currentThread().getId();
        long allocatedBefore = threads.getThreadAllocatedBytes(threadId);
        long engineIterationsBefore = trainer.iteration();
        long allocatedByBaseline = 0;
        for (int r = 0; r < rounds; r++) {
            engine[r] = time(engineStep, ROUND_SECONDS);
            if (baseline) {
                long before = threads.getThreadAllocatedBytes(threadId);
                hand[r] = time(loopStep, ROUND_SECONDS);
                allocatedByBaseline += threads.getThreadAllocatedBytes(threadId) - before;
                ratio[r] = engine[r] / hand[r];
            }
        }
        long allocated = threads.getThreadAllocatedBytes(threadId) - allocatedBefore - allocatedByBaseline;
        double bytesPerIteration = (double) allocated / (trainer.iteration() - engineIterationsBefore);

        out.printf(Locale.ROOT, "engine: %s, 1 thread, %d rounds of %.1f s after %.1f s warm-up%n",
                describe(scenario), rounds, ROUND_SECONDS, warmUp);
        out.printf(Locale.ROOT, "engine: median %,.0f it/s (range %,.0f .. %,.0f), %.3f bytes allocated per"
                + " iteration%n", median(engine), min(engine), max(engine), bytesPerIteration);
        if (baseline) {
            out.printf(Locale.ROOT, "baseline: median %,.0f it/s (range %,.0f .. %,.0f), hand-written double[]"
                    + " loop of the same network%n", median(hand), min(hand), max(hand));
            out.printf(Locale.ROOT, "ratio engine/baseline: median %.2f (range %.2f .. %.2f)%n", median(ratio),
                    min(ratio), max(ratio));
        }
        // Keeps the JIT from proving the work useless.
        if (Double.isNaN(trainer.last().loss() + (baseline ? loop.lastCosine() : 0)) && trainer.iteration() < 0) {
            out.println();
        }
        out.printf(Locale.ROOT, "iterations/s: %d%n", Math.round(median(engine)));
        return Cli.OK;
    }

    /** The network timed, as the first line says it: "network 6-3-6 (tanh), rule question, 10 pairs". */
    private static String describe(Scenario s) {
        String data = s.rule().siamese() ? s.effectivePairCount() + " pairs"
                : s.main().data().effectiveExampleCount() + " examples, batch " + s.main().batchSize();
        return "network " + s.network().shape() + " (" + s.network().activation().id() + "), rule " + s.rule().id()
                + ", " + data;
    }

    /** What --window and --seek open: the scenario given, else the reference one (the seed, D = 1 vs D = 6). */
    private Scenario benchScenario() {
        if (outputSize != null || baseline) {
            throw new BadInputException((baseline ? "--baseline" : "--output-size") + " does not go with --window or"
                    + " --seek: they open " + (scenarioFile == null ? "the reference scenario" : "the scenario given"));
        }
        return scenarioFile == null ? Scenario.DEFAULT : new ScenarioReader().read(scenarioFile);
    }

    private String benchName() {
        return scenarioFile == null ? "reference scenario" : String.valueOf(scenarioFile.getFileName());
    }

    private int benchSeek() {
        if (iterations < 1) {
            throw new BadInputException("--iterations must be at least 1, got " + iterations);
        }
        PrintWriter out = spec.commandLine().getOut();
        SeekBenchmark.Result result;
        try {
            result = SeekBenchmark.run(benchScenario(), iterations, 50, 1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Cli.FAULT;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the seek benchmark failed: " + e.getMessage(), e);
        }
        out.printf(Locale.ROOT, "seek: %s, played to %,d iterations, 50 jumps to random earlier iterations, each"
                + " until a frame of every run there is ready%n", benchName(), result.played());
        out.printf(Locale.ROOT, "seek ms: median %.1f, max %.1f%n", result.median(), result.max());
        return Cli.OK;
    }

    private int benchExport() throws ExportException {
        if (scale < 1 || scale > 3) {
            throw new BadInputException("--scale must be 1, 2 or 3, got " + scale);
        }
        PrintWriter out = spec.commandLine().getOut();
        var result = ExportBenchmark.run(scale, 5, 21);
        out.printf(Locale.ROOT, "export: whole figure at %dx (%d x %d px, %,d bytes): render, PNG, atomic write;"
                + " 21 rounds after 5 warm-up%n", result.scale(), result.width(), result.height(), result.bytes());
        out.printf(Locale.ROOT, "export ms: median %.0f, max %.0f%n", result.median(), result.max());
        return Cli.OK;
    }

    /** Runs {@code step} in batches until {@code seconds} have passed; returns iterations per second. */
    private static double time(Runnable step, double seconds) {
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        long iterations = 0;
        long now;
        do {
            for (int i = 0; i < 4096; i++) {
                step.run();
            }
            iterations += 4096;
            now = System.nanoTime();
        } while (now < deadline);
        return iterations / ((now - start) / 1e9);
    }

    static double median(double[] values) {
        return new Median().evaluate(values);
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }
}
