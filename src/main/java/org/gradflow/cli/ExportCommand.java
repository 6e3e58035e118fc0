package org.gradflow.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gradflow.engine.Scenario;
import org.gradflow.export.ExportException;
import org.gradflow.export.ScenarioExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes what the window exports, without a display: the side-by-side figure and each chart"
            + " of both runs as PNG, and the full trace of both runs as CSV.",
            "Names say what they hold: figure-D1-vs-D6-it100.png, cosine-D1-it100.png, trace-D1-vs-D6-it100.csv."})
final class ExportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private ScenarioRun run;

    @Mixin
    private ImageOutput output;

    @Option(names = "--format", paramLabel = "png|svg|both", defaultValue = "png",
            description = "Image format: png (default), svg (vector, text stays text) or both.")
    private String format;

    @Override
    public Integer call() throws ExportException {
        output.check();
        ScenarioExport.Format images = switch (format) {
            case "png" -> ScenarioExport.Format.PNG;
            case "svg" -> ScenarioExport.Format.SVG;
            case "both" -> ScenarioExport.Format.BOTH;
            default -> throw new BadInputException("--format must be png, svg or both, got " + format);
        };
        Scenario scenario = run.scenario();
        long count = run.iterations(scenario);
        ScenarioExport export = new ScenarioExport(scenario, count);
        for (Path written : export.writeAll(output.out(), output.scale(), output.force(), images)) {
            spec.commandLine().getOut().println(written);
        }
        return Cli.OK;
    }
}
