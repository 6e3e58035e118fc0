package org.gradflow.plot;

import java.util.List;
import java.util.function.DoubleFunction;
import org.gradflow.session.SeriesPoints;
import java.util.Arrays;
import java.util.ArrayList;

/**
 * Draws what every chart has (background, title, legend, axes with ticks, grid and titles) and then maps data
 * to the pixels of the plotting rectangle. Also draws data: polylines split at gaps, step lines, dots.
 */
public final class PlotArea {
    private static final double PAD = 8;
    private static final double TICK = 4;
    private static final double FAR = 1e5;
    /** How far the readout looks for a point when the pointer's own pixel column has none. */
    private static final double SNAP_PIXELS = 30;
    /** Between the columns of a readout's values. */
    private static final double COLUMN_GAP = 12;

    private final Painter painter;
    private final PlotLabels labels;
    private Axis x;
    private Axis y;
    private Axis y2;
    private double left;
    private double top;
    private double width;
    private double height;
    /** The whole chart's size, which a readout too big for the plot may use. */
    private double chartWidth;
    private double chartHeight;
    private double[] px = new double[64];
    private double[] py = new double[64];
    private static final byte EMPTY = 0;
    private static final byte FILLED = 1;
    private static final byte GAP = 2;
    private double[] colTop = new double[0];
    private double[] colBottom = new double[0];
    private byte[] colState = new byte[0];
    private double[] bandX = new double[64];
    private double[] bandY = new double[64];
    private String caption;

    /** A line of small text under the chart (exports say there what the figure shows), or null. */
    public void setCaption(String text) {
        caption = text;
    }

    /** One per chart and painter: it keeps its pixel buffers from frame to frame. */
    public PlotArea(Painter painter) {
        this.painter = painter;
        this.labels = new PlotLabels(painter, this);
    }

    /** Where words go over the data: inside the plot, clear of each other. */
    PlotLabels labels() {
        return labels;
    }

