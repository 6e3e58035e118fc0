package org.gradflow.cli;

import picocli.CommandLine.Command;

/** The top-level command; with no arguments at all, {@code org.gradflow.Main} opens the window instead. */
@Command(name = "gradflow", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Gradient flow in small networks, Torch7-exact: where a gradient dies and why (the cosine of 1-D"
                + " outputs, deep sigmoid stacks, dead ReLUs, zero and oversized inits).",
            "Run with no arguments to open the window."},
        subcommands = {TraceCommand.class, CurveCommand.class, ExportCommand.class, SweepCommand.class,
            LessonCommand.class,
            BenchCommand.class},
        footer = {"", "Exit status: 0 done, 2 bad input (one line says what), 1 internal fault."})
public final class GradFlowCommand implements Runnable {
    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.Option(names = "--verbose", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "On an internal fault, also print its stack trace (it is always logged to a file).")
    private boolean verbose;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
