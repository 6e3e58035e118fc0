package org.gradflow.export;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.io.NumberOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.gradflow.engine.Activation;
import org.gradflow.engine.Example;
import org.gradflow.engine.Linear;
import org.gradflow.engine.Network;
import org.gradflow.engine.RunFactory;
import org.gradflow.engine.RunSpec;
import org.gradflow.engine.TrainingPair;
import org.gradflow.engine.Trainer;
import org.gradflow.engine.TrainingSpec;
import org.gradflow.plot.TextWrap;

/**
 * One run as a standalone PyTorch script, the design's {@code train-<run>.py}: the run's settings, its network as
 * {@code torch.nn} modules, the iteration and the building blocks (the same Python for every run of a kind, from
 * the resources beside this class), then its data and initial weights. The weights and data are the run's own at
 * iteration 0, each written as the shortest decimal that reads back to the same double, so the script starts where
 * GradFlow's run starts, to the bit.
 */
final class PytorchScript {
    /** Where a list is broken onto the next line: the scripts are read on screens, not only run. */
    private static final int WIDTH = 116;
    /** The length of a section's rule line, as in the resources. */
    private static final int SECTION = 111;

    private final RunSpec run;
    private final Trainer trainer;
    private final String fileName;
    private final String curveName;
    private final String title;
    private final String origin;
    private final String version;

    /**
     * @param fileName  the script's own name, {@code train-D1.py}
     * @param curveName the run's name in {@code curve} lines: "main" or "comparison"
     * @param title     what the run is, for people: {@code run "D = 1" of original-question.json}
     * @param origin    where the scenario came from (its file)
     * @param version   GradFlow's version
     */
    PytorchScript(RunSpec run, String fileName, String curveName, String title, String origin, String version) {
        this.run = run;
        this.trainer = RunFactory.build(run);
        this.fileName = fileName;
        this.curveName = curveName;
        this.title = title;
        this.origin = origin;
        this.version = version;
    }

    String text() {
        boolean siamese = run.training().rule().siamese();
        StringBuilder py = new StringBuilder();
        header(py);
        py.append('\n').append(resource("prelude.py"));
        settings(py, siamese);
        network(py, siamese);
        py.append(resource(siamese ? "siamese.py" : "single.py"));
        py.append(resource("modules.py"));
        py.append(resource("records.py"));
        data(py, siamese);
        py.append("\n\nif __name__ == \"__main__\":\n    main()\n");
        return py.toString();
    }

    private void header(StringBuilder py) {
        py.append("#!/usr/bin/env python3\n");
        comment(py, fileName + ": " + title + ", trained as GradFlow trains it, in plain PyTorch.");
        py.append("#\n");
        comment(py, "Written by GradFlow " + version + " from " + origin + ". Nothing of GradFlow is needed: the"
                + " network, its initial weights and the data are written in below, exactly, and so are the rule, the"
                + " schedule and plain SGD, in float64 on the CPU.");
        py.append("#\n");
        py.append("#     python3 ").append(fileName).append(" --passes 20   a line per pass, as GradFlow's `curve`"
                + " prints this run's\n");
        py.append("#     python3 ").append(fileName).append(" --trace 20    a line per iteration, as GradFlow's"
                + " `trace` prints them\n");
        py.append("#\n");
        comment(py, "The lines are GradFlow's, to the last digit for as long as both runs stay on the same float64"
                + " trajectory (see \"Torch7's modules\" below). Change the network (Tanh() to Sigmoid() or"
                + " nn.ReLU()), the rule or the learning rate and run it again: the lines show what the change does."
                + " (Another width needs initial weights of its shape: without load() in main() the layers keep"
                + " PyTorch's own.)");
    }

    private void settings(StringBuilder py, boolean siamese) {
        TrainingSpec t = run.training();
        section(py, "The run");
        py.append("TITLE = ").append(string(title)).append('\n');
        py.append("RUN = ").append(string(curveName)).append("  # its name in GradFlow's curve lines\n");
        if (siamese) {
            comment(py, "The rule: question, torch-example or cosine-embedding (on the cosine C of u and v), or"
                    + " hinge-embedding (on their distance d). MARGIN is cosine-embedding's (a cosine) and"
                    + " hinge-embedding's (a distance).");
            py.append("RULE = ").append(string(t.rule().id())).append('\n');
            py.append("MARGIN = ").append(number(t.margin())).append('\n');
            py.append("LEARNING_RATE = ").append(number(t.learningRate())).append('\n');
            comment(py, "Each pair is trained this many times in a row, then the next; after the last, pair 1 again.");
            py.append("ITERATIONS_PER_PAIR = ").append(t.iterationsPerPair()).append('\n');
        } else {
            py.append("RULE = ").append(string(t.rule().id()))
                    .append("  # cross-entropy (the outputs are class scores) or mse\n");
            py.append("LEARNING_RATE = ").append(number(t.learningRate())).append('\n');
            comment(py, "Iteration i trains batch k = (i - 1) mod ceil(n / B), examples kB to kB + B - 1 in the"
                    + " order below: nothing is reshuffled.");
            py.append("BATCH_SIZE = ").append(trainer.batchSize()).append('\n');
        }
    }

