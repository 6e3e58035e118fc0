package org.gradflow.session;

import java.util.Arrays;

/**
 * Several channels of values, one value each per index (1, 2, 3, ...: a run's iterations, or its passes), kept
 * in bounded memory whatever the length, and drawn as at most two points per pixel column.
 *
 * <p>Two stores. <b>Log bins</b>: bin {@code b} starts where {@code b - 1} ends and is {@code max(1, start/256)}
 * wide, so the first 512 indices are kept exactly and any length takes about 256 bins per factor e: some 3,000
 * bins at ten million. Each keeps, per channel, its min and max and which came first. Bins are written only at
 * the frontier (an index seen for the first time) and never change afterwards. <b>An exact tail</b>: the last
 * {@code tailCapacity} values of each channel, ending at the cursor, also after time travel (the run replays
 * into it). A view of the past draws the bins that end at or before the cursor and then the tail's values after
 * them; where the tail is shorter than a bin (past two million iterations) that leaves a gap narrower than a
 * pixel, which is drawn as such.
 *
 * <p>Not thread-safe: the engine thread owns it.
 */
final class Channels {
    private static final int SHIFT = 8;
    private static final int COLUMNS = 1024;

    private final int channels;
    private long[] binStart = new long[64];
    private double[][] min;
    private double[][] max;
    private boolean[][] minFirst;
    private boolean[][] has;
    private int bins;
    private long recorded;

    private final int tailCapacity;
    private final double[][] tail;
    private long tailEnd;
    private int tailSize;

    // Scratch for rendering, reused frame after frame.
    private final double[] firstY = new double[COLUMNS];
    private final double[] secondY = new double[COLUMNS];
    private final double[] firstX = new double[COLUMNS];
    private final double[] secondX = new double[COLUMNS];
    private final int[] colCount = new int[COLUMNS];
    private final boolean[] colExact = new boolean[COLUMNS];
    private final double[] gapX = new double[COLUMNS];

    Channels(int channels, int tailCapacity) {
        this.channels = channels;
        this.tailCapacity = tailCapacity;
        min = new double[channels][64];
        max = new double[channels][64];
        minFirst = new boolean[channels][64];
        has = new boolean[channels][64];
        tail = new double[channels][tailCapacity];
    }

    int channels() {
        return channels;
    }

    /** The furthest index recorded in the bins. */
    long recorded() {
        return recorded;
    }

    /** Records the values of index {@code recorded() + 1} in the bins and the tail. */
    void record(double[] values) {
        long index = recorded + 1;
        if (bins == 0 || index >= binStart[bins - 1] + width(binStart[bins - 1])) {
            startBin(index);
        }
        int b = bins - 1;
        for (int c = 0; c < channels; c++) {
            double value = values[c];
            if (Double.isNaN(value)) {
                continue;
            }
            if (!has[c][b]) {
                has[c][b] = true;
                min[c][b] = value;
                max[c][b] = value;
                minFirst[c][b] = true;
            } else if (value < min[c][b]) {
                min[c][b] = value;
                minFirst[c][b] = false;
            } else if (value > max[c][b]) {
                max[c][b] = value;
                minFirst[c][b] = true;
            }
        }
        recorded = index;
        replayed(index, values);
    }

    /** Puts the values of {@code index}, replayed during time travel, into the exact tail only. */
    void replayed(long index, double[] values) {
        if (tailSize > 0 && index != tailEnd + 1) {
            throw new IllegalStateException("tail ends at " + tailEnd + ", cannot add index " + index);
        }
        int slot = (int) Math.floorMod(index, (long) tailCapacity);
        for (int c = 0; c < channels; c++) {
            tail[c][slot] = values[c];
        }
        tailEnd = index;
        tailSize = Math.min(tailCapacity, tailSize + 1);
    }

    /** Bins in use: the memory a channel takes grows only with the log of the length. */
    int binCount() {
        return bins;
    }

    /** Values in the exact tail, ending at the cursor. */
    int tailSize() {
        return tailSize;
    }

    /** Empties the tail before a replay that starts after {@code index}. */
    void restartTail(long index) {
        tailEnd = index;
        tailSize = 0;
    }

    private static long width(long start) {
        return Math.max(1, start >> SHIFT);
    }

    private void startBin(long index) {
        if (bins == binStart.length) {
            int grown = bins * 2;
            binStart = Arrays.copyOf(binStart, grown);
            for (int c = 0; c < channels; c++) {
                min[c] = Arrays.copyOf(min[c], grown);
                max[c] = Arrays.copyOf(max[c], grown);
                minFirst[c] = Arrays.copyOf(minFirst[c], grown);
                has[c] = Arrays.copyOf(has[c], grown);
            }
        }
        binStart[bins] = index;
        for (int c = 0; c < channels; c++) {
            has[c][bins] = false;
        }
        bins++;
    }

