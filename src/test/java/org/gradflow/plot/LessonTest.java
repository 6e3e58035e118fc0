package org.gradflow.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gradflow.engine.RunEvent;
import org.gradflow.engine.ScenarioException;
import org.gradflow.engine.ScenarioReader;
import org.gradflow.export.ScenarioExport;
import org.gradflow.session.RunFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LessonTest {
    static final String BUNDLED = "why-doesnt-my-siamese-network-learn.json";

    private static final String STEP = "{\"title\": \"t\", \"text\": \"x\", \"scenario\": {}, \"iteration\": 5,"
            + " \"chart\": \"cosine\"}";

    private static Lesson parse(String json) {
        return new LessonReader().parse(json, path -> new ScenarioReader().parse("{}"));
    }

    @Test
    void theBundledLessonFollowsTheQuestionInAtLeastEightStepsFromTheApplicationsResources() {
        Lesson lesson = new LessonReader().readResource(BUNDLED);
        assertThat(lesson.title()).isEqualTo("Why doesn't my siamese network learn?");
        assertThat(lesson.steps()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(lesson.steps()).extracting(Lesson.Step::chartName).contains("cosine", "landscape", "geometry",
                "gradient", "curve");
        // The asker's own settings with D = 1 come first, the learned 6-D run later: the order of the question.
        assertThat(lesson.steps().get(0).scenario().outputSize()).isEqualTo(1);
        assertThat(lesson.steps()).anyMatch(s -> s.atLearned() && s.scenario().outputSize() == 6);
    }

    /** Every lesson file in assets/lessons: the bundled ones. */
    static List<String> bundled() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("assets/lessons"))) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void everyBundledLessonReadsTheSameFromTheAssetsFolderAsFromTheResources() throws Exception {
        assertThat(bundled()).hasSize(5);
        for (String file : bundled()) {
            Lesson fromFile = new LessonReader().read(Path.of("assets/lessons", file));
            Lesson fromResource = new LessonReader().readResource(file);
            assertThat(fromFile).as(file).isEqualTo(fromResource);
        }
    }

    @Test
    void learnedIsTheEndOfTheFirstPassWithEveryPairRightMeasuredByRunningTheScenario() throws Exception {
        Lesson lesson = new LessonReader().readResource(BUNDLED);
        Lesson.Step step = lesson.steps().stream().filter(s -> s.atLearned() && s.run() == Lesson.Run.MAIN)
                .findFirst().orElseThrow();
        long learned = step.target();
        ScenarioExport at = new ScenarioExport(step.scenario(), learned);
        assertThat(at.left().event(RunEvent.Kind.LEARNED)).isEqualTo(new RunEvent(RunEvent.Kind.LEARNED, learned));
        assertThat(at.left().lastPass().learned()).isTrue();
        ScenarioExport passBefore = new ScenarioExport(step.scenario(), learned - at.left().passLength());
        assertThat(passBefore.left().event(RunEvent.Kind.LEARNED)).isNull();
        // The text says the pass the frame shows, not one typed into the file.
        String text = LessonText.fill(step.text(), at.left(), at.right());
        assertThat(text).contains("iteration " + Format.grouped(learned))
                .contains("pass " + learned / at.left().passLength())
                .doesNotContain("{");
    }

    @Test
    void everyBundledStepReachesItsIterationAndFillsEveryValue() throws Exception {
        for (String file : bundled()) {
            Lesson lesson = new LessonReader().readResource(file);
            for (Lesson.Step step : lesson.steps()) {
                long target = step.target();
                ScenarioExport at = new ScenarioExport(step.scenario(), target);
                // A run that diverged before the step's iteration stops where it diverged, as in the window.
                for (RunFrame f : List.of(at.left(), at.right())) {
                    RunEvent diverged = f.event(RunEvent.Kind.DIVERGED);
                    assertThat(f.iteration()).as(step.title()).isEqualTo(diverged != null && diverged.iteration()
                            < target ? diverged.iteration() : target);
                }
                assertThat(Math.max(at.left().iteration(), at.right().iteration())).isEqualTo(target);
                assertThat(at.left().outputSize()).isEqualTo(step.scenario().outputSize());
                assertThat(LessonText.fill(step.text(), at.left(), at.right())).as(step.title())
                        .doesNotContain("{").doesNotContain("not yet").doesNotContain("no pass finished");
            }
        }
    }

    @Test
    void everyBundledStepPointsAtAChartTheHandoutDrawsForTheRunItNames() throws Exception {
        for (String file : bundled()) {
            for (Lesson.Step step : new LessonReader().readResource(file).steps()) {
                ScenarioExport at = new ScenarioExport(step.scenario(), 0);
                long framed = FigureLayout.cells(at.left(), at.right()).stream()
                        .filter(cell -> LessonCaption.pointsAt(step, cell)).count();
                int runs = step.pointsAtCurve() || step.run() != Lesson.Run.BOTH ? 1 : 2;
                assertThat(framed).as(file + ": " + step.title()).isEqualTo(runs);
            }
        }
    }

    @Test
    void valuesAreReadOffTheFramesShown() throws Exception {
        ScenarioExport at = new ScenarioExport(new ScenarioReader().parse("{}"), 100);
        RunFrame left = at.left();
        String text = LessonText.fill("{iteration} {pass} {main.D} {comparison.D} {main.pairsRight} {main.masked}"
                + " {comparison.learnedPass} {main.dCdu}", left, at.right());
        assertThat(text).isEqualTo("100 1 1 6 " + left.lastPass().pairsRight() + " of 10 0 not yet "
                + Format.number(left.dCduNorm(), 2));
    }

    /** {@code text} filled from the frames of the example {@code file} at {@code iteration}. */
    private static String filled(String file, long iteration, String text) throws Exception {
        ScenarioExport at = new ScenarioExport(new ScenarioReader().read(Path.of("assets/scenarios", file)),
                iteration);
        return LessonText.fill(text, at.left(), at.right());
    }

    @Test
    void theVanishingLessonsValuesAreTheLayersRecordsTheFlowChartDraws() throws Exception {
        // trace at iteration 1: weight gradients 5.83e-9 (layer 1) and 0.1002 (layer 9); the gradient arriving
        // at them 1.348e-8 and 0.0502.
        assertThat(filled("deep-sigmoid.json", 1, "{main.layers} {main.firstLayerGrad} {main.lastLayerGrad}"
                + " {main.gradientRatio} {main.firstLayerArriving} {main.lastLayerArriving} {main.arrivingRatio}"
                + " {main.layerFactor} | {main.name} {comparison.name} {main.learningRate} {main.examplesRight}"
                + " {main.chance}"))
                .isEqualTo("9 5.8e−9 0.1 5.8e−8 1.3e−8 0.05 2.7e−7 0.15 | sigmoid, torch relu, he-normal 0.1 100 of 200"
                        + " 0.693147");
        assertThat(filled("deep-sigmoid.json", 20, "{comparison.updateRatios}")).isEqualTo("6.1e−4 to 2.4e−3");
    }

    @Test
    void theDeadReluLessonsValuesSayHowManyOfWhichLayerSinceWhichPass() throws Exception {
        assertThat(filled("dead-relu.json", 40, "{main.deadUnits} of layer {main.deadLayer}, since pass"
                + " {main.deadSincePass}; {comparison.deadUnits}")).isEqualTo("15 of 16 of layer 2, since pass 1;"
                + " 1 of 16");
        // The hidden layers' dead units of all their units: 15 of layer 2's 16 and none of layer 1's 16.
        assertThat(filled("dead-relu.json", 40, "{main.deadTotal}; {comparison.deadTotal}"))
                .isEqualTo("15 of 32; 1 of 32");
        assertThat(filled("dead-relu.json", 10, "{main.deadUnits} {main.deadSincePass}"))
                .isEqualTo("(no pass finished yet) not yet");
    }

    @Test
    void theSymmetryLessonsValuesShowCopiesZeroHiddenGradientsAndTheLossAtLnTwoToTheLastDigit() throws Exception {
        assertThat(filled("zero-init.json", 100, "{main.copies} in layer {main.copiesLayer}, hidden gradient"
                + " {main.hiddenGrad}, loss {main.lossExact}; {comparison.copies}"))
                .isEqualTo("8 of 8 in layer 1, hidden gradient 0, loss " + Math.log(2) + "; 1 of 8");
    }

    @Test
    void theInitialisationLessonsValuesShowTheSpreadGrowingAndWhereTheRunDiverged() throws Exception {
        assertThat(filled("exploding-init.json", 1, "{main.stds} ×{main.stdGrowth}; {comparison.stdGrowth};"
                + " {main.divergedAt}")).isEqualTo("1.95, 11.5, 70.7, 364 ×5.7; ×0.99; not yet".replace("×0.99",
                filled("exploding-init.json", 1, "{comparison.stdGrowth}")));
        assertThat(filled("exploding-init.json", 100, "{main.divergedAt}")).isEqualTo("5");
        assertThat(filled("hinge-embedding.json", 100, "{main.d} {main.saturated} of layer {main.saturatedLayer}"))
                .matches("0\\.0\\d+ 0% of layer 1");
    }

    @Test
    void everyValueALessonCanNameIsDocumentedInTheReadme() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("### Lesson files"), readme.indexOf("## Export"));
        for (String name : LessonText.names()) {
            // {iteration} and {pass} whole, a run's value by its X in {main.X}.
            String x = name.contains(".") ? name.replaceFirst("^\\{(main|comparison)\\.", "").replace("}", "")
                    : name;
            assertThat(section).as(name).contains("`" + x + "`");
        }
    }

    @Test
    void stepsNameTheirFilesFromTheirTitles() {
        Lesson lesson = parse("{\"title\": \"L\", \"steps\": [" + STEP.replace("\"t\"",
                "\"The answer's advice: À la carte, 1 − 2 = sign(u)·sign(v) and much more text than forty\"")
                + "]}");
        assertThat(lesson.steps().get(0).slug()).isEqualTo("the-answers-advice-a-la-carte-1-2-sign-u");
        assertThat(lesson.steps().get(0).slug()).hasSizeLessThanOrEqualTo(40);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "malformed JSON|{\"title\": \"L\", \"steps\": [|(json): malformed JSON at line 1",
        "missing scenario|{\"title\": \"L\", \"steps\": [{\"title\": \"t\", \"text\": \"x\", \"iteration\": 5,"
            + " \"chart\": \"cosine\"}]}|steps[1].scenario: is missing",
        "unknown chart|{\"title\": \"L\", \"steps\": [{\"title\": \"t\", \"text\": \"x\", \"scenario\": {},"
            + " \"iteration\": 5, \"chart\": \"pie\"}]}|steps[1].chart: unknown chart \"pie\" (known: cosine,",
        "negative iteration|{\"title\": \"L\", \"steps\": [{\"title\": \"t\", \"text\": \"x\", \"scenario\": {},"
            + " \"iteration\": -3, \"chart\": \"cosine\"}]}|steps[1].iteration: must be 0 or more, got -3",
        "iteration as text|{\"title\": \"L\", \"steps\": [{\"title\": \"t\", \"text\": \"x\", \"scenario\": {},"
            + " \"iteration\": \"soon\", \"chart\": \"cosine\"}]}|steps[1].iteration: must be a whole number",
        "bad inline scenario|{\"title\": \"L\", \"steps\": [{\"title\": \"t\", \"text\": \"x\", \"scenario\":"
            + " {\"training\": {\"rule\": \"adam\"}}, \"iteration\": 5, \"chart\": \"cosine\"}]}"
            + "|steps[1].scenario.training.rule: ",
        "unknown value|{\"title\": \"L\", \"steps\": [{\"title\": \"t\", \"text\": \"C is {main.cosine}\","
            + " \"scenario\": {}, \"iteration\": 5, \"chart\": \"cosine\"}]}|steps[1].text: unknown value"
            + " {main.cosine}",
        "unknown field|{\"title\": \"L\", \"steps\": [], \"author\": \"me\"}|author: unknown field",
        "no steps|{\"title\": \"L\", \"steps\": []}|steps: must be a non-empty array",
        "no title|{\"steps\": []}|title: is missing",
        "bad run|{\"title\": \"L\", \"steps\": [{\"title\": \"t\", \"text\": \"x\", \"scenario\": {},"
            + " \"iteration\": 5, \"chart\": \"cosine\", \"run\": \"left\"}]}|steps[1].run: must be \"main\"",
        "empty file||(json): the file is empty"})
    void badLessonsAreRefusedWithOneLineNamingTheField(String what, String json, String expected) {
        assertThatThrownBy(() -> parse(json == null ? "" : json)).isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith(expected)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").hasSizeLessThan(300));
    }

    @Test
    void aScenarioPathIsRelativeToTheLessonAndAMissingOneIsNamed(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("lessons"));
        Files.createDirectories(dir.resolve("scenarios"));
        Files.writeString(dir.resolve("scenarios/six.json"), "{\"network\": {\"outputSize\": 6}}");
        String step = STEP.replace("\"scenario\": {}", "\"scenario\": \"../scenarios/six.json\"");
        Path ok = dir.resolve("lessons/ok.json");
        Files.writeString(ok, "{\"title\": \"L\", \"steps\": [" + step + "]}");
        assertThat(new LessonReader().read(ok).steps().get(0).scenario().outputSize()).isEqualTo(6);

        Path missing = dir.resolve("lessons/missing.json");
        Files.writeString(missing, "{\"title\": \"L\", \"steps\": [" + step.replace("six", "seven") + "]}");
        assertThatThrownBy(() -> new LessonReader().read(missing)).hasMessage(missing
                + ": steps[1].scenario: ../scenarios/seven.json: no such file");

        Files.writeString(dir.resolve("scenarios/bad.json"), "{\"training\": {\"seed\": -1}}");
        Path bad = dir.resolve("lessons/bad.json");
        Files.writeString(bad, "{\"title\": \"L\", \"steps\": [" + step.replace("six", "bad") + "]}");
        assertThatThrownBy(() -> new LessonReader().read(bad))
                .hasMessageStartingWith(bad + ": steps[1].scenario: ../scenarios/bad.json: training.seed: ");
    }

    @Test
    void aStepThatWaitsForALearningThatNeverComesIsRefusedWithOneLine() {
        // The script with D = 1 never learns (sign(u)·sign(v) has no gradient); 10M iterations take seconds.
        Lesson never = parse("{\"title\": \"L\", \"steps\": [" + STEP.replace("5", "\"learned\"") + "]}");
        assertThatThrownBy(() -> never.steps().get(0).target()).isInstanceOf(ScenarioException.class)
                .hasMessage("steps[1].iteration: \"learned\": the main run has not learned in 10,000,000 iterations");
        Lesson diverges = parse("{\"title\": \"L\", \"steps\": [" + STEP.replace("5", "\"learned\"")
                .replace("{}", "{\"network\": {\"outputSize\": 6}, \"training\": {\"learningRate\": 1e6}}")
                + "]}");
        assertThatThrownBy(() -> diverges.steps().get(0).target())
                .hasMessage("steps[1].iteration: \"learned\": the main run diverged at iteration 1 before it learned");
    }
}
