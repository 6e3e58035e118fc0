package org.gradflow.plot;

import java.util.ArrayList;
import java.util.List;
import org.gradflow.engine.CosineDistance;
import org.gradflow.engine.TrainingRule;
import org.gradflow.engine.WorkedIteration;

/**
 * One iteration as a student checks it with a calculator: each formula of the forward pass, the cosine, the
 * rule, the chain rule down to every layer's dL/dW and the SGD update, with the iteration's numbers in it
 * (six significant digits; the engine's are exact doubles).
 */
public final class WorkedText {
    private static final int DIGITS = 6;

    private WorkedText() {
    }

    /** The worked iteration of a run of output size D, as lines of text. */
    public static List<String> lines(WorkedIteration w, String runName) {
        List<String> out = new ArrayList<>();
        int d = w.left().out().length;
        out.add("Iteration " + Format.grouped(w.iteration()) + " of the " + runName + " (D = " + d + "): pair "
                + w.pair() + ", target " + (w.target() > 0 ? "+1" : "−1") + ", rule " + w.rule().id()
                + ", learning rate η = " + num(w.learningRate()));
        out.add("Parameters before the update:  W₁ = " + matrix(w.before().w1()) + ",  b₁ = "
                + vector(w.before().b1()));
        out.add("                               W₂ = " + matrix(w.before().w2()) + ",  b₂ = "
                + vector(w.before().b2()));
        out.add("");
        branch(out, "Forward, left branch (its output is u)", "x₁", "u", w.left());
        branch(out, "Forward, right branch (the same weights; its output is v)", "x₂", "v", w.right());
        out.add("The cosine (Torch7's nn.CosineDistance, ε = " + num(CosineDistance.EPS) + ")");
        out.add("  ⟨u,v⟩ = Σ uᵢvᵢ = " + num(w.dot()) + "    |u|² = " + num(w.squaredNormU()) + "    |v|² = "
                + num(w.squaredNormV()));
        out.add("  C = ⟨u,v⟩ / √((|u|² + ε)(|v|² + ε)) = " + num(w.dot()) + " / √("
                + num(w.squaredNormU() + CosineDistance.EPS)
                + " · " + num(w.squaredNormV() + CosineDistance.EPS) + ") = " + num(w.cosine()));
        out.add("  dC/du = (v − ⟨u,v⟩/(|u|²+ε) · u) / √((|u|²+ε)(|v|²+ε)) = " + vector(w.dCdu()));
        out.add("  dC/dv = (u − ⟨u,v⟩/(|v|²+ε) · v) / √((|u|²+ε)(|v|²+ε)) = " + vector(w.dCdv()));
        if (d == 1) {
            out.add("  (D = 1: v − (uv/u²)·u = 0 in exact arithmetic; what is left is ε's doing.)");
        }
        out.add("");
        out.add("The rule: " + ruleLine(w));
        out.add("  L = " + num(w.loss()) + ",   gradOutput = dL/dC = " + num(w.gradOutput()));
        out.add("");
        if (w.gradOutput() == 0.0) {
            out.add("Backward: gradOutput is 0, so the rule skips backward (as torch/nn's example does): every"
                    + " gradient is 0 and the update changes nothing.");
        } else {
            backward(out, "Backward, left branch", "u", "x₁", w.left());
            backward(out, "Backward, right branch (added to the same gradients: the weights are shared)", "v",
                    "x₂", w.right());
        }
        out.add("Gradients, both branches summed");
        out.add("  dL/dW₁ = " + matrix(w.gradient().w1()) + "    dL/db₁ = " + vector(w.gradient().b1()));
        out.add("  dL/dW₂ = " + matrix(w.gradient().w2()) + "    dL/db₂ = " + vector(w.gradient().b2()));
        out.add("");
        out.add("SGD update, p ← p − η · dL/dp with η = " + num(w.learningRate()));
        out.add("  W₁ = " + matrix(w.after().w1()) + ",  b₁ = " + vector(w.after().b1()));
        out.add("  W₂ = " + matrix(w.after().w2()) + ",  b₂ = " + vector(w.after().b2()));
        return out;
    }

    private static void branch(List<String> out, String title, String x, String name, WorkedIteration.BranchPass b) {
        out.add(title);
        out.add("  " + x + " = " + vector(b.x()));
        out.add("  a = W₁" + x + " + b₁ = " + vector(b.a()));
        out.add("  h = tanh(a) = " + vector(b.h()));
        out.add("  z = W₂h + b₂ = " + vector(b.z()));
        out.add("  " + name + " = tanh(z) = " + vector(b.out()));
        out.add("");
    }

    private static void backward(List<String> out, String title, String name, String x,
                                 WorkedIteration.BranchPass b) {
        out.add(title);
        out.add("  δ" + name + " = gradOutput · dC/d" + name + " = " + vector(b.deltaOut()));
        out.add("  δz = δ" + name + " ⊙ (1 − " + name + "²) = " + vector(b.deltaZ())
                + "      (tanh′ = 1 − tanh²)");
        out.add("  dL/dW₂ += δz hᵀ,  dL/db₂ += δz");
        out.add("  δh = W₂ᵀ δz = " + vector(b.deltaH()));
        out.add("  δa = δh ⊙ (1 − h²) = " + vector(b.deltaA()));
        out.add("  dL/dW₁ += δa " + x + "ᵀ,  dL/db₁ += δa");
        out.add("");
    }

    private static String ruleLine(WorkedIteration w) {
        TrainingRule rule = w.rule();
        return switch (rule) {
            case QUESTION -> "question (the script): L = 1 − target·C, gradOutput = −target";
            case TORCH_EXAMPLE -> "torch-example: L = 1 − target·C, gradOutput = −target while C·target < 1, else 0"
                    + " (here C·target = " + num(w.cosine() * w.target()) + ")";
            case COSINE_EMBEDDING -> "cosine-embedding, margin " + num(w.margin()) + ": L = 1 − C for target +1,"
                    + " max(0, C − margin) for −1; gradOutput −1, +1 or 0";
        };
    }

    static String num(double value) {
        return Format.number(value, DIGITS);
    }

    static String vector(double[] values) {
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
