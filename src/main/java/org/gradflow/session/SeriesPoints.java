package org.gradflow.session;

/** Points of one series, ready to draw: a reusable pair of arrays and a count. */
public final class SeriesPoints {
    private double[] xs = new double[0];
    private double[] ys = new double[0];
    private int size;
    private boolean decimated;

    void copyFrom(DecimatedSeries series) {
        if (xs.length < series.maxPoints()) {
            xs = new double[series.maxPoints()];
            ys = new double[series.maxPoints()];
        }
        size = series.copyPoints(xs, ys);
        decimated = series.bucketWidth() > 1;
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
