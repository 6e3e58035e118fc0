package org.gradflow.session;

/**
 * A per-iteration series kept in a bounded number of min/max buckets, so that ten million iterations cost
 * the same memory and drawing time as two thousand. Each bucket covers {@code bucketWidth} consecutive
 * iterations; when all buckets are full, neighbours merge and the width doubles. While the series is short,
 * the width is 1 and every value is kept exactly.
 *
 * <p>NaN values are remembered as gaps (a bucket of only NaN draws nothing); the extremes ignore them.
 * Not thread-safe: the owner guards it.
 */
public final class DecimatedSeries {
    private final int capacity;
    private final double[] min;
    private final double[] max;
    private final boolean[] minFirst;
    private final boolean[] onlyNaN;
    private int buckets;
    private long bucketWidth = 1;
    private int inLastBucket;
    private long count;

    /** @param capacity buckets kept (even, at least 2); each draws as at most 2 points */
    public DecimatedSeries(int capacity) {
        if (capacity < 2 || capacity % 2 != 0) {
            throw new IllegalArgumentException("capacity must be even and at least 2, got " + capacity);
        }
        this.capacity = capacity;
        min = new double[capacity];
        max = new double[capacity];
        minFirst = new boolean[capacity];
        onlyNaN = new boolean[capacity];
    }

    /** Appends the value of the next iteration. */
    public void add(double value) {
        if (buckets == 0 || inLastBucket == bucketWidth) {
            if (buckets == capacity) {
                mergeNeighbours();
            }
            if (inLastBucket == bucketWidth || buckets == 0) {
                buckets++;
                inLastBucket = 0;
                int b = buckets - 1;
                min[b] = Double.NaN;
                max[b] = Double.NaN;
                onlyNaN[b] = true;
                minFirst[b] = true;
            }
        }
        int b = buckets - 1;
        inLastBucket++;
        count++;
        if (Double.isNaN(value)) {
            return;
        }
        if (onlyNaN[b]) {
            min[b] = value;
            max[b] = value;
            onlyNaN[b] = false;
        } else if (value < min[b]) {
            min[b] = value;
            minFirst[b] = false;
        } else if (value > max[b]) {
            max[b] = value;
            minFirst[b] = true;
        }
    }

    private void mergeNeighbours() {
        for (int i = 0; i < capacity / 2; i++) {
            int a = 2 * i;
            int c = a + 1;
            double lo;
            double hi;
            boolean loFirst;
            if (onlyNaN[a] || onlyNaN[c]) {
                int kept = onlyNaN[a] ? c : a;
                lo = min[kept];
                hi = max[kept];
                loFirst = minFirst[kept];
            } else {
                lo = Math.min(min[a], min[c]);
                hi = Math.max(max[a], max[c]);
                // Extremes from different buckets: the earlier bucket's comes first. From the same bucket:
                // that bucket's order. Ties count as the earlier bucket.
                boolean loInFirst = min[a] <= min[c];
                boolean hiInFirst = max[a] >= max[c];
                if (loInFirst == hiInFirst) {
                    loFirst = loInFirst ? minFirst[a] : minFirst[c];
                } else {
                    loFirst = loInFirst;
                }
            }
            boolean nan = onlyNaN[a] && onlyNaN[c];
            min[i] = lo;
            max[i] = hi;
            minFirst[i] = loFirst;
            onlyNaN[i] = nan;
        }
        buckets = capacity / 2;
        bucketWidth *= 2;
        // The old last bucket was full (we only merge when a new one is needed), so the merged one is too.
        inLastBucket = (int) Math.min(Integer.MAX_VALUE, bucketWidth);
    }

    /** Values appended so far (the last iteration's number). */
    public long count() {
        return count;
    }

    public long bucketWidth() {
        return bucketWidth;
    }

    /** The most points {@link #copyPoints} can write. */
    public int maxPoints() {
        return 2 * capacity;
    }

    /**
     * Writes the points to draw: x is the iteration (1-based; a wide bucket's points sit at its centre), y the
     * value, min and max in the order they occurred. A bucket of only NaN writes one point with y = NaN, a gap.
     *
     * @return the number of points written
     */
    public int copyPoints(double[] xs, double[] ys) {
        int n = 0;
        for (int b = 0; b < buckets; b++) {
            long first = b * bucketWidth + 1;
            long width = b == buckets - 1 ? inLastBucket : bucketWidth;
            double x = first + (width - 1) / 2.0;
            if (onlyNaN[b] || min[b] == max[b]) {
                xs[n] = x;
                ys[n++] = onlyNaN[b] ? Double.NaN : min[b];
            } else {
                xs[n] = x;
                ys[n++] = minFirst[b] ? min[b] : max[b];
                xs[n] = x;
                ys[n++] = minFirst[b] ? max[b] : min[b];
            }
        }
        return n;
    }
}