    private long binEnd(int b) {
        return b + 1 < bins ? binStart[b + 1] - 1 : recorded;
    }

    /**
     * Writes the points of channel {@code c} for indices up to {@code upTo} (the cursor) that fall in
     * {@code [from, to]}: per pixel column of the axis, the lowest and highest value in the order they came, at
     * the index where they came (a bin's at its centre). Exact values stay exact: a column that holds one index
     * gives that index and its value.
     */
    void render(int c, long upTo, double from, double to, boolean log, SeriesPoints out) {
        Arrays.fill(colCount, 0);
        Arrays.fill(colExact, true);
        Arrays.fill(gapX, Double.NaN);
        double p0 = position(Math.max(from, log ? 1 : from), log);
        double span = position(to, log) - p0;
        long tailStart = tailEnd - tailSize + 1;
        // Where the tail alone covers the view (a "last N" window), it is exact: the bins are not needed.
        boolean tailOnly = tailSize > 0 && tailEnd == upTo && tailStart <= Math.max(1, (long) Math.ceil(from));
        long covered = tailOnly ? tailStart - 1 : 0;
        if (!tailOnly) {
            for (int b = 0; b < bins; b++) {
                long end = binEnd(b);
                if (end > upTo) {
                    break;
                }
                covered = end;
                double x = (binStart[b] + end) / 2.0;
                if (!has[c][b]) {
                    gap(x, p0, span, from, to, log);
                    continue;
                }
                boolean exact = end == binStart[b];
                if (minFirst[c][b]) {
                    accumulate(x, min[c][b], x, max[c][b], exact, p0, span, from, to, log);
                } else {
                    accumulate(x, max[c][b], x, min[c][b], exact, p0, span, from, to, log);
                }
            }
        }
        if (tailSize > 0 && tailEnd >= upTo) {
            for (long i = Math.max(Math.max(covered + 1, tailStart), (long) Math.ceil(from)); i <= upTo; i++) {
                double value = tail[c][(int) Math.floorMod(i, (long) tailCapacity)];
                if (Double.isNaN(value)) {
                    gap(i, p0, span, from, to, log);
                } else {
                    accumulate(i, value, i, value, true, p0, span, from, to, log);
                }
            }
        }
        out.fill(colCount, firstY, firstX, secondY, secondX, colExact, gapX, COLUMNS);
    }

    /** A NaN: where a column has no value at all, it breaks the line there. */
    private void gap(double x, double p0, double span, double from, double to, boolean log) {
        if (x < from || x > to || (log && x < 1)) {
            return;
        }
        int col = column(x, p0, span, log);
        if (Double.isNaN(gapX[col])) {
            gapX[col] = x;
        }
    }

    private static int column(double x, double p0, double span, boolean log) {
        return (int) Math.min(COLUMNS - 1, Math.max(0, Math.floor((position(x, log) - p0) / span * COLUMNS)));
    }

    private void accumulate(double xa, double a, double xb, double b, boolean exact, double p0, double span,
                            double from, double to, boolean log) {
        if (xa < from || xa > to || (log && xa < 1)) {
            return;
        }
        int col = column(xa, p0, span, log);
        if (colCount[col] == 0) {
            firstX[col] = xa;
            firstY[col] = a;
            secondX[col] = xb;
            secondY[col] = b;
            colExact[col] = exact && a == b;
            colCount[col] = 1;
            return;
        }
        colExact[col] = false;
        colCount[col]++;
        // A column holds two points, first and second in order of occurrence: the extremes seen so far.
        double lo = Math.min(firstY[col], secondY[col]);
        double hi = Math.max(firstY[col], secondY[col]);
        double loX = firstY[col] <= secondY[col] ? firstX[col] : secondX[col];
        double hiX = firstY[col] <= secondY[col] ? secondX[col] : firstX[col];
        double newLo = Math.min(a, b);
        double newHi = Math.max(a, b);
        if (newLo < lo) {
            lo = newLo;
            loX = a <= b ? xa : xb;
        }
        if (newHi > hi) {
            hi = newHi;
            hiX = a <= b ? xb : xa;
        }
        if (loX <= hiX) {
            firstX[col] = loX;
            firstY[col] = lo;
            secondX[col] = hiX;
            secondY[col] = hi;
        } else {
            firstX[col] = hiX;
            firstY[col] = hi;
            secondX[col] = loX;
            secondY[col] = lo;
        }
    }

    private static double position(double x, boolean log) {
        return log ? Math.log10(Math.max(1, x)) : x;
    }
}
