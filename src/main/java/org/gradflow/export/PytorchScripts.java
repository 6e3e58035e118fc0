package org.gradflow.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gradflow.engine.RunNames;
import org.gradflow.engine.RunSpec;
import org.gradflow.engine.Scenario;

/**
 * "Continue in PyTorch": every run of a scenario as a standalone PyTorch script, {@code train-<run>.py} (run as the
 * export names say it: {@code D1} and {@code D6} for the seed scenario, else {@code main} and {@code comparison}).
 * {@code python3 train-main.py --passes N} prints the run's {@code curve} lines and {@code --trace N} its
 * {@code trace} lines, as GradFlow prints them. One call writes them all, for the command line and the window alike.
 */
public final class PytorchScripts {
    private PytorchScripts() {
    }

    /** The scripts' file names, the main run's first. */
    public static List<String> fileNames(Scenario scenario) {
        return RunNames.fileParts(scenario).stream().map(run -> "train-" + run + ".py").toList();
    }

    /**
     * Writes the scripts into {@code folder}, all or nothing (see {@link SafeFiles.Batch}).
     *
     * @param origin  where the scenario came from, for the scripts' headers: its file, as the user named it
     * @param replace replace scripts there already; without it nothing is written if one exists
     * @return the files written
     * @throws ExportException when the folder is not there or a file cannot be written (one line saying why)
     */
    public static List<Path> write(Scenario scenario, String origin, Path folder, boolean replace)
            throws ExportException {
        Path absolute = SafeFiles.existingFolder(folder, "write the PyTorch scripts");
        List<String> names = fileNames(scenario);
        List<Path> files = names.stream().map(absolute::resolve).toList();
        List<String> texts = texts(scenario, origin, names);
        try (SafeFiles.Batch batch = new SafeFiles.Batch(replace ? SafeFiles.Existing.REPLACE
                : SafeFiles.Existing.REFUSE)) {
            batch.checkAll(files);
            for (int i = 0; i < files.size(); i++) {
                byte[] bytes = texts.get(i).getBytes(StandardCharsets.UTF_8);
                batch.stage(files.get(i), out -> out.write(bytes));
            }
            return batch.commit();
        }
    }

    /** The same for a scenario that has no file (the window's settings). */
    public static List<Path> write(Scenario scenario, Path folder, boolean replace) throws ExportException {
        return write(scenario, "the window's settings", folder, replace);
    }

    /** Each run's script, in {@link #fileNames} order. */
    static List<String> texts(Scenario scenario, String origin, List<String> names) {
        List<RunSpec> runs = new ArrayList<>(List.of(scenario.main()));
        if (scenario.hasComparison()) {
            runs.add(scenario.comparisonRun());
        }
        List<String> people = RunNames.of(scenario);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            String title = runs.size() == 1 ? origin : "run \"" + people.get(i) + "\" of " + origin;
            texts.add(new PytorchScript(runs.get(i), names.get(i), i == 0 ? "main" : "comparison", title, origin,
                    version()).text());
        }
        return texts;
    }

    private static String version() {
        String v = PytorchScripts.class.getPackage().getImplementationVersion();
        return v == null ? "(development build)" : v;
    }
}
