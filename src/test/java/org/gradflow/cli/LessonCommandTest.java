package org.gradflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.gradflow.export.LessonHandout;
import org.gradflow.plot.FigureLayout;
import org.gradflow.plot.Lesson;
import org.gradflow.plot.LessonReader;
import org.gradflow.plot.Palette;
import org.gradflow.testing.Images;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LessonCommandTest {
    private static final String LESSON = "assets/lessons/why-doesnt-my-siamese-network-learn.json";

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theSeedLessonsFirstPageIsNamedFromItsTitle() {
        assertThat(LessonHandout.fileName(new LessonReader().read(Path.of(LESSON)).steps().get(0)))
                .isEqualTo("step-01-the-script-with-d-1-nothing-moves.png");
    }

    private static final String[] BUNDLED = {"why-doesnt-my-siamese-network-learn.json", "vanishing-gradients.json",
        "dead-relus.json", "zero-initialisation.json", "initialisation-scale.json"};

    @Test
    void theHandoutsBelowAreThoseOfEveryBundledLesson() throws Exception {
        assertThat(names(Path.of("assets/lessons"))).containsExactlyInAnyOrder(BUNDLED);
    }

    /** Every bundled lesson, headless: one page per step, the figure with its chart framed and the text filled. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"why-doesnt-my-siamese-network-learn.json", "vanishing-gradients.json",
        "dead-relus.json", "zero-initialisation.json", "initialisation-scale.json"})
    void everyBundledLessonBecomesOneCaptionedFigurePerStepWithThePointedChartFramed(String file,
            @TempDir Path out) throws Exception {
        String lessonFile = "assets/lessons/" + file;
        CliRun run = CliRun.of("lesson", lessonFile, "--out", out.toString());
        assertThat(run.status()).as(run.err()).isZero();
        Lesson lesson = new LessonReader().read(Path.of(lessonFile));
        List<String> files = names(out);
        assertThat(files).hasSize(lesson.steps().size());
        assertThat(files).isEqualTo(lesson.steps().stream().map(LessonHandout::fileName).sorted().toList());
        for (int i = 0; i < files.size(); i++) {
            assertThat(files.get(i)).startsWith(String.format("step-%02d-", i + 1));
            BufferedImage page = ImageIO.read(out.resolve(files.get(i)).toFile());
            assertThat(page.getWidth()).isEqualTo((int) FigureLayout.WIDTH);
            // The caption (title and text) is under the figure, a few lines of it.
            assertThat(page.getHeight()).isGreaterThan((int) FigureLayout.HEIGHT + 80);
            assertThat(Images.distinctColours(page)).as(files.get(i)).isGreaterThan(200);
            // The frame around the chart the step talks about: at least one chart's perimeter of it.
            assertThat(Images.pixelsOf(page, Palette.POINTER)).as(files.get(i)).isGreaterThan(4 * 1000);
            BufferedImage caption = page.getSubimage(0, (int) FigureLayout.HEIGHT + 30, page.getWidth(),
                    page.getHeight() - (int) FigureLayout.HEIGHT - 30);
            assertThat(Images.distinctColours(caption)).as("caption text of " + files.get(i)).isGreaterThan(10);
        }
        assertThat(run.out().strip().split("\n")).hasSize(files.size());
    }

    @Test
    void anExistingPageIsRefusedUnlessForcedAndNothingElseIsWritten(@TempDir Path out) throws Exception {
        String second = LessonHandout.fileName(new LessonReader().read(Path.of(LESSON)).steps().get(1));
        Files.writeString(out.resolve(second), "mine");
        CliRun run = CliRun.of("lesson", LESSON, "--out", out.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains(second).contains("--force");
        assertThat(names(out)).hasSize(1);
        assertThat(Files.readString(out.resolve(second))).isEqualTo("mine");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "malformed JSON|{\"title\": \"L\", \"steps\": [|lesson.json: (json): malformed JSON at line 1",
        "missing scenario|{\"title\": \"L\", \"steps\": [{\"title\": \"t\", \"text\": \"x\", \"iteration\": 5,"
            + " \"chart\": \"cosine\"}]}|lesson.json: steps[1].scenario: is missing",
        "unknown chart|{\"title\": \"L\", \"steps\": [{\"title\": \"t\", \"text\": \"x\", \"scenario\": {},"
            + " \"iteration\": 5, \"chart\": \"pie\"}]}|lesson.json: steps[1].chart: unknown chart \"pie\"",
        "negative iteration|{\"title\": \"L\", \"steps\": [{\"title\": \"t\", \"text\": \"x\", \"scenario\": {},"
            + " \"iteration\": -1, \"chart\": \"cosine\"}]}|lesson.json: steps[1].iteration: must be 0 or more",
        "scenario file not found|{\"title\": \"L\", \"steps\": [{\"title\": \"t\", \"text\": \"x\", \"scenario\":"
            + " \"nowhere.json\", \"iteration\": 5, \"chart\": \"cosine\"}]}|lesson.json: steps[1].scenario:"
            + " nowhere.json: no such file"})
    void aBadLessonIsOneLineAndExitStatusTwo(String what, String json, String expected, @TempDir Path dir)
            throws Exception {
        Path lesson = dir.resolve("lesson.json");
        Files.writeString(lesson, json);
        Path out = Files.createDirectory(dir.resolve("out"));
        CliRun run = CliRun.of("lesson", lesson.toString(), "--out", out.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("gradflow: " + dir.resolve(expected.substring(0, expected.indexOf(':'))))
                .contains(expected.substring(expected.indexOf(':')));
        assertThat(run.err().strip()).doesNotContain("\n").doesNotContain("Exception");
        assertThat(names(out)).isEmpty();
    }
}
