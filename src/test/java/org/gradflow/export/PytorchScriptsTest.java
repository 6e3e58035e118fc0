package org.gradflow.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gradflow.engine.Example;
import org.gradflow.engine.Linear;
import org.gradflow.engine.Network;
import org.gradflow.engine.RunFactory;
import org.gradflow.engine.RunSpec;
import org.gradflow.engine.Scenario;
import org.gradflow.engine.ScenarioReader;
import org.gradflow.engine.TrainingPair;
import org.gradflow.engine.Trainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scripts as text: what they hold, and how they are written. Running them is PytorchAgreementTest's. */
class PytorchScriptsTest {
    private static final Path SEED = Path.of("assets/scenarios/original-question.json");
    private static final Path DEEP_SIGMOID = Path.of("src/test/resources/pytorch/deep-sigmoid.json");
    private static final Path MSE_LAYERS = Path.of("src/test/resources/pytorch/mse-layers.json");
    /** A Python float literal as the generator writes them; ints (targets, labels, sizes) have no point. */
    private static final Pattern DOUBLE = Pattern.compile("-?\\d+\\.\\d+(E-?\\d+)?");

    private static Scenario read(Path file) {
        return new ScenarioReader().read(file);
    }

    private static List<String> texts(Scenario scenario) {
        return PytorchScripts.texts(scenario, "the-scenario.json", PytorchScripts.fileNames(scenario));
    }

    @Test
    void theScriptsAreNamedByTheExportNamesOfTheRuns() {
        assertThat(PytorchScripts.fileNames(read(SEED))).containsExactly("train-D1.py", "train-D6.py");
        assertThat(PytorchScripts.fileNames(read(DEEP_SIGMOID))).containsExactly("train-main.py");
        Scenario patched = new ScenarioReader().parse("{\"network\": {\"inputSize\": 2, \"hiddenUnits\": [4],"
                + " \"outputSize\": 2}, \"training\": {\"rule\": \"cross-entropy\"}, \"data\": {\"dataset\":"
                + " \"xor\", \"count\": 20}, \"comparison\": {\"network\": {\"activation\": \"relu\"}}}");
        assertThat(PytorchScripts.fileNames(patched)).containsExactly("train-main.py", "train-comparison.py");
        assertThat(texts(patched).get(1)).contains("RUN = \"comparison\"", "Layer(Linear(2, 4), nn.ReLU())");
    }

    @Test
    void everyInitialWeightReadsBackToTheRunsOwnDouble() {
        Scenario seed = read(SEED);
        List<String> texts = texts(seed);
        assertThat(numbers(texts.get(0), "INITIAL_WEIGHTS = [")).containsExactlyElementsOf(weights(seed.main()));
        assertThat(numbers(texts.get(1), "INITIAL_WEIGHTS = [")).containsExactlyElementsOf(
                weights(seed.comparisonRun()));
        Scenario deep = read(DEEP_SIGMOID);
        assertThat(numbers(texts(deep).get(0), "INITIAL_WEIGHTS = ["))
                .hasSize((2 * 8 + 8) + 7 * (8 * 8 + 8) + (8 * 2 + 2)).containsExactlyElementsOf(weights(deep.main()));
    }

    @Test
    void everyPairAndExampleReadsBackToTheRunsOwnData() {
        Scenario seed = read(SEED);
        List<Long> pairs = new ArrayList<>();
        for (TrainingPair p : RunFactory.mainRun(seed).pairs()) {
            Stream.of(p.left().toArray(), p.right().toArray()).forEach(v -> bits(v, pairs));
        }
        assertThat(numbers(texts(seed).get(0), "PAIRS = [")).containsExactlyElementsOf(pairs);

        Scenario mse = read(MSE_LAYERS);
        List<Long> examples = new ArrayList<>();
        for (Example e : RunFactory.mainRun(mse).examples()) {
            bits(e.input(), examples);
            bits(e.target(), examples);
        }
        assertThat(numbers(texts(mse).get(0), "EXAMPLES = [")).containsExactlyElementsOf(examples);
    }

    @Test
    void theNetworkTheRuleAndTheScheduleAreWrittenAsTheRunHasThem() {
        String mse = texts(read(MSE_LAYERS)).get(0);
        assertThat(mse).contains(
                "        Layer(Linear(2, 6), nn.LeakyReLU(0.01)),\n"
                + "        Layer(Linear(6, 4), Tanh()),\n"
                + "        Layer(Linear(4, 1), nn.Identity()),\n    )",
                "RULE = \"mse\"", "LEARNING_RATE = 0.05\n", "BATCH_SIZE = 16\n");
        String seed = texts(read(SEED)).get(0);
        assertThat(seed).contains("Layer(Linear(6, 3), Tanh()),\n        Layer(Linear(3, 1), Tanh()),",
                "RULE = \"question\"", "MARGIN = 0.0\n", "LEARNING_RATE = 0.01\n", "ITERATIONS_PER_PAIR = 10\n",
                "RUN = \"main\"");
        assertThat(texts(read(DEEP_SIGMOID)).get(0)).contains("BATCH_SIZE = 200\n")
                .containsOnlyOnce("Layer(Linear(2, 8), Sigmoid())").contains("Layer(Linear(8, 2), nn.Identity())");
    }

