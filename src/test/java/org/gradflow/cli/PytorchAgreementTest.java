package org.gradflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.core.io.NumberOutput;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gradflow.engine.Head;
import org.gradflow.engine.RunFactory;
import org.gradflow.engine.RunSpec;
import org.gradflow.engine.Scenario;
import org.gradflow.engine.ScenarioReader;
import org.gradflow.engine.TraceJsonWriter;
import org.gradflow.engine.Trainer;
import org.gradflow.export.PytorchScripts;
import org.gradflow.testing.JsonLinesAgreement;
import org.gradflow.testing.PythonWithTorch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "Continue in PyTorch", checked: the scripts that {@code export --format pytorch} writes, run by python3 with
 * torch as a student runs them, print GradFlow's own {@code curve} lines (every field; meanLoss to 1e-9 relative,
 * counts, {@code learned} and {@code deadUnits} exactly) and, over the first 20 iterations, its {@code trace} lines
 * (every value to 1e-9 relative, but see {@link #SCALAR_COSINE_BACKWARD}).
 *
 * <p>The scripts compute with GradFlow's operations in GradFlow's order, so where every exp rounds as Java's does
 * their lines are GradFlow's to the bit (most of these are, byte for byte). Java's Math.exp and the C library's
 * exp, which the scripts use, round about 1 argument in 400 differently; a run whose float64 trajectory is
 * chaotic then parts from GradFlow's, a factor of about 10^4 per 500 iterations (a D = 6 run at learning rate 0.1:
 * one ulp at iteration 305, 1e-6 at 2,000). The passes below are horizons over which every run measured within
 * 1e-12 of GradFlow's (src/bench/pytorch-horizon.py measures them), a thousand times inside the tolerance, so a
 * machine whose exps round a few more arguments differently still passes.
 */
class PytorchAgreementTest {
    private static final int TRACED = 20;
    private static final double RELATIVE = 1e-9;
    /**
     * In a run whose join is the cosine of scalar outputs (D = 1), its gradient, about 1e-11, is
     * v - <u,v>/(|u|^2 + eps) u, a difference of two numbers equal to 11 or 12 digits, and so is the loss 1 - C of
     * a similar pair. One ulp of u or v moves them by up to 6e-4 of themselves (measured at 20,000 random points),
     * and every gradient back-propagated from the join, its norms and update ratios, moves with it. Those values are
     * compared to 1e-2 relative: a few ulps of u and v, and still a test of the formula (PyTorch's
     * F.cosine_similarity gives exactly 0 there, off by all of it).
     */
    private static final double SCALAR_COSINE_BACKWARD = 1e-2;

    static Stream<Arguments> scenarios() {
        return Stream.of(
                arguments("assets/scenarios/original-question.json", 50),
                arguments("src/test/resources/pytorch/deep-sigmoid.json", 100),
                arguments("src/test/resources/pytorch/relu-batches.json", 100),
                arguments("src/test/resources/pytorch/hinge-embedding-1d.json", 50),
                arguments("src/test/resources/pytorch/zero-init.json", 100),
                arguments("src/test/resources/pytorch/mse-layers.json", 100),
                arguments("assets/scenarios/singular-spike.json", 50),
                arguments("assets/scenarios/torch-example.json", 10),
                arguments("assets/scenarios/cosine-embedding.json", 5));
    }

    @ParameterizedTest(name = "{0}, {1} passes")
    @MethodSource("scenarios")
    void eachRunsScriptPrintsGradFlowsCurveAndTraceLines(String file, int passes, @TempDir Path out)
            throws Exception {
        PythonWithTorch.interpreter();
        CliRun export = CliRun.of("export", file, "--format", "pytorch", "--out", out.toString());
        assertThat(export.status()).as(export.err()).isZero();
        Scenario scenario = new ScenarioReader().read(Path.of(file));
        String curve = CliRun.of("curve", file, "--passes", Integer.toString(passes)).out();
        List<String> scripts = PytorchScripts.fileNames(scenario);
        assertThat(scripts).hasSize(scenario.hasComparison() ? 2 : 1);
        for (int i = 0; i < scripts.size(); i++) {
            Path script = out.resolve(scripts.get(i));
            String run = i == 0 ? "main" : "comparison";
            RunSpec spec = i == 0 ? scenario.main() : scenario.comparisonRun();

            JsonLinesAgreement curves = new JsonLinesAgreement((field, line) -> RELATIVE);
            curves.assertAgree(script.getFileName() + " --passes " + passes, linesOf(curve, run),
                    PythonWithTorch.run(script, "--passes", Integer.toString(passes)));
            JsonLinesAgreement traces = new JsonLinesAgreement(traceTolerance(spec));
            traces.assertAgree(script.getFileName() + " --trace " + TRACED, trace(spec),
                    PythonWithTorch.run(script, "--trace", Integer.toString(TRACED)));
            System.out.println(file + ", " + scripts.get(i) + ": curve " + curves.report() + "; trace "
                    + traces.report());
        }
    }

    /** The curve's lines of one run, as {@code curve} prints them ({@code run} is their first field). */
    private static String linesOf(String curve, String run) {
        String start = "{\"run\":\"" + run + "\"";
        return curve.lines().filter(line -> line.startsWith(start)).collect(Collectors.joining("\n"));
    }

    /** What {@code trace} prints of a run (TraceCommand writes these lines for the main run). */
    private static String trace(RunSpec spec) throws Exception {
        Trainer trainer = RunFactory.build(spec);
        StringWriter text = new StringWriter();
        try (TraceJsonWriter writer = new TraceJsonWriter(text)) {
            for (int i = 0; i < TRACED; i++) {
                trainer.step();
                writer.write(trainer.last());
            }
        }
        return text.toString();
    }

    private static JsonLinesAgreement.Tolerance traceTolerance(RunSpec run) {
        boolean scalarCosine = run.training().rule().head() == Head.COSINE && run.network().outputSize() == 1;
        return (field, line) -> scalarCosine && fromTheCancellation(field, line) ? SCALAR_COSINE_BACKWARD : RELATIVE;
    }

    private static boolean fromTheCancellation(String field, JsonNode line) {
        return switch (field) {
            case "dCdu[]", "dCdv[]", "layers[].weightGrad", "layers[].biasGrad", "layers[].outputGrad",
                 "layers[].updateRatio" -> true;
            case "loss" -> line.get("target").asInt() > 0;
            default -> field.startsWith("gradNorms.");
        };
    }

    /** The scripts write doubles as Java does (Jackson's shortest form), or a line would not diff equal. */
    @Test
    void theScriptsWriteEveryDoubleAsGradFlowWritesIt(@TempDir Path out) throws Exception {
        String python = PythonWithTorch.interpreter();
        List<Double> values = new ArrayList<>(List.of(0.001, 9.999999999999998E-4, 1e7, 9999999.999999998, 1e-5,
                123456.789, 0.1, 1.0, 100.0, 1234567.0, -2.5e-12, 1e23, 1e-300, Double.MAX_VALUE,
                Double.MIN_NORMAL, 4.9e-322, 0.0, -0.0));
        SplittableRandom random = new SplittableRandom(19);
        while (values.size() < 2000) {
            double x = Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(x)) {
                values.add(x);
            }
        }
        Scenario seed = new ScenarioReader().read(Path.of("assets/scenarios/original-question.json"));
        Path script = PytorchScripts.write(seed, "original-question.json", out, false).get(0);
        List<String> command = new ArrayList<>(List.of(python, "-c", "import runpy, sys\n"
                + "ns = runpy.run_path(sys.argv[1])\n"
                + "for h in sys.argv[2:]:\n"
                + "    print(ns['java_double'](float.fromhex(h)))\n", script.toString()));
        values.forEach(x -> command.add(Double.toHexString(x)));
        List<String> expected = new ArrayList<>(values.stream().map(x -> NumberOutput.toString(x, true)).toList());
        command.addAll(List.of("nan", "inf", "-inf"));
        expected.addAll(List.of("\"NaN\"", "\"Infinity\"", "\"-Infinity\""));
        PythonWithTorch.Result r = PythonWithTorch.execute(command);
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out().lines().toList()).isEqualTo(expected);
    }
}
