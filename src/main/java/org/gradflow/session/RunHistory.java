package org.gradflow.session;

import org.gradflow.engine.IterationView;

/**
 * The plotted history of one run, bounded whatever the iteration count (see {@link DecimatedSeries}). The full
 * per-iteration trace is not stored: a run is a deterministic function of its scenario, so an export replays
 * it instead (ten million iterations of every value would need gigabytes, a replay needs seconds).
 */
public final class RunHistory {
    /** Buckets per series: at most 2 points each, so about 2,000 points per series on screen. */
    public static final int BUCKETS = 1024;
    /** Output units drawn as component lines; more would be an unreadable tangle. */
    public static final int MAX_COMPONENTS = 10;

    private final DecimatedSeries cosine = new DecimatedSeries(BUCKETS);
    private final DecimatedSeries target = new DecimatedSeries(BUCKETS);
    private final DecimatedSeries dCduNorm = new DecimatedSeries(BUCKETS);
    private final DecimatedSeries dCdvNorm = new DecimatedSeries(BUCKETS);
    private final DecimatedSeries[] components;

    public RunHistory(int outputSize) {
        components = new DecimatedSeries[Math.min(outputSize, MAX_COMPONENTS)];
        for (int i = 0; i < components.length; i++) {
            components[i] = new DecimatedSeries(BUCKETS);
        }
    }

    public void append(IterationView it) {
        cosine.add(it.cosine());
        target.add(it.target());
        dCduNorm.add(it.dCduNorm());
        dCdvNorm.add(it.dCdvNorm());
        for (int i = 0; i < components.length; i++) {
            components[i].add(it.dCdu(i));
        }
    }

    void copyInto(RunFrame frame) {
        frame.cosineSeries().copyFrom(cosine);
        frame.targetSeries().copyFrom(target);
        frame.dCduNormSeries().copyFrom(dCduNorm);
        frame.dCdvNormSeries().copyFrom(dCdvNorm);
        frame.resizeComponents(components.length);
        for (int i = 0; i < components.length; i++) {
            frame.componentSeries(i).copyFrom(components[i]);
        }
    }
}