    @Test
    void theHeaderSaysWhereTheScriptCameFromAndHowToRunIt() {
        List<String> lines = texts(read(SEED)).get(1).lines().limit(10).toList();
        assertThat(lines.get(0)).isEqualTo("#!/usr/bin/env python3");
        assertThat(lines.get(1)).startsWith("# train-D6.py: run \"D = 6\" of the-scenario.json, ");
        assertThat(lines.get(3)).startsWith("# Written by GradFlow (development build) from the-scenario.json.");
        assertThat(lines).anyMatch(l -> l.contains("python3 train-D6.py --passes 20"))
                .anyMatch(l -> l.contains("python3 train-D6.py --trace 20"));
    }

    @Test
    void aScriptImportsNothingButPythonsOwnModulesAndTorch() {
        for (String text : texts(read(SEED))) {
            assertThat(text.lines().filter(l -> l.startsWith("import ") || l.startsWith("from ")))
                    .containsExactly("import argparse", "import decimal", "import json", "import math",
                            "import torch", "from torch import nn");
        }
    }

    @Test
    void existingScriptsAreRefusedUnlessReplacedAndThenNothingIsWritten(@TempDir Path dir) throws Exception {
        Scenario seed = read(SEED);
        assertThat(PytorchScripts.write(seed, "seed.json", dir, false)).extracting(p -> p.getFileName().toString())
                .containsExactly("train-D1.py", "train-D6.py");
        Files.writeString(dir.resolve("train-D6.py"), "mine");
        Files.delete(dir.resolve("train-D1.py"));
        assertThatThrownBy(() -> PytorchScripts.write(seed, "seed.json", dir, false))
                .isInstanceOf(ExportException.class).hasMessageContaining("train-D6.py exists already")
                .matches(e -> ((ExportException) e).fileExists());
        assertThat(dir.resolve("train-D1.py")).doesNotExist();
        assertThat(dir.resolve("train-D6.py")).hasContent("mine");
        PytorchScripts.write(seed, dir, true);
        assertThat(Files.readString(dir.resolve("train-D6.py"))).contains("the window's settings");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).hasSize(2);
        }
    }

    @Test
    void aFolderThatIsNotThereIsRefused(@TempDir Path dir) {
        assertThatThrownBy(() -> PytorchScripts.write(read(SEED), dir.resolve("missing"), false))
                .isInstanceOf(ExportException.class).hasMessageEndingWith("missing: the folder does not exist");
    }

    @Test
    void numbersAreWrittenShortestAndListsBrokenBeforeTheyAreTooLong() {
        assertThat(PytorchScript.number(1e-5)).isEqualTo("1.0E-5");
        assertThat(PytorchScript.number(0.1)).isEqualTo("0.1");
        assertThat(PytorchScript.list(new double[0], 4)).isEqualTo("[]");
        double[] many = new double[20];
        Arrays.fill(many, -0.12345678901234567);
        String list = PytorchScript.list(many, 4);
        assertThat(list.lines()).allMatch(l -> l.length() <= 116).hasSizeGreaterThan(1);
        assertThat(list.lines().skip(1)).allMatch(l -> l.startsWith("     -0.1"));
    }

    /** The bits of every double written in the block that starts with {@code start}, in order. */
    private static List<Long> numbers(String text, String start) {
        int from = text.indexOf(start);
        assertThat(from).as(start).isNotNegative();
        String block = text.substring(from + start.length(), text.indexOf("\n]\n", from));
        List<Long> out = new ArrayList<>();
        Matcher m = DOUBLE.matcher(block.replaceAll("#[^\n]*", ""));
        while (m.find()) {
            out.add(Double.doubleToRawLongBits(Double.parseDouble(m.group())));
        }
        return out;
    }

    /** The run's initial parameters, layer by layer, W row by row then b: the order the script writes them. */
    private static List<Long> weights(RunSpec run) {
        Trainer trainer = RunFactory.build(run);
        Network net = trainer.network();
        List<Long> out = new ArrayList<>();
        for (int l = 0; l < net.depth(); l++) {
            Linear linear = net.layer(l).linear();
            for (double[] row : linear.weight().getData()) {
                bits(row, out);
            }
            bits(linear.bias().toArray(), out);
        }
        return out;
    }

    private static void bits(double[] values, List<Long> out) {
        for (double x : values) {
            out.add(Double.doubleToRawLongBits(x));
        }
    }
}
