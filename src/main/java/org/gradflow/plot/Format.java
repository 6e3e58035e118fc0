package org.gradflow.plot;

import java.util.Locale;

/** Number formats people read at a glance: 9.8e-12 (not 9.8E-12 or 9.80e-12), 1.5k, 10⁻¹². */
public final class Format {
    private static final String SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private Format() {
    }

    /** Scientific with {@code digits} significant digits below 1e-3 and from 1e5 up, plain decimal between. */
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
        String s = new java.math.BigDecimal(value).round(new java.math.MathContext(digits)).stripTrailingZeros()
                .toPlainString();
        return s.replace('-', '−');
    }

    /** {@code 9.8e-12}: mantissa with {@code digits} significant digits, exponent without padding. */
    public static String scientific(double value, int digits) {
        String s = String.format(Locale.ROOT, "%." + Math.max(0, digits - 1) + "e", value);
        int e = s.indexOf('e');
        String mantissa = s.substring(0, e);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        int exponent = Integer.parseInt(s.substring(e + 1));
        return (mantissa + "e" + exponent).replace('-', '−');
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
            return trim(String.format(Locale.ROOT, "%.1f", n));
        }
        String[] units = {"k", "M", "G", "T"};
        int u = -1;
        while (a >= 1000 && u < units.length - 1) {
            a /= 1000;
            n /= 1000;
            u++;
        }
        return trim(String.format(Locale.ROOT, "%.2f", n)) + units[u];
    }

    /** Whole numbers with thousands separators: 10,000,000. */
    public static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String trim(String s) {
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
