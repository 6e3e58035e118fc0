package org.gradflow.plot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gradflow.engine.JsonFiles;
import org.gradflow.engine.Scenario;
import org.gradflow.engine.ScenarioException;
import org.gradflow.engine.ScenarioReader;

/**
 * Reads a lesson file (the design's Lessons). Like a scenario, a bad lesson is refused with a one-line
 * {@link ScenarioException} naming the field ({@code steps[3].chart: ...}), before anything is shown.
 *
 * <pre>
 * { "title": "...", "steps": [ { "title": "...", "text": "...", "scenario": "../scenarios/x.json" or {...},
 *                               "iteration": 100 or "learned", "chart": "cosine", "run": "main" } ] }
 * </pre>
 * {@code run} (main, comparison or both; default both) is optional, every other step field is required.
 */
public final class LessonReader {
    /** The chart name of the learning curve, which is not one of {@link ChartKind}'s per-run charts. */
    public static final String CURVE = "curve";
    public static final String LEARNED = "learned";
    /** The furthest a step may stand: what the window reaches in seconds. */
    public static final long MAX_ITERATION = 10_000_000;
    public static final int MAX_STEPS = 100;
    public static final int MAX_TITLE = 100;
    public static final int MAX_TEXT = 1_200;
    private static final int MAX_FILE_BYTES = 4 * 1024 * 1024;
    private static final Set<String> ROOT_FIELDS = Set.of("title", "steps");
    private static final Set<String> STEP_FIELDS = Set.of("title", "text", "scenario", "iteration", "chart", "run");

    /** Reads a scenario named by a step, relative to where the lesson came from. */
    @FunctionalInterface
    public interface ScenarioSource {
        Scenario read(String relativePath);
    }

    private final JsonMapper mapper = JsonFiles.strictMapper();

    /** Reads a lesson file; its steps' scenario paths are relative to the file's folder. */
    public Lesson read(Path file) {
        String source = file.toString();
        Path folder = file.toAbsolutePath().getParent();
        byte[] bytes = JsonFiles.read(file, MAX_FILE_BYTES, "lesson");
        try {
            return parse(JsonFiles.decodeUtf8(bytes), relative -> {
                Path scenarioFile = folder.resolve(relative).normalize();
                try {
                    return new ScenarioReader().read(scenarioFile);
                } catch (ScenarioException e) {
                    throw inScenario(relative, e.field().equals(scenarioFile.toString()) ? "(file)" : e.field(), e);
                }
            });
        } catch (ScenarioException e) {
            throw e.in(source);
        }
    }

