package org.gradflow.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.gradflow.engine.Head;
import org.gradflow.engine.Scenario;
import org.gradflow.session.RunFrame;

/**
 * The whole side-by-side figure: a title, the two runs in columns (their status and six charts each), both
 * runs' learning curve across the bottom and a caption with the scenario, laid out at a fixed logical size so
 * that an export does not depend on the window.
 */
public final class FigureLayout {
    public static final double WIDTH = 1600;
    public static final double HEIGHT = 1344;
    private static final double MARGIN = 20;
    private static final double HEADER = 64;
    private static final double RUN_HEADER = 64;
    private static final double ROW = 300;
    private static final double GEOMETRY_ROW = 280;
    private static final double CURVE_ROW = 250;
    private static final double CELL_GAP = 10;
    /** Charts of a run in the figure: three rows of two, or two rows of three for a run alone. */
    static final int FIGURE_CHARTS = 6;

    /**
     * Where one chart goes: its kind, the run, and its rectangle in logical pixels. The learning curve, which
     * draws both runs, has no kind: {@link #curve()} is true.
     */
    public record Cell(ChartKind kind, boolean left, double x, double y, double w, double h) {
        public boolean curve() {
            return kind == null;
        }
    }

    private FigureLayout() {
    }

    /**
     * Where each chart of these runs goes: the seed network's figure (cosine, landscape, gradient, components,
     * geometry and norms of both runs) when both end in a cosine, else each run's first six charts that apply
     * to it in its column (a run alone takes the whole width), then the learning curve.
     */
    public static List<Cell> cells(RunFrame left, RunFrame right) {
        if (left.head() == Head.COSINE && right.present() && right.head() == Head.COSINE) {
            return cosineCells();
        }
        List<RunFrame> runs = right.present() ? List.of(left, right) : List.of(left);
        double columnWidth = (WIDTH - (runs.size() + 1) * MARGIN) / runs.size();
        int perRow = runs.size() == 1 ? 3 : 2;
        double top = MARGIN + HEADER + RUN_HEADER;
        double height = 2 * (ROW + CELL_GAP) + GEOMETRY_ROW;
        ArrayList<Cell> cells = new ArrayList<>();
        for (int c = 0; c < runs.size(); c++) {
            List<ChartKind> kinds = kindsFor(runs.get(c));
            kinds = kinds.subList(0, Math.min(FIGURE_CHARTS, kinds.size()));
            int rows = Math.max(1, (kinds.size() + perRow - 1) / perRow);
            double w = (columnWidth - (perRow - 1) * CELL_GAP) / perRow;
            double h = (height - (rows - 1) * CELL_GAP) / rows;
            double x = MARGIN + c * (columnWidth + MARGIN);
            for (int k = 0; k < kinds.size(); k++) {
                cells.add(new Cell(kinds.get(k), c == 0, x + (k % perRow) * (w + CELL_GAP),
                        top + (k / perRow) * (h + CELL_GAP), w, h));
            }
        }
        cells.add(new Cell(null, true, MARGIN, top + height + CELL_GAP, WIDTH - 2 * MARGIN, CURVE_ROW));
        return cells;
    }

    /**
     * The charts of one run, in the order its column shows them (the figure the first six): a siamese run's
     * join first, as the seed network's figure has it, then the gradient's flow through the layers; a single
     * network's flow first and its parameter norms last, as the flow chart shows the weights' part of them.
     */
    public static List<ChartKind> kindsFor(RunFrame f) {
        boolean single = !f.head().siamese();
        return Arrays.stream(ChartKind.values()).filter(k -> k.appliesTo(f))
                .sorted(Comparator.comparing(k -> single && k == ChartKind.NORMS)).toList();
    }