    /**
     * Draws the frame of a chart of {@code w x h} pixels at (0, 0); afterwards this maps data into it.
     *
     * @param y2 a second y axis on the right, or null
     */
    public void frame(double w, double h, String title, List<LegendItem> legend, Axis x, Axis y, Axis y2) {
        labels.clear();
        chartWidth = w;
        chartHeight = h;
        this.x = x;
        this.y = y;
        this.y2 = y2;
        Painter p = painter;
        p.fillRect(0, 0, w, h, Palette.BACKGROUND);
        double titleHeight = p.lineHeight(TextStyle.TITLE);
        double labelHeight = p.lineHeight(TextStyle.LABEL);
        double tickHeight = p.lineHeight(TextStyle.TICK);

        // Larger text in a narrow chart: the title steps down a size or two rather than run off the edge.
        TextStyle titleStyle = fitting(title, w - 2 * PAD, TextStyle.TITLE, TextStyle.LABEL, TextStyle.SMALL);
        p.text(title, PAD, PAD, titleStyle, Palette.TEXT, Painter.Align.LEFT, Painter.Baseline.TOP);
        double legendWidth = legendWidth(legend);
        double titleEnd = PAD + p.textWidth(title, titleStyle) + 16;
        double headerBottom = PAD + titleHeight;
        if (!legend.isEmpty()) {
            if (titleEnd + legendWidth <= w - PAD) {
                drawLegend(legend, w - PAD - legendWidth, PAD + titleHeight / 2);
            } else {
                List<LegendItem> narrow = legend.stream().map(LegendItem::narrow).toList();
                // Under the title: in one row, with the brief texts if the full ones do not fit, else in as many
                // rows as the width needs (an entry past the edge would be lost). A row more costs the plot.
                List<LegendItem> row = legendWidth(legend) <= w - 2 * PAD || legendWidth(narrow) > w - 2 * PAD
                        ? legend : narrow;
                for (List<LegendItem> line : legendRows(row, w - 2 * PAD)) {
                    drawLegend(line, PAD, headerBottom + 2 + labelHeight / 2);
                    headerBottom += labelHeight + 4;
                }
            }
        }

        double leftLabels = maxTickWidth(y, h) + TICK + 4;
        double rightLabels = y2 == null ? 0 : maxTickWidth(y2, h) + TICK + 4;
        left = PAD + labelHeight + 4 + leftLabels;
        double right = w - PAD - (y2 == null ? 6 : rightLabels + labelHeight + 4);
        top = headerBottom + 8;
        List<String> captionLines = caption == null ? List.of() : captionLines(caption, w - 2 * PAD);
        double captionHeight = caption == null ? 0 : captionLines.size() * p.lineHeight(TextStyle.SMALL) + 6;
        double xTitleHeight = x.title().isEmpty() ? 0 : labelHeight + 2;
        double bottom = h - PAD - captionHeight - xTitleHeight - tickHeight - TICK;
        width = Math.max(10, right - left);
        height = Math.max(10, bottom - top);

        p.fillRect(left, top, width, height, Palette.PLOT_BACKGROUND);
        drawYAxis(y, left, true);
        if (y2 != null) {
            drawYAxis(y2, left + width, false);
        }
        for (Axis.Tick t : x.ticks(width)) {
            double xp = left + x.fraction(t.value()) * width;
            p.line(xp, top, xp, top + height, Palette.GRID, 1);
            p.line(xp, top + height, xp, top + height + TICK, Palette.FRAME, 1);
            // Centred under its tick, but never past the chart's edge (the last tick, "1.5k", at larger text).
            double labelWidth = p.textWidth(t.label(), TextStyle.TICK);
            double labelStart = Math.max(2, Math.min(xp - labelWidth / 2, w - 2 - labelWidth));
            boolean centred = labelStart == xp - labelWidth / 2;
            p.text(t.label(), centred ? xp : labelStart, top + height + TICK + 1, TextStyle.TICK, Palette.MUTED,
                    centred ? Painter.Align.CENTER : Painter.Align.LEFT, Painter.Baseline.TOP);
        }
        p.strokeRect(left, top, width, height, Palette.FRAME, 1);
        // Centred under the plot, but never past the chart's edge (a long title, a wide y axis).
        TextStyle xTitleStyle = fitting(x.title(), w - 2 * PAD, TextStyle.LABEL, TextStyle.SMALL);
        double xTitleWidth = p.textWidth(x.title(), xTitleStyle);
        double xTitleCentre = Math.max(PAD + xTitleWidth / 2, Math.min(left + width / 2, w - PAD - xTitleWidth / 2));
        p.text(x.title(), xTitleCentre, h - PAD - captionHeight, xTitleStyle, Palette.TEXT,
                Painter.Align.CENTER, Painter.Baseline.BOTTOM);
        for (int i = 0; i < captionLines.size(); i++) {
            double lineBottom = h - PAD - (captionLines.size() - 1 - i) * p.lineHeight(TextStyle.SMALL);
            p.text(captionLines.get(i), PAD, lineBottom, TextStyle.SMALL, Palette.MUTED, Painter.Align.LEFT,
                    Painter.Baseline.BOTTOM);
        }
        yTitle(y.title(), PAD + labelHeight / 2);
        if (y2 != null) {
            yTitle(y2.title(), w - PAD - labelHeight / 2);
        }
    }

