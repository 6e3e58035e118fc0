package org.gradflow.app;

import java.util.Arrays;

/**
 * Keeps the durations of the last frames' chart updates (pull from the engine plus redraw of all charts), for
 * the window benchmark. Written and read on the FX thread only.
 */
public final class FrameTimer {
    private final long[] nanos;
    private int next;
    private long count;

    public FrameTimer(int capacity) {
        nanos = new long[capacity];
    }

    void record(long duration) {
        nanos[next] = duration;
        next = (next + 1) % nanos.length;
        count++;
    }

    /** Frames recorded in all. */
    public long count() {
        return count;
    }

    /** The recorded durations in milliseconds, oldest first; at most the capacity. */
    public double[] millis() {
        int n = (int) Math.min(count, nanos.length);
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            int index = count <= nanos.length ? i : (next + i) % nanos.length;
            ms[i] = nanos[index] / 1e6;
        }
        return ms;
    }

    public void clear() {
        Arrays.fill(nanos, 0);
        next = 0;
        count = 0;
    }
}
