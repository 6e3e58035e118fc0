package org.gradflow.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import org.gradflow.engine.PassStats;
import org.gradflow.engine.PassTracker;
import org.gradflow.engine.RunFactory;
import org.gradflow.engine.Scenario;
import org.gradflow.engine.Trainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import java.nio.file.Path;
import org.gradflow.engine.ScenarioReader;

@Command(name = "curve", mixinStandardHelpOptions = true,
        description = {"Trains the scenario's runs and prints the learning curve: one JSON object per line, per pass"
            + " and per run (main first, then the comparison if there is one):",
            "run, outputSize, pass, iteration, meanLoss, pairsRight and pairCount (examplesRight and exampleCount"
            + " for cross-entropy and mse), learned, deadUnits (per layer)."})
final class CurveCommand implements Callable<Integer> {
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO.json", description = "The scenario file (JSON, UTF-8).")
    private Path scenarioFile;

    @Option(names = "--passes", paramLabel = "N", defaultValue = "100",
            description = "Passes to train each run (default: ${DEFAULT-VALUE}).")
    private long passes;

    @Override
    public Integer call() throws IOException {
        if (passes < 0) {
            throw new BadInputException("--passes must be 0 or more, got " + passes);
        }
        Scenario scenario = new ScenarioReader().read(scenarioFile);
        PrintWriter out = spec.commandLine().getOut();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.setPrettyPrinter(null);
            json.setRootValueSeparator(null);
            print(json, out, "main", RunFactory.mainRun(scenario));
            if (scenario.hasComparison()) {
                print(json, out, "comparison", RunFactory.comparisonRun(scenario));
            }
        }
        out.flush();
        if (out.checkError()) {
            spec.commandLine().getErr().println("gradflow: the curve could not be written in full"
                    + " (output closed or disk full)");
            return Cli.FAULT;
        }
        return Cli.OK;
    }

    private void print(JsonGenerator json, PrintWriter out, String run, Trainer trainer) throws IOException {
        PassTracker tracker = PassTracker.of(trainer);
        for (long p = 0; p < passes; ) {
            trainer.step();
            PassStats pass = tracker.accept(trainer.last());
            if (pass == null) {
                continue;
            }
            p++;
            json.writeStartObject();
            json.writeStringField("run", run);
            json.writeNumberField("outputSize", trainer.network().outputSize());
            json.writeNumberField("pass", pass.pass());
            json.writeNumberField("iteration", pass.iteration());
            json.writeNumberField("meanLoss", pass.meanLoss());
            boolean siamese = trainer.head().siamese();
            json.writeNumberField(siamese ? "pairsRight" : "examplesRight", pass.right());
            json.writeNumberField(siamese ? "pairCount" : "exampleCount", pass.count());
            json.writeBooleanField("learned", pass.learned());
            json.writeArrayFieldStart("deadUnits");
            for (int dead : pass.deadUnits()) {
                json.writeNumber(dead);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.flush();
            out.write('\n');
        }
    }
}
