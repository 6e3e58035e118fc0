package org.gradflow.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gradflow.engine.Scenario;
import org.gradflow.plot.Lesson;

/**
 * A lesson as a handout: one captioned figure per step, {@code step-01-<slug>.png}, each the scenario trained
 * to the step's iteration by the same simulation the window uses. Every step is computed before any file is
 * written, and the set is written all or nothing.
 */
public final class LessonHandout {
    private final Lesson lesson;
    private final List<Page> pages = new ArrayList<>();

    /** A scenario trained to an iteration: what two steps may share. */
    private record Reached(Scenario scenario, long iteration) {
    }

    /** One page: its file name and drawing. */
    public record Page(String fileName, long iteration, FigureRenderer.Drawing drawing) {
    }

    /** Trains every step's scenario to its iteration; a step that cannot be reached is a one-line refusal. */
    public LessonHandout(Lesson lesson) throws ExportException {
        this.lesson = lesson;
        FigureRenderer renderer = new FigureRenderer();
        // Steps often show the same scenario at the same iteration (the bundled lesson's first three): train once.
        Map<Reached, ScenarioExport> trained = new HashMap<>();
        for (Lesson.Step step : lesson.steps()) {
            long iteration = step.target();
            Reached key = new Reached(step.scenario(), iteration);
            ScenarioExport frames = trained.get(key);
            if (frames == null) {
                frames = new ScenarioExport(step.scenario(), iteration);
                trained.put(key, frames);
            }
            pages.add(new Page(fileName(step), iteration, renderer.stepDrawing(lesson, step, frames.left(),
                    frames.right())));
        }
    }

    /** {@code step-03-the-geometry-on-a-line-nothing-is.png}. */
    public static String fileName(Lesson.Step step) {
        return String.format("step-%02d-%s.png", step.number(), step.slug());
    }

    public List<Page> pages() {
        return List.copyOf(pages);
    }

    public Lesson lesson() {
        return lesson;
    }

    /** Writes every page into {@code folder}; without {@code replace}, nothing is written if one exists. */
    public List<Path> writeAll(Path folder, int scale, boolean replace) throws ExportException {
        Path absolute = SafeFiles.existingFolder(folder, "write the handout");
        SafeFiles.Existing existing = replace ? SafeFiles.Existing.REPLACE : SafeFiles.Existing.REFUSE;
        try (SafeFiles.Batch batch = new SafeFiles.Batch(existing)) {
            batch.checkAll(pages.stream().map(page -> absolute.resolve(page.fileName())).toList());
            for (Page page : pages) {
                batch.stage(absolute.resolve(page.fileName()),
                        out -> PngWriter.encode(FigureRenderer.image(page.drawing(), scale), out));
            }
            return batch.commit();
        }
    }
}
