package org.gradflow.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the window's figures as PNG and the trace as CSV (not built yet).")
final class ExportCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new BadInputException("export is not available in this build yet");
    }
}
