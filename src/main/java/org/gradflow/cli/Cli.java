package org.gradflow.cli;

import java.io.PrintWriter;
import org.gradflow.engine.ScenarioException;
import org.gradflow.session.EngineFault;
import org.gradflow.session.FaultLog;
import picocli.CommandLine;
import java.util.Arrays;
import org.gradflow.export.ExportException;

/**
 * Runs the command line: exit status 0 on success, 2 for bad input (one line naming what is wrong), 1 for a
 * fault (one line that says where its stack trace was logged; {@code --verbose} also prints it).
 */
public final class Cli {
    public static final int OK = 0;
    public static final int FAULT = 1;
    public static final int BAD_INPUT = 2;

    private Cli() {
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(new GradFlowCommand(), args, out, err);
    }

    /** The same for any command object: tests give one that fails. */
    static int run(Object command, String[] args, PrintWriter out, PrintWriter err) {
        boolean verbose = Arrays.asList(args).contains("--verbose") || System.getenv("GRADFLOW_DEBUG") != null;
        CommandLine cli = new CommandLine(command);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, argv) -> {
            CommandLine failed = ex.getCommandLine();
            failed.getErr().println("gradflow: " + oneLine(ex.getMessage()) + " (see '"
                    + failed.getCommandSpec().qualifiedName() + " --help')");
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, failed, parseResult) -> {
            if (ex instanceof ScenarioException || ex instanceof BadInputException
                    || ex instanceof ExportException) {
                failed.getErr().println("gradflow: " + oneLine(ex.getMessage()));
                return BAD_INPUT;
            }
            if (ex instanceof EngineFault) {
                // Logged by the engine thread already; the message says where.
                failed.getErr().println("gradflow: internal error: " + oneLine(ex.getMessage()));
            } else {
                failed.getErr().println("gradflow: internal error: " + oneLine(String.valueOf(ex)) + " ("
                        + FaultLog.where(FaultLog.write(String.join(" ", args), ex)) + ")");
            }
            if (verbose) {
                ex.printStackTrace(failed.getErr());
            }
            return FAULT;
        });
        int status = cli.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    static String oneLine(String message) {
        if (message == null) {
            return "unknown problem";
        }
        String line = message.strip();
        int newline = line.indexOf('\n');
        line = newline < 0 ? line : line.substring(0, newline).strip();
        // The last guard against an error line that repeats a huge value: a line is for reading.
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