    private void network(StringBuilder py, boolean siamese) {
        Network net = trainer.network();
        py.append("\n\ndef network():\n    \"\"\"");
        py.append(siamese ? "The network both inputs of a pair go through (the two branches are one network, with"
                + " one set of\n    weights), input layer first. "
                : "The network, input layer first. ");
        py.append("Activations: Tanh(), Sigmoid(), nn.ReLU(), nn.LeakyReLU(0.01),\n    nn.Identity().\"\"\"\n");
        py.append("    return nn.Sequential(\n");
        for (int l = 0; l < net.depth(); l++) {
            Linear linear = net.layer(l).linear();
            py.append("        Layer(Linear(").append(linear.inputSize()).append(", ").append(linear.outputSize())
                    .append("), ").append(module(net.layer(l).activation())).append("),\n");
        }
        py.append("    )\n");
    }

    /** The module that computes {@code activation} as GradFlow does (see modules.py for why these). */
    static String module(Activation activation) {
        return switch (activation) {
            case TANH -> "Tanh()";
            case SIGMOID -> "Sigmoid()";
            case RELU -> "nn.ReLU()";
            case LEAKY_RELU -> "nn.LeakyReLU(" + number(Activation.LEAK) + ")";
            case LINEAR -> "nn.Identity()";
        };
    }

    private void data(StringBuilder py, boolean siamese) {
        section(py, "The run's data and initial weights, exactly as GradFlow has them");
        boolean given = siamese ? run.data().pairs() != null : run.data().examples() != null;
        String data;
        if (given) {
            data = "The data are the scenario's own";
        } else if (siamese) {
            data = "The pairs were drawn from seed " + run.training().seed() + " (torch.rand left, then right, for"
                    + " pair 1, 2, ...)";
        } else {
            data = "The examples were drawn from seed " + run.training().seed() + " by TF Playground's "
                    + run.data().dataset().id() + " recipe and shuffled once, into the order they are trained in";
        }
        comment(py, "Every number is the shortest decimal that reads back to GradFlow's double. " + data
                + (run.weights().isEmpty() ? "; the weights were drawn by each layer's init after them."
                : "; the weights are the scenario's where it gives them, else drawn by each layer's init."));
        py.append('\n');
        if (siamese) {
            py.append("PAIRS = [  # (left input, right input, target: +1 for a similar pair, -1 for a dissimilar"
                    + " one)\n");
            for (TrainingPair p : trainer.pairs()) {
                py.append("    (").append(list(p.left().toArray(), 5)).append(",\n     ")
                        .append(list(p.right().toArray(), 5)).append(", ").append(p.target()).append("),\n");
            }
        } else {
            boolean labels = trainer.examples().get(0).hasLabel();
            py.append("EXAMPLES = [  # (input, ").append(labels ? "label: the class, from 0" : "target")
                    .append(")\n");
            for (Example e : trainer.examples()) {
                py.append("    (").append(list(e.input(), 5)).append(", ")
                        .append(labels ? Integer.toString(e.label()) : list(e.target(), 5)).append("),\n");
            }
        }
        py.append("]\n\nINITIAL_WEIGHTS = [  # per layer from the input: (W, a row per unit; b)\n");
        Network net = trainer.network();
        for (int l = 0; l < net.depth(); l++) {
            Linear linear = net.layer(l).linear();
            double[][] w = linear.weight().getData();
            py.append("    ([");
            for (int i = 0; i < w.length; i++) {
                py.append(i == 0 ? "" : ",\n      ").append(list(w[i], 6));
            }
            py.append("],\n     ").append(list(linear.bias().toArray(), 5)).append("),\n");
        }
        py.append("]\n");
    }

    /** {@code [a, b, ...]}, broken before the line gets too long; continued lines start {@code indent} in. */
    static String list(double[] values, int indent) {
        StringBuilder out = new StringBuilder("[");
        int column = indent + 1;
        for (int i = 0; i < values.length; i++) {
            String item = number(values[i]) + (i == values.length - 1 ? "]" : ",");
            if (i > 0) {
                if (column + 1 + item.length() > WIDTH) {
                    out.append('\n').append(" ".repeat(indent + 1));
                    column = indent + 1;
                } else {
                    out.append(' ');
                    column++;
                }
            }
            out.append(item);
            column += item.length();
        }
        return values.length == 0 ? "[]" : out.toString();
    }

    /** The shortest decimal that reads back to {@code x} (Python reads {@code 1.0E-5} as Java writes it). */
    static String number(double x) {
        return NumberOutput.toString(x, true);
    }

    /** A Python string literal: a JSON string is one. */
    static String string(String s) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
    }

    /** A paragraph as comment lines; a control character (a file name may hold one) cannot end the comment. */
    private static void comment(StringBuilder py, String paragraph) {
        for (String line : TextWrap.lines(paragraph.replaceAll("\\p{Cntrl}", "?"), String::length, WIDTH - 2)) {
            py.append("# ").append(line).append('\n');
        }
    }

    /** {@code # ---- name ------}, the width of the resources' own section lines. */
    private static void section(StringBuilder py, String name) {
        String start = "# ---- " + name + " ";
        py.append("\n\n").append(start).append("-".repeat(Math.max(4, SECTION - start.length()))).append("\n\n");
    }

    private static String resource(String name) {
        try (InputStream in = PytorchScript.class.getResourceAsStream("pytorch/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the PyTorch script part " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
