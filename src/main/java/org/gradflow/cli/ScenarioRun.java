package org.gradflow.cli;

import java.nio.file.Path;
import org.gradflow.engine.Scenario;
import org.gradflow.engine.ScenarioReader;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What {@code trace} and {@code export} share: the scenario file and how many iterations to run it for. */
final class ScenarioRun {
    @Parameters(index = "0", paramLabel = "SCENARIO.json", description = "The scenario file (JSON, UTF-8).")
    private Path scenarioFile;

    @Option(names = "--iterations", paramLabel = "N",
            description = "Iterations to run (default: one pass over all pairs, pairCount x iterationsPerPair).")
    private Long iterations;

    /** The scenario file as the user named it. */
    Path file() {
        return scenarioFile;
    }

    /** Whether --iterations was given. */
    boolean iterationsGiven() {
        return iterations != null;
    }

    /** Reads the scenario; a bad file is a one-line ScenarioException naming the field. */
    Scenario scenario() {
        return new ScenarioReader().read(scenarioFile);
    }

    /** The iterations asked for, or one pass over the scenario's pairs. */
    long iterations(Scenario scenario) {
        long count = iterations == null ? scenario.iterationsPerPass() : iterations;
        if (count < 0) {
            throw new BadInputException("--iterations must be 0 or more, got " + count);
        }
        return count;
    }
}
