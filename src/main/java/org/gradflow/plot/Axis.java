package org.gradflow.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * One axis of a chart: its range, scale and ticks. A log axis may show exact zeros: they (and anything below
 * the floor) are drawn at the floor, whose tick reads "0", so that 1e-11 in 1-D, ~1 in 6-D, the 1e6 spike and
 * a gradient of exactly zero all have a place on one axis.
 */
public final class Axis {
    /** How values map to positions. */
    public enum Scale { LINEAR, LOG }

    /** How tick labels are written. */
    public enum Labels { NUMBER, COUNT }

    /** A tick: where, and what it says ("" for a minor tick). */
    public record Tick(double value, String label) {
        public boolean major() {
            return !label.isEmpty();
        }
    }

    /** Decades between labels: strides that divide the usual ranges evenly, so labels fall on round powers. */
    private static final int[] STRIDES = {1, 2, 4, 8, 12, 16, 32, 64};

    private final Scale scale;
    private final double min;
    private final double max;
    private final String title;
    private final Labels labels;
    private final boolean zeroAtFloor;
    private final String[] categories;
    private final double logMin;
    private final double logSpan;

    private Axis(Scale scale, double min, double max, String title, Labels labels, boolean zeroAtFloor) {
        this(scale, min, max, title, labels, zeroAtFloor, null);
    }

    private Axis(Scale scale, double min, double max, String title, Labels labels, boolean zeroAtFloor,
                 String[] categories) {
        if (!(max > min)) {
            throw new IllegalArgumentException("axis range must have max > min, got " + min + " .. " + max);
        }
        if (scale == Scale.LOG && !(min > 0)) {
            throw new IllegalArgumentException("a log axis needs min > 0, got " + min);
        }
        this.scale = scale;
        this.min = min;
        this.max = max;
        this.title = title;
        this.labels = labels;
        this.zeroAtFloor = zeroAtFloor;
        this.categories = categories;
        // Charts map thousands of points per frame: one log10 each, not three.
        this.logMin = scale == Scale.LOG ? Math.log10(min) : 0;
        this.logSpan = scale == Scale.LOG ? Math.log10(max) - logMin : 1;
    }

    /** Named slots 0..n, one tick in the middle of each (bar charts). */
    public static Axis categories(String title, String... names) {
        return new Axis(Scale.LINEAR, 0, names.length, title, Labels.NUMBER, false, names.clone());
    }

    /** A linear axis without ticks or grid: a dimension that carries no value (the height over a number line). */
    public static Axis blank(double min, double max) {
        return blank(min, max, "");
    }

    /** The same with a title: what the dimension is, where its scale is written elsewhere. */
    public static Axis blank(double min, double max, String title) {
        return new Axis(Scale.LINEAR, min, max, title, Labels.NUMBER, false, new String[0]);
    }

    public static Axis linear(double min, double max, String title) {
        return new Axis(Scale.LINEAR, min, max, title, Labels.NUMBER, false);
    }

    /** Iteration axis: counts written 1.5k, 10M. */
    public static Axis iterations(double min, double max, String title) {
        return new Axis(Scale.LINEAR, min, max, title, Labels.COUNT, false);
    }

    /** Iterations (or passes) on a log axis: 1, 10, 100, 1k, ... */
    public static Axis logCounts(double min, double max, String title) {
        return new Axis(Scale.LOG, min, max, title, Labels.COUNT, false);
    }

    /** A plain log axis with labels 10⁻³, 10⁻², ... */
    public static Axis log(double min, double max, String title) {
        return new Axis(Scale.LOG, min, max, title, Labels.NUMBER, false);
    }

    /** Log axis from {@code floor} (drawn as "0") to {@code max}. */
    public static Axis logWithZero(double floor, double max, String title) {
        return new Axis(Scale.LOG, floor, max, title, Labels.NUMBER, true);
    }

    public String title() {
        return title;
    }

