package org.gradflow.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gradflow.engine.ScenarioException;
import org.gradflow.export.ExportException;
import org.gradflow.export.LessonHandout;
import org.gradflow.plot.Lesson;
import org.gradflow.plot.LessonReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "lesson", mixinStandardHelpOptions = true,
        description = {"Writes a lesson as a handout, without a display: one figure per step, the step's scenario"
            + " at its iteration with the chart it talks about framed, and the step's title and text under it.",
            "Files: step-01-<title>.png, step-02-..., in the folder given."})
final class LessonCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LESSON", description = "The lesson file (JSON, UTF-8).")
    private Path lessonFile;

    @Mixin
    private ImageOutput output;

    @Override
    public Integer call() throws ExportException {
        output.check();
        Lesson lesson = new LessonReader().read(lessonFile);
        LessonHandout handout;
        try {
            handout = new LessonHandout(lesson);
        } catch (ScenarioException e) {
            throw e.in(lessonFile.toString());
        }
        for (Path written : handout.writeAll(output.out(), output.scale(), output.force())) {
            spec.commandLine().getOut().println(written);
        }
        return Cli.OK;
    }
}
