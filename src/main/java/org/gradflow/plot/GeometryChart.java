package org.gradflow.plot;

import java.util.ArrayList;
import java.util.List;
import org.gradflow.engine.CosineDistance;
import org.gradflow.session.RunFrame;

/**
 * Why the gradient dies, drawn: the cosine only sees directions, so dC/du is perpendicular to u (in exact
 * arithmetic; Torch's eps leaves eps·C/(|u|²+eps) along it). In the plane of u and v: the unit circle, û, v̂,
 * the angle θ, and dC/du at û's tip, tangent to the circle, its length |sin θ| / |u| shown as its two factors,
 * with where one SGD step moves û. In 1-D the "circle" is the two points ±1: nothing is perpendicular to u, and
 * the tangent is the zero vector but for the eps residue.
 */
final class GeometryChart extends PointedChart {
    private static final List<LegendItem> LEGEND = List.of(LegendItem.line("û", Palette.POSITIVE),
            LegendItem.line("v̂", Palette.NEGATIVE),
            LegendItem.line("dC/du (tangent)", Palette.DCDU).briefly("dC/du"),
            LegendItem.dot("û after one step", Palette.MUTED).briefly("after a step"));

    /** dC/du split along û and across it, in the plane of u and v: analytic, so the eps residue is exact. */
    record Tangent(double along, double across, double sinTheta, double cosTheta) {
        double length() {
            return Math.hypot(along, across);
        }
    }


    GeometryChart(Painter painter) {
        super(painter);
    }

    /**
     * dC/du = (v − (u·v)/(|u|²+ε) u) / N with N = √((|u|²+ε)(|v|²+ε)). Across û it is |v⊥|/N, |v⊥| the part of v
     * perpendicular to u; along û it is (u·v)/|u| · ε/(|u|²+ε) / N = ε·C/((|u|²+ε)|u|), zero in exact math.
     */
    static Tangent tangent(double[] u, double[] v) {
        // The engine's cosine, for the same ⟨u,v⟩, |u|² and |v|² the charts beside this one show.
        CosineDistance cosine = new CosineDistance();
        cosine.forward(u, v);
        double uu = cosine.squaredNormU();
        double vv = cosine.squaredNormV();
        double uv = cosine.dot();
        double nu = Math.sqrt(uu);
        double n = Math.sqrt((uu + CosineDistance.EPS) * (vv + CosineDistance.EPS));
        double c = uv / n;
        double vAlong = nu == 0 ? 0 : uv / nu;
        double vPerp = Math.sqrt(Math.max(0, vv - vAlong * vAlong));
        // v⊥ from its components is exact where v is far from parallel to u; near parallel, the difference
        // vv − vAlong² loses digits, so it is recomputed from the vector itself.
        if (vPerp < 1e-4 * Math.sqrt(vv) && nu > 0) {
            double sum = 0;
            for (int i = 0; i < u.length; i++) {
                double p = v[i] - vAlong * u[i] / nu;
                sum += p * p;
            }
            vPerp = Math.sqrt(sum);
        }
        double along = nu == 0 ? 0 : c * CosineDistance.EPS / ((uu + CosineDistance.EPS) * nu);
        double nv = Math.sqrt(vv);
        return new Tangent(along, vPerp / n, nv == 0 ? 0 : vPerp / nv, nv == 0 ? 1 : vAlong / nv);
    }