    public Scale scale() {
        return scale;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    /** Position of a value, 0 at min and 1 at max; NaN for NaN. Log: zero and negatives sit at the floor. */
    /**
     * Whether {@link #fraction} grows with the value from here on up: on a linear axis always, on a log one from 0
     * (it reads |value|). Where it does, the extremes of values are the extremes of their pixels.
     */
    public boolean increasingFrom(double value) {
        return scale == Scale.LINEAR || value >= 0;
    }

    public double fraction(double value) {
        if (Double.isNaN(value)) {
            return Double.NaN;
        }
        if (scale == Scale.LOG) {
            double v = Math.max(Math.abs(value), min);
            return (Math.log10(v) - logMin) / logSpan;
        }
        return (value - min) / (max - min);
    }

    /** The value at a position, 0 at min and 1 at max: the inverse of {@link #fraction}. */
    public double valueAt(double fraction) {
        if (scale == Scale.LOG) {
            return Math.pow(10, logMin + fraction * logSpan);
        }
        return min + fraction * (max - min);
    }

    /** Ticks for an axis this many pixels long; labels keep clear of each other. */
    public List<Tick> ticks(double lengthPixels) {
        if (categories != null) {
            List<Tick> ticks = new ArrayList<>();
            for (int i = 0; i < categories.length; i++) {
                ticks.add(new Tick(i + 0.5, categories[i]));
            }
            return ticks;
        }
        return scale == Scale.LOG ? logTicks(lengthPixels) : linearTicks(lengthPixels);
    }

    private List<Tick> linearTicks(double lengthPixels) {
        int wanted = (int) Math.max(3, Math.min(10, lengthPixels / 70));
        double step = niceStep((max - min) / wanted);
        List<Tick> ticks = new ArrayList<>();
        double first = Math.ceil(min / step - 1e-9) * step;
        for (int i = 0; ; i++) {
            double v = first + i * step;
            if (v > max + step * 1e-9) {
                break;
            }
            if (Math.abs(v) < step * 1e-9) {
                v = 0;
            }
            ticks.add(new Tick(v, labels == Labels.COUNT ? Format.count(v) : linearLabel(v, step)));
        }
        return ticks;
    }

    private String linearLabel(double value, double step) {
        if (value == 0) {
            return "0";
        }
        double magnitude = Math.max(Math.abs(min), Math.abs(max));
        if (magnitude < 1e-3 || magnitude >= 1e5) {
            int digits = Math.max(1, (int) Math.floor(Math.log10(Math.abs(value)))
                    - (int) Math.floor(Math.log10(step)) + 1);
            return Format.scientific(value, Math.min(digits, 3));
        }
        int decimals = Math.max(0, -(int) Math.floor(Math.log10(step) + 1e-9));
        return Format.fixed(value, decimals);
    }

    /** The smallest 1, 2 or 5 times a power of ten that is at least {@code value}: a symmetric axis's end. */
    public static double niceCeiling(double value) {
        return niceStep(value);
    }

    /** 1, 2 or 5 times a power of ten, at least {@code rough}. */
    static double niceStep(double rough) {
        double exponent = Math.floor(Math.log10(rough));
        double base = Math.pow(10, exponent);
        double f = rough / base;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        return nice * base;
    }

    private List<Tick> logTicks(double lengthPixels) {
        int lo = (int) Math.ceil(Math.log10(min) - 1e-9);
        int hi = (int) Math.floor(Math.log10(max) + 1e-9);
        if (zeroAtFloor && Math.abs(Math.log10(min) - lo) < 1e-9) {
            lo++;
        }
        int decades = hi - lo + 1;
        int maxLabels = (int) Math.max(2, lengthPixels / 24);
        int stride = STRIDES[STRIDES.length - 1];
        for (int candidate : STRIDES) {
            if ((decades + candidate - 1) / candidate <= maxLabels) {
                stride = candidate;
                break;
            }
        }
        List<Tick> ticks = new ArrayList<>();
        if (zeroAtFloor) {
            ticks.add(new Tick(min, "0"));
        }
        // Labels on multiples of the stride so that 1 (10^0) is always among them; none crowding the "0".
        double floorDecade = Math.log10(min);
        for (int e = lo; e <= hi; e++) {
            boolean labelled = Math.floorMod(e, stride) == 0 && !(zeroAtFloor && e - floorDecade < 0.5 * stride + 1);
            String label = labels == Labels.COUNT ? Format.count(Math.pow(10, e)) : Format.powerOfTen(e);
            ticks.add(new Tick(Math.pow(10, e), labelled ? label : ""));
        }
        return ticks;
    }
}