    private static List<Cell> cosineCells() {
        double columnWidth = (WIDTH - 3 * MARGIN) / 2;
        double half = (columnWidth - CELL_GAP) / 2;
        double top = MARGIN + HEADER + RUN_HEADER;
        ArrayList<Cell> cells = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            boolean left = c == 0;
            double x = MARGIN + c * (columnWidth + MARGIN);
            cells.add(new Cell(ChartKind.COSINE, left, x, top, half, ROW));
            cells.add(new Cell(ChartKind.LANDSCAPE, left, x + half + CELL_GAP, top, half, ROW));
            cells.add(new Cell(ChartKind.GRADIENT, left, x, top + ROW + CELL_GAP, half, ROW));
            cells.add(new Cell(ChartKind.COMPONENTS, left, x + half + CELL_GAP, top + ROW + CELL_GAP, half, ROW));
            double third = top + 2 * (ROW + CELL_GAP);
            cells.add(new Cell(ChartKind.GEOMETRY, left, x, third, half, GEOMETRY_ROW));
            cells.add(new Cell(ChartKind.NORMS, left, x + half + CELL_GAP, third, half, GEOMETRY_ROW));
        }
        double bottom = top + 2 * (ROW + CELL_GAP) + GEOMETRY_ROW + CELL_GAP;
        cells.add(new Cell(null, true, MARGIN, bottom, WIDTH - 2 * MARGIN, CURVE_ROW));
        return cells;
    }

    /** Title, run headers and caption; the charts are drawn into {@link #cells} by the caller. */
    public static void drawText(Painter p, RunFrame left, RunFrame right) {
        p.fillRect(0, 0, WIDTH, HEIGHT, Palette.BACKGROUND);
        long iteration = right.present() ? Math.max(left.iteration(), right.iteration()) : left.iteration();
        p.text(title(left, right) + " · iteration " + Format.grouped(iteration), MARGIN, MARGIN,
                TextStyle.FIGURE_TITLE, Palette.TEXT, Painter.Align.LEFT, Painter.Baseline.TOP);
        Explanation e = Explanation.of(left, right);
        p.text(e.headline() + "    " + e.formula(), MARGIN, MARGIN + 34, TextStyle.BODY, Palette.MUTED,
                Painter.Align.LEFT, Painter.Baseline.TOP);
        int columns = right.present() ? 2 : 1;
        double columnWidth = (WIDTH - (columns + 1) * MARGIN) / columns;
        for (int c = 0; c < columns; c++) {
            RunFrame f = c == 0 ? left : right;
            double x = MARGIN + c * (columnWidth + MARGIN);
            double y = MARGIN + HEADER;
            p.text(RunSummary.title(f), x, y, TextStyle.HEADING, Palette.TEXT, Painter.Align.LEFT,
                    Painter.Baseline.TOP);
            p.text(RunSummary.status(f), x, y + 24, TextStyle.SMALL, Palette.TEXT, Painter.Align.LEFT,
                    Painter.Baseline.TOP);
            drawBadges(p, RunSummary.badges(f), x, y + 44);
        }
        p.text("Scenario: " + RunSummary.scenarioLine(left).replaceFirst("^D = \\d+ · ", "")
                        + "   ·   made with GradFlow",
                MARGIN, HEIGHT - MARGIN + 6, TextStyle.SMALL, Palette.MUTED, Painter.Align.LEFT,
                Painter.Baseline.BOTTOM);
    }

    /** "GradFlow · siamese cosine, D = 1 vs D = 6", or the rule and the runs' names for any other network. */
    static String title(RunFrame left, RunFrame right) {
        Scenario s = left.scenario();
        if (left.head() == Head.COSINE && right.present()) {
            return "GradFlow · siamese cosine, D = " + left.outputSize() + " vs D = " + right.outputSize();
        }
        return "GradFlow · " + RunSummary.runs(s);
    }

    /** Badges as coloured tags, left to right. */
    public static void drawBadges(Painter p, List<Badge> badges, double x, double y) {
        double cx = x;
        for (Badge b : badges) {
            Rgb color = b.kind().color();
            double w = p.textWidth(b.text(), TextStyle.SMALL) + 12;
            double h = p.lineHeight(TextStyle.SMALL) + 4;
            p.fillRect(cx, y, w, h, color);
            p.text(b.text(), cx + 6, y + h / 2, TextStyle.SMALL, Palette.BACKGROUND, Painter.Align.LEFT,
                    Painter.Baseline.MIDDLE);
            cx += w + 6;
        }
    }
}