    @Override
    public void draw(RunFrame f, double w, double h, String caption) {
        double[] u = f.uCopy();
        double[] v = f.vCopy();
        Tangent t = tangent(u, v);
        double nu = Math.sqrt(dot(u, u));
        area.setCaption(caption);
        List<String> lines = new ArrayList<>();
        List<Rgb> colours = new ArrayList<>();
        if (f.outputSize() == 1) {
            add(lines, colours, "1-D: the circle is two points, ±1;", Palette.TEXT);
            add(lines, colours, "nothing is ⊥ to u: tangent 0", Palette.TEXT);
            add(lines, colours, "(ε leaves |dC/du| = " + Format.number(f.dCduNorm(), 2) + ")", Palette.TEXT);
        } else if (nu == 0) {
            add(lines, colours, "u = 0: no direction û, no angle θ;", Palette.TEXT);
            add(lines, colours, "exact math has no gradient here", Palette.TEXT);
            add(lines, colours, "(ε makes |dC/du| = " + Format.number(f.dCduNorm(), 2) + ")", Palette.TEXT);
        } else {
            double theta = Math.atan2(t.sinTheta(), t.cosTheta());
            add(lines, colours, "θ = " + Format.number(Math.toDegrees(theta), 3) + "°", Palette.TEXT);
            add(lines, colours, "|dC/du| = |sin θ| · 1/|u|", Palette.DCDU);
            add(lines, colours, "= " + Format.number(t.sinTheta(), 3) + " · " + Format.number(1 / nu, 3) + " = "
                    + Format.number(f.dCduNorm(), 3), Palette.TEXT);
        }
        double measured = dot(u, f.dCduCopy());
        double exact = f.cosine() * CosineDistance.EPS / (dot(u, u) + CosineDistance.EPS);
        add(lines, colours, "u·dC/du = " + Format.number(measured, 2), Palette.TEXT);
        add(lines, colours, "exact: ε·C/(|u|²+ε) = " + Format.number(exact, 2), Palette.TEXT);
        double textWidth = 0;
        for (String line : lines) {
            textWidth = Math.max(textWidth, painter.textWidth(line, TextStyle.SMALL));
        }
        textWidth += 14;

        // Equal scales on both axes, so that the circle is round: frame once to learn the plot's size.
        boolean oneD = f.outputSize() == 1;
        area.frame(w, h, ChartKind.GEOMETRY.title(), LEGEND, Axis.linear(-1.6, 1.6, ""),
                oneD ? Axis.blank(-1.25, 1.25) : Axis.linear(-1.25, 1.25, ""), null);
        // The words in a column of their own when the plot is wide enough, so that they never cover the
        // drawing; in a narrow plot they sit on a white box over it.
        boolean besides = area.width() - textWidth >= area.height();
        double halfY = 1.35 * Math.max(1, (besides ? area.width() - textWidth : area.width()) > area.height() ? 1
                : area.height() / area.width());
        double unit = area.height() / (2 * halfY);
        // Cramped, the circle keeps to the right, where the words' box covers the least of it.
        double centre = besides ? textWidth + (area.width() - textWidth) / 2
                : Math.max(area.width() / 2, area.width() - 1.4 * unit);
        double lineHeight = painter.lineHeight(TextStyle.SMALL) + 2;
        double bottom = -halfY;
        // 1-D: the number line needs no height. Where the words would cover it at the middle, it is drawn
        // near the bottom, under the words.
        boolean lowLine = oneD && !besides
                && area.height() / 2 - 30 < lines.size() * lineHeight + 8;
        if (lowLine) {
            bottom = -2 * halfY * 26 / area.height();
        }
        // In 1-D the height above the number line means nothing: no ticks on it.
        Axis height = oneD ? Axis.blank(bottom, bottom + 2 * halfY)
                : Axis.linear(bottom, bottom + 2 * halfY, "");
        area.frame(w, h, ChartKind.GEOMETRY.title(), LEGEND, Axis.linear(-centre / unit,
                (area.width() - centre) / unit, ""), height, null);
        area.beginData();
        double room = area.height() - 8;
        if (oneD) {
            double lineY = area.toY(0);
            if (lowLine) {
                room = lineY - 30 - area.top();
            }
            drawLine(u, v, lineY);
        } else if (nu > 0) {
            drawPlane(f, t, nu);
        } else {
            circle();
        }
        int fit = (int) Math.max(0, Math.min(lines.size(), room / lineHeight));
        if (!besides && fit > 0) {
            painter.fillRect(area.left() + 2, area.top() + 2, textWidth - 4, fit * lineHeight + 6,
                    Palette.PLOT_BACKGROUND);
        }
        for (int i = 0; i < fit; i++) {
            painter.text(lines.get(i), area.left() + 6, area.top() + 6 + i * lineHeight, TextStyle.SMALL,
                    colours.get(i), Painter.Align.LEFT, Painter.Baseline.TOP);
        }
        // Coordinates in the plane: along û, and across it towards v.
        drawCoordinates("along û", "across", null);
        area.endData();
    }

    private static void add(List<String> lines, List<Rgb> colours, String line, Rgb colour) {
        lines.add(line);
        colours.add(colour);
    }

