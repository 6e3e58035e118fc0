package org.gradflow.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.Random;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gradflow.engine.CosineDistance;
import org.gradflow.engine.Scenario;
import org.gradflow.engine.ScenarioReader;
import org.gradflow.export.AwtPainter;
import org.gradflow.session.RunFrame;
import org.junit.jupiter.api.Test;

/** The geometry chart's tangent: dC/du split along and across û, against the engine and exact arithmetic. */
class GeometryChartTest {
    private static final MathContext EXACT = new MathContext(40);

    /** ε·C/((|u|²+ε)|u|) in 40 digits from u and v themselves: the eps residue along û. */
    private static double exactAlong(double[] u, double[] v) {
        BigDecimal uu = BigDecimal.ZERO;
        BigDecimal vv = BigDecimal.ZERO;
        BigDecimal uv = BigDecimal.ZERO;
        for (int i = 0; i < u.length; i++) {
            BigDecimal a = new BigDecimal(u[i]);
            BigDecimal b = new BigDecimal(v[i]);
            uu = uu.add(a.multiply(a));
            vv = vv.add(b.multiply(b));
            uv = uv.add(a.multiply(b));
        }
        BigDecimal eps = new BigDecimal(CosineDistance.EPS);
        BigDecimal n = uu.add(eps).multiply(vv.add(eps)).sqrt(EXACT);
        BigDecimal c = uv.divide(n, EXACT);
        return c.multiply(eps).divide(uu.add(eps).multiply(uu.sqrt(EXACT)), EXACT).doubleValue();
    }

    @Test
    void forDTwoToTenTheTangentHasTheLengthOfDcDuAndOnlyTheEpsResidueAlongU() {
        Random random = new Random(7);
        CosineDistance cosine = new CosineDistance();
        for (int d = 2; d <= 10; d++) {
            for (int trial = 0; trial < 50; trial++) {
                double[] u = new double[d];
                double[] v = new double[d];
                for (int i = 0; i < d; i++) {
                    u[i] = random.nextGaussian();
                    v[i] = random.nextGaussian();
                }
                double[] du = new double[d];
                double[] dv = new double[d];
                cosine.forward(u, v);
                cosine.backward(u, v, du, dv);
                double norm = Math.sqrt(Arrays.stream(du).map(x -> x * x).sum());
                GeometryChart.Tangent t = GeometryChart.tangent(u, v);
                // Both are O(1) sums of a few products: agreement to 1e-9 leaves room for their roundings.
                assertThat(t.length()).as("D = %d", d).isCloseTo(norm, within(1e-9 * norm));
                double along = exactAlong(u, v);
                assertThat(t.along()).isCloseTo(along, within(1e-9 * Math.abs(along)));
            }
        }
    }

    @Test
    void inOneDimensionTheTangentIsTheEpsResidueAlone() {
        double[] u = {0.47};
        double[] v = {-0.45};
        GeometryChart.Tangent t = GeometryChart.tangent(u, v);
        assertThat(t.across()).isZero();
        assertThat(Math.abs(t.along())).isBetween(1e-12, 1e-10);
        assertThat(t.along()).isCloseTo(exactAlong(u, v), within(1e-9 * Math.abs(exactAlong(u, v))));
        double[] du = new double[1];
        double[] dv = new double[1];
        CosineDistance cosine = new CosineDistance();
        cosine.forward(u, v);
        cosine.backward(u, v, du, dv);
        // Torch's own 1-D formula cancels (v − (uv/(u²+ε))u): its rounding is the size of the residue, hence 1e-3.
        assertThat(t.length()).isCloseTo(Math.abs(du[0]), within(1e-3 * Math.abs(du[0])));
    }

    /** At u = 0 (the eps spike's scenario) there is no û: the chart said "û = −1", Math.signum(0) read as negative. */
    @Test
    void aZeroOutputHasNoDirectionAndTheChartSaysSo() throws Exception {
        Scenario spike = new ScenarioReader().read(Path.of("assets/scenarios/singular-spike.json"));
        RunFrame scalar = DiagnosisTest.framesAt(spike, 0)[0];
        assertThat(scalar.u(0)).isZero();
        List<String> texts = new ArrayList<>();
        BufferedImage image = new BufferedImage(400, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            ChartKind.GEOMETRY.create(new ForwardingPainter(new AwtPainter(g)) {
                @Override
                public void text(String text, double x, double y, TextStyle style, Rgb color, Align align,
                                 Baseline baseline) {
                    texts.add(text);
                    super.text(text, x, y, style, color, align, baseline);
                }
            }).draw(scalar, 400, 240, null);
        } finally {
            g.dispose();
        }
        assertThat(texts).contains("u = 0: no û").noneMatch(t -> t.startsWith("û = "));
    }
}
