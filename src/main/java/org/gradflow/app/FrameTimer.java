package org.gradflow.app;

import java.util.Arrays;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Keeps the durations of the last frames' chart updates (pull from the engine plus redraw of all charts), for
 * the window benchmark. Written and read on the FX thread only.
 */
public final class FrameTimer {
    private static final ThreadMXBean THREADS =
            ManagementFactory.getThreadMXBean();
    /** System property: print when the first frame of charts has been drawn ({@code -Dgradflow.reportStart=true}). */
    public static final String REPORT_START = "gradflow.reportStart";
    private final long[] nanos;
    private final long[] cpu;
    private int next;
    private long count;

    public FrameTimer(int capacity) {
        nanos = new long[capacity];
        cpu = new long[capacity];
    }

    /** CPU time of the calling thread, or 0 where the JVM cannot tell. */
    static long cpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
    }

    /**
     * @param duration wall-clock time of the update
     * @param cpuTime  CPU time the FX thread spent on it: the wall time minus waiting for a core
     */
    void record(long duration, long cpuTime) {
        if (count == 0 && Boolean.getBoolean(REPORT_START)) {
            // How long a user waits for the charts, JVM start included: "window mapped" is earlier, and blank.
            System.err.println("gradflow: first frame drawn " + ManagementFactory.getRuntimeMXBean().getUptime()
                    + " ms after the JVM started");
        }
        nanos[next] = duration;
        cpu[next] = cpuTime;
        next = (next + 1) % nanos.length;
        count++;
    }

    /** Frames recorded in all. */
    public long count() {
        return count;
    }

    /** The recorded wall-clock durations in milliseconds, oldest first; at most the capacity. */
    public double[] millis() {
        return toMillis(nanos);
    }

    /** The recorded CPU times in milliseconds, oldest first. */
    public double[] cpuMillis() {
        return toMillis(cpu);
    }

    private double[] toMillis(long[] values) {
        int n = (int) Math.min(count, values.length);
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            int index = count <= values.length ? i : (next + i) % values.length;
            ms[i] = values[index] / 1e6;
        }
        return ms;
    }

    public void clear() {
        Arrays.fill(nanos, 0);
        Arrays.fill(cpu, 0);
        next = 0;
        count = 0;
    }
}