    /**
     * Reads a lesson bundled with the application ({@code /assets/lessons/NAME}); its scenario paths are
     * resources relative to it, so it opens from the jar or the app image in any working folder.
     */
    public Lesson readResource(String name) {
        String resource = "/assets/lessons/" + name;
        try (InputStream in = LessonReader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ScenarioException(name, "is missing from the application");
            }
            return parse(JsonFiles.decodeUtf8(in.readAllBytes()), relative -> {
                String path = Path.of("/assets/lessons").resolve(relative).normalize().toString();
                try (InputStream s = LessonReader.class.getResourceAsStream(path)) {
                    if (s == null) {
                        throw new ScenarioException("scenario", relative + ": is missing from the application");
                    }
                    try {
                        return new ScenarioReader().parse(JsonFiles.decodeUtf8(s.readAllBytes()));
                    } catch (ScenarioException e) {
                        throw inScenario(relative, e.field(), e);
                    }
                } catch (IOException e) {
                    throw new ScenarioException("scenario", relative + ": cannot be read (" + e.getMessage() + ")");
                }
            });
        } catch (IOException e) {
            throw new ScenarioException(name, "cannot be read from the application (" + e.getMessage() + ")");
        } catch (ScenarioException e) {
            throw e.in(name);
        }
    }

    /** A problem of a step's scenario file, said with the path the lesson wrote. */
    private static ScenarioException inScenario(String relative, String field, ScenarioException problem) {
        return new ScenarioException("scenario", relative + ": " + (field.startsWith("(") ? "" : field + ": ")
                + problem.problem());
    }

    /** Parses lesson JSON; {@code scenarios} reads the steps' scenario paths. */
    public Lesson parse(String json, ScenarioSource scenarios) {
        JsonNode root = JsonFiles.tree(mapper, json, "a lesson has a title and steps");
        requireObject(root, "(root)", ROOT_FIELDS);
        String title = text(root, "title", "title", MAX_TITLE);
        JsonNode stepsNode = root.get("steps");
        if (stepsNode == null || stepsNode.isNull()) {
            throw new ScenarioException("steps", "is missing: a lesson needs at least one step");
        }
        if (!stepsNode.isArray() || stepsNode.isEmpty()) {
            throw new ScenarioException("steps", "must be a non-empty array of steps [{...}, ...]");
        }
        if (stepsNode.size() > MAX_STEPS) {
            throw new ScenarioException("steps", "has " + stepsNode.size() + " steps; at most " + MAX_STEPS);
        }
        List<Lesson.Step> steps = new ArrayList<>();
        for (int i = 0; i < stepsNode.size(); i++) {
            steps.add(step(stepsNode.get(i), i + 1, scenarios));
        }
        return new Lesson(title, steps);
    }

    private static Lesson.Step step(JsonNode node, int number, ScenarioSource scenarios) {
        String path = "steps[" + number + "]";
        requireObject(node, path, STEP_FIELDS);
        String title = text(node, "title", path + ".title", MAX_TITLE);
        String text = text(node, "text", path + ".text", MAX_TEXT);
        LessonText.check(text, path + ".text");
        long iteration = iteration(node.get("iteration"), path + ".iteration");
        ChartKind chart = chart(node.get("chart"), path + ".chart");
        Lesson.Run run = run(node.get("run"), path + ".run");
        Scenario scenario = scenario(node.get("scenario"), path + ".scenario", scenarios);
        return new Lesson.Step(number, title, text, scenario, iteration, chart, run);
    }

    private static Scenario scenario(JsonNode node, String path, ScenarioSource scenarios) {
        if (node == null || node.isNull()) {
            throw new ScenarioException(path, "is missing: a path relative to the lesson, or a scenario {...}");
        }
        try {
            if (node.isTextual()) {
                if (node.asText().isBlank()) {
                    throw new ScenarioException(path, "is empty: a path relative to the lesson, or a scenario {...}");
                }
                return scenarios.read(node.asText());
            }
            if (node.isObject()) {
                return new ScenarioReader().fromTree(node);
            }
        } catch (ScenarioException e) {
            if (e.field().equals(path)) {
                throw e;
            }
            throw new ScenarioException(e.field().equals("scenario") ? path : path + "." + e.field(), e.problem());
        }
        throw new ScenarioException(path, "must be a path (text) or a scenario object {...}, got "
                + describe(node));
    }

    private static long iteration(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            throw new ScenarioException(path, "is missing: the iteration to show (0 or more), or \"learned\"");
        }
        if (node.isTextual() && node.asText().equals(LEARNED)) {
            return Lesson.Step.LEARNED;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new ScenarioException(path, "must be a whole number of iterations or \"learned\", got "
                    + describe(node));
        }
        long value = node.asLong();
        if (value < 0) {
            throw new ScenarioException(path, "must be 0 or more, got " + value);
        }
        if (value > MAX_ITERATION) {
            throw new ScenarioException(path, "must be at most " + Format.grouped(MAX_ITERATION) + ", got "
                    + Format.grouped(value));
        }
        return value;
    }

    /** Every name a step may point at: the per-run charts and the learning curve. */
    public static List<String> chartNames() {
        List<String> names = new ArrayList<>();
        for (ChartKind kind : ChartKind.values()) {
            names.add(kind.slug());
        }
        names.add(CURVE);
        return names;
    }

    private static ChartKind chart(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            throw new ScenarioException(path, "is missing: one of " + String.join(", ", chartNames()));
        }
        String name = node.isTextual() ? node.asText() : null;
        if (CURVE.equals(name)) {
            return null;
        }
        for (ChartKind kind : ChartKind.values()) {
            if (kind.slug().equals(name)) {
                return kind;
            }
        }
        throw new ScenarioException(path, "unknown chart " + describe(node) + " (known: "
                + String.join(", ", chartNames()) + ")");
    }

    private static Lesson.Run run(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return Lesson.Run.BOTH;
        }
        String name = node.isTextual() ? node.asText() : "";
        for (Lesson.Run run : Lesson.Run.values()) {
            if (run.name().toLowerCase(Locale.ROOT).equals(name)) {
                return run;
            }
        }
        throw new ScenarioException(path, "must be \"main\", \"comparison\" or \"both\", got " + describe(node));
    }

    private static String text(JsonNode parent, String name, String path, int maxLength) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            throw new ScenarioException(path, "is missing");
        }
        if (!node.isTextual()) {
            throw new ScenarioException(path, "must be text, got " + describe(node));
        }
        String value = node.asText().strip();
        if (value.isEmpty()) {
            throw new ScenarioException(path, "is empty");
        }
        if (value.length() > maxLength) {
            throw new ScenarioException(path, "has " + value.length() + " characters; at most " + maxLength);
        }
        return value;
    }

    private static void requireObject(JsonNode node, String path, Set<String> known) {
        JsonFiles.requireKnownFields(node, path, known);
    }

    private static String describe(JsonNode node) {
        return JsonFiles.describe(node);
    }
}
