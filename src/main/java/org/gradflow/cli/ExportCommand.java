package org.gradflow.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gradflow.engine.Scenario;
import org.gradflow.export.ExportException;
import org.gradflow.export.PytorchScripts;
import org.gradflow.export.ScenarioExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes what the window exports, without a display: the side-by-side figure and each chart"
            + " of both runs as PNG, and the full trace of both runs as CSV.",
            "Names say what they hold: figure-D1-vs-D6-it100.png, cosine-D1-it100.png, trace-D1-vs-D6-it100.csv.",
            "With --format pytorch: train-<run>.py for each run instead (train-D1.py, train-D6.py), a standalone"
            + " PyTorch script of the run; python3 train-D1.py --passes N prints its curve lines, --trace N its"
            + " trace lines."})
final class ExportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private ScenarioRun run;

    @Mixin
    private ImageOutput output;

    @Option(names = "--format", paramLabel = "png|svg|both|pytorch", defaultValue = "png",
            description = "png (default), svg (vector, text stays text), both, or pytorch (a script per run).")
    private String format;

    @Override
    public Integer call() throws ExportException {
        output.check();
        if (format.equals("pytorch")) {
            return pytorch();
        }
        ScenarioExport.Format images = switch (format) {
            case "png" -> ScenarioExport.Format.PNG;
            case "svg" -> ScenarioExport.Format.SVG;
            case "both" -> ScenarioExport.Format.BOTH;
            default -> throw new BadInputException("--format must be png, svg, both or pytorch, got " + format);
        };
        Scenario scenario = run.scenario();
        long count = run.iterations(scenario);
        ScenarioExport export = new ScenarioExport(scenario, count);
        print(export.writeAll(output.out(), output.scale(), output.force(), images));
        return Cli.OK;
    }

    /** The scripts start at iteration 0 and draw nothing: options about what is trained or drawn are refused. */
    private Integer pytorch() throws ExportException {
        for (String option : List.of("--iterations", "--scale")) {
            if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                throw new BadInputException(option + " does not go with --format pytorch: the scripts start at"
                        + " iteration 0 and train as far as they are asked (--passes N, --trace N)");
            }
        }
        Scenario scenario = run.scenario();
        print(PytorchScripts.write(scenario, run.file().toString(), output.out(), output.force()));
        return Cli.OK;
    }

    private void print(List<Path> written) {
        for (Path file : written) {
            spec.commandLine().getOut().println(file);
        }
    }
}
