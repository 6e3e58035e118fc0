package org.gradflow.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.gradflow.engine.RunFactory;
import org.gradflow.engine.Scenario;
import org.gradflow.engine.TraceJsonWriter;
import org.gradflow.engine.Trainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "trace", mixinStandardHelpOptions = true,
        description = {"Runs the scenario's main run and prints one JSON object per line, per iteration:",
            "iteration, pair, target, cosine, loss, gradOutput, u, v, dCdu, dCdv, gradNorms, singular."})
final class TraceCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private ScenarioRun run;

    @Override
    public Integer call() throws IOException {
        Scenario scenario = run.scenario();
        long count = run.iterations(scenario);
        Trainer trainer = RunFactory.mainRun(scenario);
        PrintWriter out = spec.commandLine().getOut();
        try (TraceJsonWriter trace = new TraceJsonWriter(out)) {
            for (long i = 0; i < count; i++) {
                trainer.step();
                trace.write(trainer.last());
                if ((i & 1023) == 0 && out.checkError()) {
                    break;
                }
            }
        }
        if (out.checkError()) {
            spec.commandLine().getErr().println("gradflow: the trace could not be written in full"
                    + " (output closed or disk full)");
            return Cli.FAULT;
        }
        return Cli.OK;
    }
}
