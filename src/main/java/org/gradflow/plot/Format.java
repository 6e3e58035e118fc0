package org.gradflow.plot;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Number formats people read at a glance: 9.8e−12 (not 9.8E-12 or 9.80e-12), 1.5k, 10⁻¹², 10,000,000.
 * Written without String.format and regular expressions, because the window formats hundreds of tick labels
 * and status values every frame and those two were a third of its drawing time.
 */
public final class Format {
    private static final String SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final char MINUS = '−';
    private static final long[] POWERS = new long[16];

    static {
        POWERS[0] = 1;
        for (int i = 1; i < POWERS.length; i++) {
            POWERS[i] = POWERS[i - 1] * 10;
        }
    }

    private Format() {
    }

    /**
     * Scientific with {@code digits} significant digits below 1e-3 and from 1e5 up; plain decimal between, where
     * whole numbers keep all their digits (1235, not 1.24e3).
     */
    public static String number(double value, int digits) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "−∞";
        }
        if (value == 0) {
            return "0";
        }
        double a = Math.abs(value);
        if (a < 1e-3 || a >= 1e5) {
            return scientific(value, digits);
        }
        int decimals = Math.max(0, digits - 1 - (int) Math.floor(Math.log10(a)));
        return trimZeros(fixed(value, decimals));
    }

    /** {@code 9.8e−12}: mantissa with {@code digits} significant digits, exponent without padding. */
    public static String scientific(double value, int digits) {
        if (value == 0 || !Double.isFinite(value)) {
            return number(value, digits);
        }
        int d = Math.max(1, Math.min(15, digits));
        double a = Math.abs(value);
        int exponent = (int) Math.floor(Math.log10(a));
        long mantissa = Math.round(a / Math.pow(10, exponent - (d - 1)));
        if (mantissa >= POWERS[d]) {
            // Rounding carried into a new digit: 9.96 at two digits is 10, written 1.0e+1.
            mantissa /= 10;
            exponent++;
        }
        String m = Long.toString(mantissa);
        StringBuilder sb = new StringBuilder(12);
        if (value < 0) {
            sb.append(MINUS);
        }
        sb.append(m.charAt(0));
        if (m.length() > 1) {
            sb.append('.').append(m, 1, m.length());
        }
        String text = trimZeros(sb.toString());
        return text + "e" + (exponent < 0 ? MINUS + Integer.toString(-exponent) : Integer.toString(exponent));
    }

    /** {@code value} rounded to {@code decimals} places, with a typographic minus; large values fall back. */
    public static String fixed(double value, int decimals) {
        double a = Math.abs(value);
        if (decimals > 15 || a * POWERS[Math.min(decimals, 15)] >= 9e15) {
            return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP)
                    .toPlainString().replace('-', MINUS);
        }
        long scaled = Math.round(a * POWERS[decimals]);
        String digits = Long.toString(scaled);
        StringBuilder sb = new StringBuilder(digits.length() + 3);
        if (value < 0 && scaled != 0) {
            sb.append(MINUS);
        }
        if (decimals == 0) {
            return sb.append(digits).toString();
        }
        while (digits.length() <= decimals) {
            digits = "0" + digits;
        }
        int point = digits.length() - decimals;
        return sb.append(digits, 0, point).append('.').append(digits, point, digits.length()).toString();
    }

    /** 10 to a power as it is printed in books: 1, 10, 10², 10⁻¹². */
    public static String powerOfTen(int exponent) {
        if (exponent == 0) {
            return "1";
        }
        if (exponent == 1) {
            return "10";
        }
        StringBuilder sb = new StringBuilder("10");
        if (exponent < 0) {
            sb.append('⁻');
        }
        for (char c : Integer.toString(Math.abs(exponent)).toCharArray()) {
            sb.append(SUPERSCRIPT.charAt(c - '0'));
        }
        return sb.toString();
    }

    /** Iteration counts: 950, 1.5k, 20k, 10M. */
    public static String count(double n) {
        double a = Math.abs(n);
        if (a < 1000) {
            return trimZeros(fixed(n, 1));
        }
        String[] units = {"k", "M", "G", "T"};
        int u = -1;
        while (a >= 1000 && u < units.length - 1) {
            a /= 1000;
            n /= 1000;
            u++;
        }
        return trimZeros(fixed(n, 2)) + units[u];
    }

    /** Whole numbers with thousands separators: 10,000,000. */
    public static String grouped(long n) {
        String digits = Long.toString(Math.abs(n));
        StringBuilder sb = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (n < 0) {
            sb.append('-');
        }
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        sb.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            sb.append(',').append(digits, i, i + 3);
        }
        return sb.toString();
    }

    /** "1.50" to "1.5", "2.00" to "2"; text without a point is left alone. */
    static String trimZeros(String s) {
        if (s.indexOf('.') < 0) {
            return s;
        }
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        if (s.charAt(end - 1) == '.') {
            end--;
        }
        return s.substring(0, end);
    }
}
