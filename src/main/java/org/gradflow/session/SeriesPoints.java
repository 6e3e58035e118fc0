package org.gradflow.session;

/** Points of one series, ready to draw: a reusable pair of arrays and a count. */
public final class SeriesPoints {
    private double[] xs = new double[0];
    private double[] ys = new double[0];
    private int size;
    private boolean decimated;

    /**
     * Takes per-column points: a column with {@code count > 0} gives its first point and, unless it holds one
     * exact value, its second. {@link #decimated()} is then true when any column merged several values. While
     * none did, a column with only NaN ({@code gapX} not NaN) gives a NaN point, which breaks the line: C of the
     * pairs with target +1 is then drawn pair block by pair block. Once squeezed into bands, the gaps are bridged
     * instead, or the bands would fall apart into dashes.
     */
    void fill(int[] count, double[] firstY, double[] firstX, double[] secondY, double[] secondX, boolean[] exact,
              double[] gapX, int columns) {
        if (xs.length < 2 * columns) {
            xs = new double[2 * columns];
            ys = new double[2 * columns];
        }
        boolean merged = false;
        for (int c = 0; c < columns; c++) {
            merged |= count[c] > 0 && !exact[c];
        }
        int n = 0;
        for (int c = 0; c < columns; c++) {
            if (count[c] == 0) {
                if (!merged && !Double.isNaN(gapX[c]) && n > 0 && !Double.isNaN(ys[n - 1])) {
                    xs[n] = gapX[c];
                    ys[n++] = Double.NaN;
                }
                continue;
            }
            xs[n] = firstX[c];
            ys[n++] = firstY[c];
            if (!exact[c] && !(firstY[c] == secondY[c] && firstX[c] == secondX[c])) {
                xs[n] = secondX[c];
                ys[n++] = secondY[c];
            }
        }
        size = n;
        decimated = merged;
    }

    /** A series of exact points (one iteration each), as given: for charts drawn from numbers at hand. */
    public static SeriesPoints exact(double[] xs, double[] ys) {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("xs and ys differ in length: " + xs.length + " and " + ys.length);
        }
        SeriesPoints points = new SeriesPoints();
        points.set(xs, ys, xs.length);
        return points;
    }

    void copyFrom(SeriesPoints other) {
        set(other.xs, other.ys, other.size);
        decimated = other.decimated;
    }

    private void set(double[] x, double[] y, int n) {
        if (xs.length < n) {
            xs = new double[n];
            ys = new double[n];
        }
        System.arraycopy(x, 0, xs, 0, n);
        System.arraycopy(y, 0, ys, 0, n);
        size = n;
        decimated = false;
    }

    public double[] xs() {
        return xs;
    }

    public double[] ys() {
        return ys;
    }

    public int size() {
        return size;
    }

    /** True once several iterations share a point (min and max of a bucket): lines become bands. */
    public boolean decimated() {
        return decimated;
    }
}
