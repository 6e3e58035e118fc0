package org.gradflow.plot;

import java.util.ArrayList;
import java.util.List;
import org.gradflow.engine.Activation;
import org.gradflow.engine.CosineDistance;
import org.gradflow.engine.Head;
import org.gradflow.engine.LayerNames;
import org.gradflow.engine.PairwiseDistance;
import org.gradflow.engine.WorkedIteration;

/**
 * One iteration as a student checks it with a calculator: each formula of the forward pass, layer by layer, what
 * the network ends in (the cosine or the distance and the rule, or the criterion), the chain rule down to every
 * layer's dL/dW and the SGD update, with the iteration's numbers in it (six significant digits; the engine's are
 * exact doubles). A batch shows its first examples in full; the others go the same way.
 */
public final class WorkedText {
    private static final int DIGITS = 6;
    /** Examples of a batch written out in full. */
    static final int EXAMPLES_SHOWN = 2;

    private WorkedText() {
    }

    /** The worked iteration, as lines of text. */
    public static List<String> lines(WorkedIteration w, String runName) {
        List<String> out = new ArrayList<>();
        int depth = w.before().size();
        int d = w.inputs().get(0).output().length;
        String what = w.join() != null
                ? "pair " + w.join().pair() + ", target " + (w.join().target() > 0 ? "+1" : "−1")
                : "batch " + w.batch().batch() + " (examples " + Format.grouped(w.batch().from() + 1) + " to "
                + Format.grouped(w.batch().from() + w.inputs().size()) + ")";
        out.add("Iteration " + Format.grouped(w.iteration()) + " of the " + runName + " (D = " + d + "): " + what
                + ", rule " + w.rule().id() + ", learning rate η = " + num(w.learningRate()));
        out.add("Parameters before the update:");
        for (int l = 0; l < depth; l++) {
            out.add("  W" + sub(l) + " = " + matrix(w.before().get(l).weight()) + ",  b" + sub(l) + " = "
                    + vector(w.before().get(l).bias()));
        }
        out.add("");
        List<WorkedIteration.Input> shown = shown(w);
        for (WorkedIteration.Input input : shown) {
            forward(out, w, input);
        }
        more(out, w, "forward");
        if (w.join() != null) {
            join(out, w, d);
            out.add("The rule: " + ruleLine(w));
            out.add("  L = " + num(w.loss()) + ",   gradOutput = dL/d" + joined(w) + " = " + num(w.gradOutput()));
        } else {
            criterion(out, w);
        }
        out.add("");
        if (w.gradOutput() == 0.0) {
            out.add("Backward: gradOutput is 0, so the rule skips backward (as torch/nn's example does): every"
                    + " gradient is 0 and the update changes nothing.");
        } else {
            for (WorkedIteration.Input input : shown) {
                backward(out, w, input);
            }
            more(out, w, "backward, each adding to the same gradients");
        }
        out.add("Gradients, " + (w.join() != null ? "both branches summed" : "summed over the batch"));
        for (int l = 0; l < depth; l++) {
            out.add("  dL/dW" + sub(l) + " = " + matrix(w.gradient().get(l).weight()) + "    dL/db" + sub(l) + " = "
                    + vector(w.gradient().get(l).bias()));
        }
        out.add("");
        out.add("SGD update, p ← p − η · dL/dp with η = " + num(w.learningRate()));
        for (int l = 0; l < depth; l++) {
            out.add("  W" + sub(l) + " = " + matrix(w.after().get(l).weight()) + ",  b" + sub(l) + " = "
                    + vector(w.after().get(l).bias()));
        }
        return out;
    }

    /** Both branches, or the batch's first examples. */
    private static List<WorkedIteration.Input> shown(WorkedIteration w) {
        List<WorkedIteration.Input> inputs = w.inputs();
        return w.join() != null ? inputs : inputs.subList(0, Math.min(EXAMPLES_SHOWN, inputs.size()));
    }

    private static void more(List<String> out, WorkedIteration w, String how) {
        int rest = w.inputs().size() - shown(w).size();
        if (rest > 0) {
            out.add("(... and " + Format.grouped(rest) + " more example" + (rest == 1 ? "" : "s") + ", the same"
                    + " way: " + how + ")");
            out.add("");
        }
    }