    private void drawPlane(RunFrame f, Tangent t, double nu) {
        circle();
        double cx = area.toX(0);
        double cy = area.toY(0);
        arrow(cx, cy, area.toX(1), area.toY(0), Palette.POSITIVE, "û");
        arrow(cx, cy, area.toX(t.cosTheta()), area.toY(t.sinTheta()), Palette.NEGATIVE, "v̂");
        // The tangent drawn |sin θ| long (its length at |u| = 1); the words give both factors.
        double scale = t.length() == 0 ? 0 : t.sinTheta() / t.length();
        double tx = 1 + t.along() * scale;
        double ty = t.across() * scale;
        arrow(area.toX(1), area.toY(0), area.toX(tx), area.toY(ty), Palette.DCDU, "");
        // One SGD step: u − η·gradOutput·dC/du, in the plane (dC/du has no part outside it).
        double step = f.scenario().learningRate() * f.gradOutput();
        double nx = nu - step * t.along();
        double ny = -step * t.across();
        double norm = Math.hypot(nx, ny);
        if (norm > 0 && step != 0) {
            painter.circle(area.toX(nx / norm), area.toY(ny / norm), 5, Palette.PLOT_BACKGROUND, Palette.MUTED, 2);
        }
    }

    private void drawLine(double[] u, double[] v, double y) {
        painter.line(area.toX(-1.3), y, area.toX(1.3), y, Palette.FRAME, 1.5);
        for (double p : new double[] {-1, 1}) {
            painter.circle(area.toX(p), y, 5, Palette.PLOT_BACKGROUND, Palette.TEXT, 1.5);
        }
        double su = Math.signum(u[0]);
        double sv = Math.signum(v[0]);
        // û above the line, v̂ below, so that their labels stay apart when they point the same way. A zero output
        // has no direction: no arrow, and the label says so at 0 (it said "û = −1" there).
        if (su != 0) {
            arrow(area.toX(0), y - 6, area.toX(su), y - 6, Palette.POSITIVE, "");
        }
        area.labels().inside(su == 0 ? "u = 0: no û" : "û = " + (su > 0 ? "+1" : "−1"), area.toX(su), y - 12,
                TextStyle.LABEL, Palette.POSITIVE, Painter.Align.CENTER, Painter.Baseline.BOTTOM);
        if (sv != 0) {
            arrow(area.toX(0), y + 6, area.toX(sv), y + 6, Palette.NEGATIVE, "");
        }
        area.labels().inside(sv == 0 ? "v = 0: no v̂" : "v̂ = " + (sv > 0 ? "+1" : "−1"), area.toX(sv), y + 12,
                TextStyle.LABEL, Palette.NEGATIVE, Painter.Align.CENTER, Painter.Baseline.TOP);
    }

    private void circle() {
        int n = 180;
        double[] xs = new double[n + 1];
        double[] ys = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            double a = 2 * Math.PI * i / n;
            xs[i] = area.toX(Math.cos(a));
            ys[i] = area.toY(Math.sin(a));
        }
        painter.polyline(xs, ys, n + 1, Palette.REFERENCE, 1.5);
    }

    private void arrow(double x1, double y1, double x2, double y2, Rgb color, String label) {
        painter.line(x1, y1, x2, y2, color, 2.4);
        double a = Math.atan2(y2 - y1, x2 - x1);
        double len = Math.hypot(x2 - x1, y2 - y1);
        if (len > 4) {
            double head = Math.min(10, len / 2);
            painter.line(x2, y2, x2 - head * Math.cos(a - 0.4), y2 - head * Math.sin(a - 0.4), color, 2.4);
            painter.line(x2, y2, x2 - head * Math.cos(a + 0.4), y2 - head * Math.sin(a + 0.4), color, 2.4);
        }
        if (!label.isEmpty()) {
            // Beyond the tip; a row up or down where another tip's label is (û and v̂ nearly aligned).
            double line = painter.lineHeight(TextStyle.LABEL);
            double x = x2 + 6 * Math.cos(a);
            double top = y2 + 6 * Math.sin(a) - 4 - line;
            if (!area.labels().near(List.of(label), x, new double[] {top, top - line, top + line, top - 2 * line,
                    top + 2 * line}, 0, true, TextStyle.LABEL, color)) {
                area.labels().inside(label, x, top, TextStyle.LABEL, color, Painter.Align.LEFT, Painter.Baseline.TOP);
            }
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
