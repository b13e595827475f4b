package org.scosim.decision;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vote shares as users write and read them. A threshold may be a fraction ("2/3"), which is exact, or a decimal
 * ("0.67"), which is taken as written: 0.67 of 6 members needs 5 votes (4.02 rounded up) while 2/3 needs 4, so the
 * two are different rules and labels keep them apart ("2/3" is shown only for a value that is 2/3).
 */
public final class Shares {
    /** Largest denominator shown as a fraction (thirds, quarters, ... twelfths). */
    public static final int MAX_DENOMINATOR = 12;
    private static final Pattern FRACTION = Pattern.compile("\\s*(\\d{1,9})\\s*/\\s*(\\d{1,9})\\s*");

    private Shares() {
    }

    /** Whether {@code text} is written as a fraction {@code a/b} (not whether it is valid). */
    public static boolean isFraction(String text) {
        return text != null && FRACTION.matcher(text).matches();
    }

    /**
     * The value of {@code a/b} or of a decimal number.
     *
     * @throws IllegalArgumentException for anything else or a zero denominator
     */
    public static double parse(String text) {
        Matcher m = FRACTION.matcher(text == null ? "" : text);
        if (m.matches()) {
            long a = Long.parseLong(m.group(1)), b = Long.parseLong(m.group(2));
            if (b == 0) throw new IllegalArgumentException("'" + text.trim() + "' divides by zero");
            return (double) a / b;
        }
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException("'" + text + "' is neither a number nor a fraction such as 2/3");
        }
    }

    /**
     * A share for labels: a fraction ("2/3", "5/6") when the value is one whose decimals never end (denominator up
     * to {@value #MAX_DENOMINATOR}), else the decimal with up to six significant digits ("0.67", "0.5", "0.75").
     */
    public static String text(double t) {
        for (int b = 2; b <= MAX_DENOMINATOR; b++) {
            long a = Math.round(t * b);
            if (a > 0 && a < b && Math.abs(t - (double) a / b) <= 1e-12 && gcd(a, b) == 1) {
                if (!terminates(b)) return a + "/" + b;
                break;
            }
        }
        if (t == Math.rint(t)) return Long.toString((long) t);
        return new BigDecimal(t).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    /** Yes-votes needed among {@code members} equal votes for a share of at least {@code t} (as the rules count). */
    public static int votesNeeded(double t, int members) {
        for (int k = 1; k <= members; k++) if (k >= t * members * (1 - DecisionRule.TOLERANCE)) return k;
        return members;
    }

    /** Whether 1/b has a finite decimal expansion (b's only prime factors are 2 and 5). */
    private static boolean terminates(long b) {
        while (b % 2 == 0) b /= 2;
        while (b % 5 == 0) b /= 5;
        return b == 1;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