    private static void forward(List<String> out, WorkedIteration w, WorkedIteration.Input input) {
        String output = w.join() == null ? "y" : input.name().equals("left") ? "u" : "v";
        out.add("Forward, " + input.name() + (w.join() != null ? " branch" : "") + " (its output is " + output
                + (input.name().equals("right") ? "; the same weights" : "") + ")");
        out.add("  x = " + vector(input.x()));
        String below = "x";
        List<WorkedIteration.LayerPass> layers = input.layers();
        for (int l = 0; l < layers.size(); l++) {
            WorkedIteration.LayerPass p = layers.get(l);
            String h = l == layers.size() - 1 ? output : "h" + sub(l);
            out.add("  a" + sub(l) + " = W" + sub(l) + below + " + b" + sub(l) + " = " + vector(p.a()));
            out.add("  " + h + " = " + (p.activation() == Activation.LINEAR ? "a" + sub(l)
                    : name(p.activation()) + "(a" + sub(l) + ")") + " = " + vector(p.h()));
            below = h;
        }
        out.add("");
    }

    private static void join(List<String> out, WorkedIteration w, int d) {
        WorkedIteration.Join j = w.join();
        if (w.head() == Head.DISTANCE) {
            out.add("The distance (Torch7's nn.PairwiseDistance(2))");
            out.add("  d = |u − v| = " + num(j.value()));
            out.add("  dd/du = (u − v) / (d + " + num(PairwiseDistance.EPS) + ") = " + vector(j.du())
                    + ",   dd/dv = −dd/du");
            if (d == 1) {
                out.add("  (D = 1: dd/du = ±1 wherever u ≠ v: a distance of two numbers has a slope.)");
            }
        } else {
            out.add("The cosine (Torch7's nn.CosineDistance, ε = " + num(CosineDistance.EPS) + ")");
            out.add("  ⟨u,v⟩ = Σ uᵢvᵢ = " + num(j.dot()) + "    |u|² = " + num(j.squaredNormU()) + "    |v|² = "
                    + num(j.squaredNormV()));
            out.add("  C = ⟨u,v⟩ / √((|u|² + ε)(|v|² + ε)) = " + num(j.dot()) + " / √("
                    + num(j.squaredNormU() + CosineDistance.EPS) + " · " + num(j.squaredNormV() + CosineDistance.EPS)
                    + ") = " + num(j.value()));
            out.add("  dC/du = (v − ⟨u,v⟩/(|u|²+ε) · u) / √((|u|²+ε)(|v|²+ε)) = " + vector(j.du()));
            out.add("  dC/dv = (u − ⟨u,v⟩/(|v|²+ε) · v) / √((|u|²+ε)(|v|²+ε)) = " + vector(j.dv()));
            if (d == 1) {
                out.add("  (D = 1: v − (uv/u²)·u = 0 in exact arithmetic; what is left is ε's doing.)");
            }
        }
        out.add("");
    }

    private static void criterion(List<String> out, WorkedIteration w) {
        WorkedIteration.Batch b = w.batch();
        int size = w.inputs().size();
        switch (w.rule()) {
            case CROSS_ENTROPY -> {
                out.add("The loss (Torch7's nn.CrossEntropyCriterion: LogSoftMax, then ClassNLL, averaged over the "
                        + size + " examples)");
                out.add("  log p = y − (max y + log Σ exp(y − max y)),  L = −(1/B) Σ log p_label");
                out.add("  dL/dy = (p − one-hot(label)) / B;  labels of the examples shown: "
                        + labels(b, shown(w).size()));
            }
            case MSE -> {
                out.add("The loss (Torch7's nn.MSECriterion, averaged over the batch's B·D entries)");
                out.add("  L = Σ (y − t)² / (B·D),  dL/dy = 2 (y − t) / (B·D)");
            }
            default -> throw new IllegalStateException(w.rule() + " is a siamese rule");
        }
        out.add("  L = " + num(w.loss()) + ";  right in this batch: " + b.right() + " of " + size);
    }