    /** The first of the styles in which the text fits the room, else the last (the smallest). */
    /**
     * The caption (a scenario's settings, joined by " · ") in as many lines as its width needs, broken between
     * settings: a deep or wide network's settings are longer than a chart is wide, and the last of them (the
     * iteration) is the one a reader looks for.
     */
    private List<String> captionLines(String caption, double room) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String part : caption.split(" · ")) {
            String longer = line.isEmpty() ? part : line + " · " + part;
            if (!line.isEmpty() && painter.textWidth(longer, TextStyle.SMALL) > room) {
                lines.add(line);
                line = part;
            } else {
                line = longer;
            }
        }
        lines.add(line);
        return lines;
    }

    private TextStyle fitting(String text, double room, TextStyle... styles) {
        for (TextStyle style : styles) {
            if (painter.textWidth(text, style) <= room) {
                return style;
            }
        }
        return styles[styles.length - 1];
    }

    /** A y-axis title along the plot; smaller, or left out, where the plot is too short for it. */
    private void yTitle(String title, double x) {
        for (TextStyle style : new TextStyle[] {TextStyle.LABEL, TextStyle.SMALL}) {
            if (painter.textWidth(title, style) <= height + 16) {
                painter.verticalText(title, x, top + height / 2, style, Palette.TEXT);
                return;
            }
        }
    }

    private double maxTickWidth(Axis axis, double h) {
        double widest = 0;
        for (Axis.Tick t : axis.ticks(h * 0.6)) {
            widest = Math.max(widest, painter.textWidth(t.label(), TextStyle.TICK));
        }
        return widest;
    }

    private void drawYAxis(Axis axis, double at, boolean onLeft) {
        double direction = onLeft ? -1 : 1;
        for (Axis.Tick t : axis.ticks(height)) {
            double yp = top + height - axis.fraction(t.value()) * height;
            if (t.major() && onLeft) {
                painter.line(left, yp, left + width, yp, Palette.GRID, 1);
            }
            double length = t.major() ? TICK : TICK / 2;
            painter.line(at, yp, at + direction * length, yp, Palette.FRAME, 1);
            if (t.major()) {
                painter.text(t.label(), at + direction * (TICK + 3), yp, TextStyle.TICK, Palette.MUTED,
                        onLeft ? Painter.Align.RIGHT : Painter.Align.LEFT, Painter.Baseline.MIDDLE);
            }
        }
    }

    private double legendWidth(List<LegendItem> legend) {
        double total = 0;
        for (LegendItem item : legend) {
            total += itemWidth(item) + 14;
        }
        return Math.max(0, total - 14);
    }

    private double itemWidth(LegendItem item) {
        return 22 + painter.textWidth(item.text(), TextStyle.SMALL);
    }

    /** The legend's entries in rows no wider than {@code width}, in order; an entry wider than that on its own. */
    private List<List<LegendItem>> legendRows(List<LegendItem> legend, double width) {
        List<List<LegendItem>> rows = new ArrayList<>();
        List<LegendItem> row = new ArrayList<>();
        double used = 0;
        for (LegendItem item : legend) {
            double needed = (row.isEmpty() ? 0 : 14) + itemWidth(item);
            if (!row.isEmpty() && used + needed > width) {
                rows.add(row);
                row = new ArrayList<>();
                used = 0;
                needed = itemWidth(item);
            }
            row.add(item);
            used += needed;
        }
        rows.add(row);
        return rows;
    }

    private void drawLegend(List<LegendItem> legend, double startX, double centreY) {
        double cx = startX;
        for (LegendItem item : legend) {
            switch (item.kind()) {
                case LINE -> painter.line(cx, centreY, cx + 18, centreY, item.color(), 2.5, item.dash());
                case DOT -> painter.circle(cx + 9, centreY, 4.5, item.color(), item.color(), 1);
                default -> painter.fillRect(cx + 3, centreY - 6, 12, 12, item.color());
            }
            painter.text(item.text(), cx + 22, centreY, TextStyle.SMALL, Palette.TEXT, Painter.Align.LEFT,
                    Painter.Baseline.MIDDLE);
            cx += itemWidth(item) + 14;
        }
    }

    public double left() {
        return left;
    }

    /** The data value at a pixel column, on the x axis of the last {@link #frame}; NaN outside the plot. */
    public double fromX(double pixel) {
        if (x == null || pixel < left || pixel > left + width) {
            return Double.NaN;
        }
        return x.valueAt((pixel - left) / width);
    }

    /** The data value at a pixel row, on the left y axis of the last {@link #frame}; NaN outside the plot. */
    public double fromY(double pixel) {
        if (y == null || pixel < top || pixel > top + height) {
            return Double.NaN;
        }
        return y.valueAt((top + height - pixel) / height);
    }

    /**
     * The coordinates under a point of the plot, on the x axis and on the left and (if any) right y axes,
     * drawn beside it; empty outside the plot. For charts whose x is not time (the landscape).
     */
    public List<String> coordinates(double px, double py, String xName, String yName, String y2Name) {
        if (x == null || Double.isNaN(px) || px < left || px > left + width || py < top || py > top + height) {
            return List.of();
        }
        double fy = (top + height - py) / height;
        List<String> lines = new ArrayList<>();
        lines.add(xName + " = " + Format.number(x.valueAt((px - left) / width), 3));
        lines.add(yName + " = " + Format.number(y.valueAt(fy), 3));
        if (y2 != null && y2Name != null) {
            lines.add(y2Name + " = " + Format.number(y2.valueAt(fy), 2));
        }
        painter.line(px - 6, py, px + 6, py, Palette.TEXT, 1);
        painter.line(px, py - 6, px, py + 6, Palette.TEXT, 1);
        label(lines, px, py < top + height / 2);
        return lines;
    }

    /**
     * A dashed vertical line at {@code at} (an x value) with a label of {@code lines} beside it, in the lower half
     * of the plot or the upper; empty (and nothing drawn) when {@code at} is outside the plot.
     */
    public List<String> crosshair(double at, List<String> lines, boolean below) {
        if (x == null || Double.isNaN(at) || lines.isEmpty()) {
            return List.of();
        }
        double xp = toX(at);
        if (xp < left || xp > left + width) {
            return List.of();
        }
        painter.line(xp, top, xp, top + height, Palette.TEXT, 1, 3, 2);
        label(lines, xp, below);
        return lines;
    }

    /** A framed label of lines beside x, at the bottom of the plot or at its top: a readout off the time axis. */
    public void box(List<String> lines, double xp, boolean below) {
        label(lines, xp, below);
    }

    /** A framed label of lines beside x, at the bottom of the plot or at its top. */
    private void label(List<String> lines, double xp, boolean below) {
        label(lines, xp, below, List.of());
    }

    /**
     * The readout's box: in the preferred half (top or bottom) beside the crosshair on its roomier side, unless
     * that covers more of the described series than another place (the other half, the middle, the other side)
     * does: the box goes where it crosses the fewest of their segments, then where it hides the fewest labels,
     * the preferred place on a tie.
     */
    private void label(List<String> lines, double xp, boolean below, List<Named> avoid) {
        double lineHeight = painter.lineHeight(TextStyle.SMALL) + 2;
        double[] size = box(lines);
        double boxWidth = size[0];
        double boxHeight = size[1];
        int rows = (int) size[2];
        double upper = top + 4;
        double lower = top + height - boxHeight - 4;
        double[] ys = below ? new double[] {lower, upper, (upper + lower) / 2} : new double[] {upper, lower,
            (upper + lower) / 2};
        boolean rightFirst = xp + 6 + boxWidth <= left + width;
        double[] xs = {rightFirst ? xp + 6 : xp - 6 - boxWidth, rightFirst ? xp - 6 - boxWidth : xp + 6};
        double bx;
        double by;
        if (boxWidth <= width - 4 && boxHeight <= height - 8) {
            double[] box = labels.leastCovering(xs, ys, boxWidth, boxHeight, avoid);
            bx = box[0];
            by = box[1];
        } else {
            // Larger than the plot (a short chart at 1280 x 800): over the chart's own titles and axes, for as long
            // as the pointer is there, rather than cut.
            bx = Math.max(2, Math.min(xs[0], chartWidth - boxWidth - 2));
            by = Math.max(2, Math.min(top + height / 2 - boxHeight / 2, chartHeight - boxHeight - 2));
        }
        // Drawn unclipped (the box has its own background), then the plot's clip again for what follows.
        painter.unclip();
        painter.fillRect(bx, by, boxWidth, boxHeight, Palette.BACKGROUND.withAlpha(0.92));
        painter.strokeRect(bx, by, boxWidth, boxHeight, Palette.FRAME, 1);
        painter.text(lines.get(0), bx + 5, by + 3, TextStyle.SMALL, Palette.TEXT, Painter.Align.LEFT,
                Painter.Baseline.TOP);
        double columnX = bx + 5;
        for (int first = 1; first < lines.size(); first += rows) {
            double columnWidth = 0;
            for (int i = first; i < Math.min(lines.size(), first + rows); i++) {
                painter.text(lines.get(i), columnX, by + 3 + (1 + i - first) * lineHeight, TextStyle.SMALL,
                        Palette.TEXT, Painter.Align.LEFT, Painter.Baseline.TOP);
                columnWidth = Math.max(columnWidth, painter.textWidth(lines.get(i), TextStyle.SMALL));
            }
            columnX += columnWidth + COLUMN_GAP;
        }
        painter.clip(left, top, width, height);
    }

    /**
     * The label's width, height and rows per column: the first line (where) over the values, which go one under
     * another, or where they would not fit the plot's height (a 6-D run's six units in a short chart) in as many
     * columns as it takes.
     */
    private double[] box(List<String> lines) {
        double lineHeight = painter.lineHeight(TextStyle.SMALL) + 2;
        int values = lines.size() - 1;
        int room = (int) Math.max(1, Math.floor((Math.max(height, chartHeight - 16) - 14) / lineHeight) - 1);
        int rows = values <= room ? Math.max(1, values) : room;
        double valuesWidth = 0;
        for (int first = 1; first < lines.size(); first += rows) {
            double columnWidth = 0;
            for (int i = first; i < Math.min(lines.size(), first + rows); i++) {
                columnWidth = Math.max(columnWidth, painter.textWidth(lines.get(i), TextStyle.SMALL));
            }
            valuesWidth += (first > 1 ? COLUMN_GAP : 0) + columnWidth;
        }
        double width = Math.max(painter.textWidth(lines.get(0), TextStyle.SMALL), valuesWidth) + 10;
        return new double[] {width, (1 + Math.min(rows, values)) * lineHeight + 6, rows};
    }

    /**
     * One series as the readout names it, and how its values are written: in full, and briefly for a label that
     * would not fit the plot's width otherwise (six units of a 6-D run in a narrow chart).
     */
    public record Named(String name, SeriesPoints points, Rgb color, DoubleFunction<String> format,
                        DoubleFunction<String> brief) {
        public Named(String name, SeriesPoints points, Rgb color) {
            this(name, points, color, v -> Format.number(v, 4), v -> Format.number(v, 2));
        }

        public Named(String name, SeriesPoints points, Rgb color, DoubleFunction<String> format) {
            this(name, points, color, format, format);
        }
    }

    /**
     * A crosshair at {@code at} (an x value) with what each series holds in that pixel column: the exact value
     * at the exact iteration where the column holds one iteration, else the column's lowest and highest values
     * (a bucket of many iterations). The label goes in the half of the plot the series are not in, or wherever
     * else it covers fewer of the curves it describes.
     *
     * @return the lines of the label (for tests), empty when {@code at} is outside the plot
     */
    public List<String> readout(double at, List<Named> series) {
        return readout(at, series, "iteration", "iterations");
    }

    /** The same on an x axis of other units (the learning curve's passes). */
    public List<String> readout(double at, List<Named> series, String unit, String units) {
        double[] column = Double.isNaN(at) || x == null ? null : columnRange(toX(at));
        return column == null ? List.of() : readout(column[0], column[1], series, unit, units);
    }

    /**
     * The x values one pixel column of the plot holds, {@code [from, to]}; null outside the plot. The pointer's
     * column in one chart is what every chart of the window reads, so that they name the same iterations.
     */
    public double[] columnRange(double pixel) {
        if (x == null || Double.isNaN(pixel) || pixel < left || pixel > left + width) {
            return null;
        }
        double column = Math.floor(pixel - left);
        return new double[] {fromX(left + column), fromX(Math.min(left + width, left + column + 1))};
    }

    /**
     * A crosshair over the x values {@code from .. to} (one pixel column of the chart the pointer is over, or of
     * this one) with what each series holds there: the exact value where that is one iteration, else their lowest
     * and highest. Where no series has a point there (points sparser than pixels: a short run, the learning
     * curve's passes), the nearest point within a few pixels is the one meant.
     */
    public List<String> readout(double from, double to, List<Named> series, String unit, String units) {
        if (x == null || Double.isNaN(from) || Double.isNaN(to)) {
            return List.of();
        }
        double xp = (toX(from) + toX(to)) / 2;
        if (xp < left - 1 || xp > left + width + 1) {
            return List.of();
        }
        if (!anyPointWithin(series, from, to)) {
            double nearest = Double.NaN;
            for (Named n : series) {
                SeriesPoints s = n.points();
                for (int i = 0; i < s.size(); i++) {
                    double px = toX(s.xs()[i]);
                    if (!Double.isNaN(s.ys()[i])
                            && (Double.isNaN(nearest) || Math.abs(px - xp) < Math.abs(toX(nearest) - xp))) {
                        nearest = s.xs()[i];
                    }
                }
            }
            if (Double.isNaN(nearest) || Math.abs(toX(nearest) - xp) > SNAP_PIXELS) {
                painter.line(xp, top, xp, top + height, Palette.TEXT, 1, 3, 2);
                return List.of();
            }
            from = nearest;
            to = nearest;
            xp = toX(nearest);
        }
        double iterationLow = Double.NaN;
        double iterationHigh = Double.NaN;
        double sumY = 0;
        int counted = 0;
        List<String> values = new ArrayList<>();
        List<String> brief = new ArrayList<>();
        for (Named n : series) {
            SeriesPoints s = n.points();
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            int found = 0;
            for (int i = 0; i < s.size(); i++) {
                double y = s.ys()[i];
                double xi = s.xs()[i];
                if (Double.isNaN(y) || xi < from || xi > to) {
                    continue;
                }
                found++;
                lo = Math.min(lo, y);
                hi = Math.max(hi, y);
                iterationLow = Double.isNaN(iterationLow) ? xi : Math.min(iterationLow, xi);
                iterationHigh = Double.isNaN(iterationHigh) ? xi : Math.max(iterationHigh, xi);
            }
            if (found == 0) {
                continue;
            }
            boolean exact = found == 1 && !s.decimated() || lo == hi;
            values.add(valueLine(n.name(), exact, lo, hi, n.format()));
            brief.add(valueLine(n.name(), exact, lo, hi, n.brief()));
            sumY += toY((lo + hi) / 2);
            counted++;
        }
        painter.line(xp, top, xp, top + height, Palette.TEXT, 1, 3, 2);
        if (counted == 0) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        boolean exactIteration = iterationLow == iterationHigh && iterationLow == Math.rint(iterationLow);
        long first = (long) Math.max(0, Math.ceil(from));
        long last = (long) Math.floor(to);
        lines.add(exactIteration ? unit + " " + Format.grouped((long) iterationLow)
                : first <= last ? units + " " + Format.grouped(first) + " … " + Format.grouped(last)
                : units + " around " + Format.grouped(Math.round((from + to) / 2)));
        lines.addAll(values);
        if (box(lines)[0] > Math.min(width, chartWidth - 8) - 4) {
            lines.subList(1, lines.size()).clear();
            lines.addAll(brief);
        }
        // Into the half of the plot where the series are not, beside the crosshair on its roomier side; elsewhere
        // if that covers more of them.
        label(lines, xp, sumY / counted < top + height / 2, series);
        return lines;
    }

    private static String valueLine(String name, boolean exact, double lo, double hi, DoubleFunction<String> format) {
        return name + (exact ? " = " + format.apply(lo) : ": " + format.apply(lo) + " … " + format.apply(hi));
    }

    private static boolean anyPointWithin(List<Named> series, double from, double to) {
        for (Named n : series) {
            SeriesPoints s = n.points();
            for (int i = 0; i < s.size(); i++) {
                if (!Double.isNaN(s.ys()[i]) && s.xs()[i] >= from && s.xs()[i] <= to) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The x axis of the last {@link #frame}. */
    public Axis xAxis() {
        return x;
    }

    public double top() {
        return top;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public double toX(double value) {
        return clampFar(left + x.fraction(value) * width);
    }

    public double toY(double value) {
        return clampFar(top + height - y.fraction(value) * height);
    }

    /** Pixel row of a value on the right-hand axis. */
    public double toY2(double value) {
        return clampFar(top + height - y2.fraction(value) * height);
    }

    private static double clampFar(double pixel) {
        return Double.isNaN(pixel) ? pixel : Math.max(-FAR, Math.min(FAR, pixel));
    }

    /** Clips to the plotting rectangle; pair with {@link #endData()}. */
    public void beginData() {
        painter.clip(left, top, width, height);
    }

    public void endData() {
        painter.unclip();
    }

    /** A line through the points, broken wherever y is NaN. {@code right} selects the right-hand axis. */
    public void series(double[] xs, double[] ys, int n, boolean right, Rgb color, double lineWidth,
                       double... dash) {
        ensure(n);
        int run = 0;
        for (int i = 0; i <= n; i++) {
            boolean gap = i == n || Double.isNaN(ys[i]);
            if (!gap) {
                px[run] = toX(xs[i]);
                py[run] = right ? toY2(ys[i]) : toY(ys[i]);
                run++;
            }
            if (gap && run > 0) {
                if (run == 1) {
                    painter.circle(px[0], py[0], lineWidth, color, color, 1);
                } else {
                    painter.polyline(px, py, run, color, lineWidth, dash);
                }
                run = 0;
            }
        }
    }

    /**
     * A per-iteration series as a person should see it at any length: while there are fewer points than pixel
     * columns, the exact line; beyond that, per pixel column the band from the lowest to the highest value,
     * filled and outlined. A band of ten million alternating values then costs the renderer one polygon and
     * two monotone lines instead of thousands of full-height zigzags, and a lone spike still shows.
     */
    public void data(SeriesPoints s, boolean right, Rgb color, double lineWidth, double... dash) {
        int n = s.size();
        if (!s.decimated() && n <= width) {
            series(s.xs(), s.ys(), n, right, color, lineWidth, dash);
            return;
        }
        int columns = (int) Math.ceil(width) + 1;
        if (colTop.length < columns) {
            colTop = new double[columns];
            colBottom = new double[columns];
            colState = new byte[columns];
        }
        Arrays.fill(colState, 0, columns, EMPTY);
        if (!bandsByValue(s, right, columns)) {
            bandsByPixel(s, right, columns);
        }
        Rgb fill = color.withAlpha(color.alpha() * 0.45);
        int c = 0;
        while (c < columns) {
            while (c < columns && colState[c] != FILLED) {
                c++;
            }
            int run = 0;
            ensure(2 * columns);
            while (c < columns && colState[c] != GAP) {
                if (colState[c] == FILLED) {
                    px[run] = left + c + 0.5;
                    py[run] = colTop[c];
                    run++;
                }
                c++;
            }
            if (run > 0) {
                drawBand(run, fill, color, lineWidth, dash);
            }
        }
    }

    /**
     * Each point's pixel column and row, the band from the highest to the lowest: one logarithm or two per point.
     */
    private void bandsByPixel(SeriesPoints s, boolean right, int columns) {
        Arrays.fill(colState, 0, columns, EMPTY);
        for (int i = 0; i < s.size(); i++) {
            double xp = toX(s.xs()[i]);
            int c = (int) Math.max(0, Math.min(columns - 1, Math.floor(xp - left)));
            double y = s.ys()[i];
            if (Double.isNaN(y)) {
                if (colState[c] == EMPTY) {
                    colState[c] = GAP;
                }
                continue;
            }
            double yp = right ? toY2(y) : toY(y);
            if (colState[c] != FILLED) {
                colState[c] = FILLED;
                colTop[c] = yp;
                colBottom[c] = yp;
            } else {
                colTop[c] = Math.min(colTop[c], yp);
                colBottom[c] = Math.max(colBottom[c], yp);
            }
        }
    }

    /**
     * The same bands for the usual series, iterations in order on an axis that grows with them: a column's extremes
     * are those of its values, so each column costs two conversions to pixels, not each point (ten series of 2,048
     * points are a frame's work otherwise). Returns false, having done nothing, where that does not hold (a value
     * below 0 on a log axis, iterations out of order); the caller then converts every point.
     */
    private boolean bandsByValue(SeriesPoints s, boolean right, int columns) {
        Axis ya = right ? y2 : y;
        double[] xs = s.xs();
        double[] ys = s.ys();
        int n = s.size();
        int c = -1;
        double nextEdge = Double.NEGATIVE_INFINITY;
        double previous = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double xv = xs[i];
            double v = ys[i];
            if (!(xv >= previous) || !x.increasingFrom(xv) || (!Double.isNaN(v) && !ya.increasingFrom(v))) {
                Arrays.fill(colState, 0, columns, EMPTY);
                return false;
            }
            previous = xv;
            if (xv >= nextEdge) {
                c = (int) Math.max(0, Math.min(columns - 1, Math.floor(toX(xv) - left)));
                nextEdge = c + 1 < columns ? x.valueAt((c + 1) / width) : Double.POSITIVE_INFINITY;
            }
            if (Double.isNaN(v)) {
                if (colState[c] == EMPTY) {
                    colState[c] = GAP;
                }
                continue;
            }
            // Values, for now: the larger is the higher, the smaller pixel row.
            if (colState[c] != FILLED) {
                colState[c] = FILLED;
                colTop[c] = v;
                colBottom[c] = v;
            } else {
                colTop[c] = Math.max(colTop[c], v);
                colBottom[c] = Math.min(colBottom[c], v);
            }
        }
        for (int k = 0; k < columns; k++) {
            if (colState[k] == FILLED) {
                colTop[k] = right ? toY2(colTop[k]) : toY(colTop[k]);
                colBottom[k] = right ? toY2(colBottom[k]) : toY(colBottom[k]);
            }
        }
        return true;
    }

    /** px/py[0..run) hold the top edge; the bottom edge comes from the columns again, right to left. */
    private void drawBand(int run, Rgb fill, Rgb color, double lineWidth, double[] dash) {
        if (run == 1) {
            int col = (int) (px[0] - left);
            painter.line(px[0], colTop[col], px[0], colBottom[col], color, lineWidth, dash);
            return;
        }
        for (int i = 0; i < run; i++) {
            int col = (int) (px[i] - left);
            px[2 * run - 1 - i] = px[i];
            py[2 * run - 1 - i] = colBottom[col];
        }
        painter.fillPolygon(px, py, 2 * run, fill);
        painter.polyline(px, py, run, color, lineWidth, dash);
        System.arraycopy(px, run, bandX, 0, run);
        System.arraycopy(py, run, bandY, 0, run);
        painter.polyline(bandX, bandY, run, color, lineWidth, dash);
    }

    /** A step line: each value holds until the next point's x (targets that change per pair). */
    public void steps(double[] xs, double[] ys, int n, Rgb color, double lineWidth, double... dash) {
        ensure(2 * n);
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(ys[i])) {
                continue;
            }
            double yp = toY(ys[i]);
            if (m > 0) {
                px[m] = toX(xs[i]);
                py[m] = py[m - 1];
                m++;
            }
            px[m] = toX(xs[i]);
            py[m] = yp;
            m++;
        }
        if (m > 1) {
            painter.polyline(px, py, m, color, lineWidth, dash);
        } else if (m == 1) {
            painter.line(px[0] - 3, py[0], px[0] + 3, py[0], color, lineWidth);
        }
    }

    /** Dots at the points, for short series where every iteration should be visible. */
    public void dots(double[] xs, double[] ys, int n, boolean right, Rgb color, double radius) {
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(ys[i])) {
                painter.circle(toX(xs[i]), right ? toY2(ys[i]) : toY(ys[i]), radius, color, color, 1);
            }
        }
    }

    /** A message in the middle of the plot (for example, before the first iteration); null for none. */
    public void message(String text) {
        if (text == null || painter.textWidth(text, TextStyle.LABEL) > width - 8) {
            return;
        }
        labels.inside(text, left + width / 2, top + height / 2, TextStyle.LABEL, Palette.MUTED, Painter.Align.CENTER,
                Painter.Baseline.MIDDLE);
    }

    private void ensure(int n) {
        if (px.length < n) {
            px = new double[Math.max(n, px.length * 2)];
            py = new double[px.length];
            bandX = new double[px.length];
            bandY = new double[px.length];
        }
    }
}
