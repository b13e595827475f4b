package org.scosim.output;

/**
 * Number formatting for output files: six significant digits, no exponent for ordinary magnitudes, "NA" for missing.
 * A pure function of the value, so files are byte-identical whatever the thread count.
 */
public final class Num {
    private static final double[] POW10 = new double[16];

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++, p *= 10) POW10[i] = p;
    }

    private Num() {
    }

    /** A count for people to read, grouped in thousands as the command line prints it: 40,040. */
    public static String count(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }

    public static String format(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return "NA";
        if (v == 0) return "0";
        double a = Math.abs(v);
        if (a < 1e-6 || a >= 1e15) return Double.toString(v);
        int exp = (int) Math.floor(Math.log10(a));
        int decimals = Math.max(0, 5 - exp);
        if (decimals >= POW10.length) return Double.toString(v);
        long scaled = Math.round(a * POW10[decimals]);
        StringBuilder sb = new StringBuilder(24);
        if (v < 0) sb.append('-');
        if (decimals == 0) return sb.append(scaled).toString();
        String digits = Long.toString(scaled);
        int intLen = digits.length() - decimals;
        if (intLen <= 0) {
            sb.append("0.");
            for (int k = 0; k < -intLen; k++) sb.append('0');
            sb.append(digits);
        } else {
            sb.append(digits, 0, intLen).append('.').append(digits, intLen, digits.length());
        }
        int end = sb.length();
        while (sb.charAt(end - 1) == '0') end--;
        if (sb.charAt(end - 1) == '.') end--;
        sb.setLength(end);
        if (sb.length() == 2 && sb.charAt(0) == '-' && sb.charAt(1) == '0') return "0";
        return sb.toString();
    }
}