    private static String labels(WorkedIteration.Batch b, int shown) {
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < shown; s++) {
            sb.append(s == 0 ? "" : ", ").append(b.labels()[s]);
        }
        return sb.toString();
    }

    private static void backward(List<String> out, WorkedIteration w, WorkedIteration.Input input) {
        List<WorkedIteration.LayerPass> layers = input.layers();
        int last = layers.size() - 1;
        String output = w.join() == null ? "y" : input.name().equals("left") ? "u" : "v";
        out.add("Backward, " + input.name() + (w.join() != null && input.name().equals("right")
                ? " (added to the same gradients: the weights are shared)" : ""));
        out.add("  δ" + output + " = " + (w.join() != null ? "gradOutput · d" + joined(w) + "/d" + output
                : "dL/d" + output) + " = " + vector(layers.get(last).deltaH()));
        for (int l = last; l >= 0; l--) {
            WorkedIteration.LayerPass p = layers.get(l);
            String h = l == last ? output : "h" + sub(l);
            String below = l == 0 ? "x" : "h" + sub(l - 1);
            if (l < last) {
                out.add("  δ" + h + " = W" + sub(l + 1) + "ᵀ δa" + sub(l + 1) + " = " + vector(p.deltaH()));
            }
            out.add("  δa" + sub(l) + " = δ" + h + " ⊙ " + derivative(p.activation(), "a" + sub(l), h) + " = "
                    + vector(p.deltaA()));
            out.add("  dL/dW" + sub(l) + " += δa" + sub(l) + " " + below + "ᵀ,  dL/db" + sub(l) + " += δa" + sub(l));
        }
        out.add("");
    }

    /** The activation's name in a formula. */
    private static String name(Activation a) {
        return switch (a) {
            case TANH -> "tanh";
            case SIGMOID -> "σ";
            case RELU -> "relu";
            case LEAKY_RELU -> "leaky";
            case LINEAR -> "linear";
        };
    }

    /** f'(a) as Torch's backward takes it: from the output h for tanh and sigmoid, from the input a for relu. */
    private static String derivative(Activation a, String pre, String post) {
        return switch (a) {
            case TANH -> "(1 − " + post + "²)";
            case SIGMOID -> "(1 − " + post + ") " + post;
            case RELU -> "[" + pre + " > 0]";
            case LEAKY_RELU -> "(" + pre + " > 0 ? 1 : 0.01)";
            case LINEAR -> "1";
        };
    }

    private static String ruleLine(WorkedIteration w) {
        double value = w.join().value();
        return switch (w.rule()) {
            case QUESTION -> "question (the script): L = 1 − target·C, gradOutput = −target";
            case TORCH_EXAMPLE -> "torch-example: L = 1 − target·C, gradOutput = −target while C·target < 1, else 0"
                    + " (here C·target = " + num(value * w.join().target()) + ")";
            case COSINE_EMBEDDING -> "cosine-embedding, margin " + num(w.margin()) + ": L = 1 − C for target +1,"
                    + " max(0, C − margin) for −1; gradOutput −1, +1 or 0";
            case HINGE_EMBEDDING -> "hinge-embedding, margin " + num(w.margin()) + ": L = d for target +1,"
                    + " max(0, margin − d) for −1; gradOutput 1, or −1 while margin − d > 0, else 0";
            case CROSS_ENTROPY, MSE -> throw new IllegalStateException(w.rule() + " is not a siamese rule");
        };
    }

    /** Layer l's subscript, counted from 1 at the input. */
    private static String sub(int l) {
        return LayerNames.weightSymbol(l).substring(1);
    }

    /** "C" for the cosine, "d" for the distance. */
    private static String joined(WorkedIteration w) {
        return w.head() == Head.DISTANCE ? "d" : "C";
    }

    static String num(double value) {
        return Format.number(value, DIGITS);
    }

    static String vector(double[] values) {
        if (values == null) {
            return "()";
        }
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < values.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(num(values[i]));
        }
        return sb.append(')').toString();
    }

    static String matrix(double[][] rows) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < rows.length; i++) {
            sb.append(i == 0 ? "" : "; ").append(vector(rows[i]));
        }
        return sb.append(']').toString();
    }
}
