package org.gradflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gradflow.session.FaultLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Internal faults: exit 1, one line naming the log, the stack trace in the log (and on stderr with --verbose). */
class CliFaultTest {
    @TempDir
    Path state;

    @Command(name = "broken")
    static final class Broken implements Callable<Integer> {
        @Option(names = "--verbose")
        boolean verbose;

        @Override
        public Integer call() {
            throw new IllegalStateException("a bug in a command");
        }
    }

    @AfterEach
    void logAsUsual() {
        System.clearProperty(FaultLog.FOLDER_PROPERTY);
    }

    private String[] run(String... args) {
        System.setProperty(FaultLog.FOLDER_PROPERTY, state.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(new Broken(), args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {String.valueOf(status), out.toString(), err.toString()};
    }

    @Test
    void anInternalFaultExitsOneAndSaysWhereItsStackTraceIs() throws Exception {
        String[] r = run();
        Path log = state.resolve("gradflow-faults.log");
        assertThat(r[0]).isEqualTo("1");
        assertThat(r[2].strip()).isEqualTo("gradflow: internal error: java.lang.IllegalStateException: a bug in a"
                + " command (details in " + log + ")");
        assertThat(Files.readString(log)).contains("a bug in a command", "at org.gradflow.cli.CliFaultTest$Broken");
    }

    @Test
    void verbosePrintsTheStackTraceToo() {
        String[] r = run("--verbose");
        assertThat(r[0]).isEqualTo("1");
        assertThat(r[2]).contains("at org.gradflow.cli.CliFaultTest$Broken.call");
    }
}
