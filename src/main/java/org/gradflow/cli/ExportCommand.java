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

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Existing folder to write into.")
    private Path out;

    @Option(names = "--scale", paramLabel = "S", defaultValue = "1",
            description = "Pixel scale of the PNGs: 1, 2 or 3 (default: ${DEFAULT-VALUE}).")
    private int scale;

    @Option(names = "--format", paramLabel = "png|svg|both", defaultValue = "png",
            description = "Image format: png (default), svg (vector, text stays text) or both.")
    private String format;

    @Option(names = "--force", description = "Replace files that exist already (refused otherwise).")
    private boolean force;

    @Override
    public Integer call() throws ExportException {
        if (scale < 1 || scale > 3) {
            throw new BadInputException("--scale must be 1, 2 or 3, got " + scale);
        }
        if (out.toString().isBlank()) {
            throw new BadInputException("--out must name a folder, got an empty path");
        }
        ScenarioExport.Format images = switch (format) {
            case "png" -> ScenarioExport.Format.PNG;
            case "svg" -> ScenarioExport.Format.SVG;
            case "both" -> ScenarioExport.Format.BOTH;
            default -> throw new BadInputException("--format must be png, svg or both, got " + format);
        };
        Scenario scenario = run.scenario();
        long count = run.iterations(scenario);
        for (Path written : new ScenarioExport(scenario, count).writeAll(out, scale, force, images)) {
            spec.commandLine().getOut().println(written);
        }
        return Cli.OK;
    }
}
