package org.gradflow.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gradflow.engine.RunFactory;
import org.gradflow.engine.Scenario;
import org.gradflow.engine.ScenarioReader;
import org.gradflow.engine.TraceJsonWriter;
import org.gradflow.engine.Trainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "trace", mixinStandardHelpOptions = true,
        description = {"Runs the scenario's main run and prints one JSON object per line, per iteration:",
            "iteration, pair, target, cosine, loss, gradOutput, u, v, dCdu, dCdv, gradNorms, singular."})
final class TraceCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO.json", description = "The scenario file (JSON, UTF-8).")
    private Path scenarioFile;

    @Option(names = "--iterations", paramLabel = "N",
            description = "Iterations to run (default: one pass over all pairs, pairCount x iterationsPerPair).")
    private Long iterations;

    @Override
    public Integer call() throws IOException {
        Scenario scenario = new ScenarioReader().read(scenarioFile);
        long count = iterations == null ? scenario.iterationsPerPass() : iterations;
        if (count < 0) {
            throw new BadInputException("--iterations must be 0 or more, got " + count);
        }
        Trainer trainer = RunFactory.mainRun(scenario);
        PrintWriter out = spec.commandLine().getOut();
        TraceJsonWriter trace = new TraceJsonWriter(out);
        for (long i = 0; i < count; i++) {
            trainer.step();
            trace.write(trainer.last());
            if ((i & 1023) == 0 && out.checkError()) {
                break;
            }
        }
        trace.flush();
        if (out.checkError()) {
            spec.commandLine().getErr().println("gradflow: the trace could not be written in full"
                    + " (output closed or disk full)");
            return Cli.FAULT;
        }
        return Cli.OK;
    }
}
