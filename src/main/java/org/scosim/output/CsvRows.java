package org.scosim.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * One table's rows of one replication, rendered straight into UTF-8 bytes: the same bytes as Commons CSV's printer
 * with {@link Tables#FORMAT} (tested cell by cell against it), without building a String per cell and encoding it
 * again on the way to the file. Text cells are quoted by Commons CSV itself, once per distinct string (titles, state
 * codes and labels repeat on every row); numbers are written digit by digit as {@link Num#format} spells them.
 */
final class CsvRows extends TableRows {
    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
    private static final byte[] NA = {'N', 'A'};
    private static final double[] POW10 = new double[16];
    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++, p *= 10) POW10[i] = p;
    }

    private final Map<String, byte[]> quoted;
    private final Map<String, byte[]> seen;
    private byte[] buf;
    private int len;
    /** Every row's first cells (the run, replication and seed, each followed by a comma) and the run's own cells. */
    private byte[] lead = new byte[0];
    private byte[][] runCells = new byte[0][];

    /**
     * {@code quoted}: rendered text cells, shared by the tables of one replication; {@code seen}: those of the run's
     * earlier replications (thread-safe, bounded; the same titles and codes recur in every replication, and rendering
     * is a pure function of the string, so sharing it cannot change any output); {@code capacity}: the bytes
     * expected, so the buffer rarely grows.
     */
    CsvRows(Map<String, byte[]> quoted, Map<String, byte[]> seen, int capacity) {
        this(quoted, seen, new byte[Math.max(256, capacity)]);
    }

    /** As above, rendering into {@code buffer} (its bytes are written over; it grows when the rows need more). */
    CsvRows(Map<String, byte[]> quoted, Map<String, byte[]> seen, byte[] buffer) {
        this.quoted = quoted;
        this.seen = seen;
        this.buf = buffer.length > 0 ? buffer : new byte[256];
    }

    CsvRows() {
        this(new HashMap<>(), new java.util.concurrent.ConcurrentHashMap<>(), 1 << 14);
    }

    /** How many distinct text cells a run keeps for its later replications. */
    static final int SEEN_LIMIT = 100_000;

    /** Sets the key cells {@link #start} writes: {@code lead} (run, replication, seed, each with its comma) and the run's cells. */
    CsvRows keys(byte[] lead, byte[][] runCells) {
        this.lead = lead;
        this.runCells = runCells;
        return this;
    }

    @Override
    CsvRows start(int year) {
        row(lead).integer(year);
        for (byte[] c : runCells) cell(c);
        return this;
    }

    @Override
    CsvRows known(byte[] csv, String value) {
        return cell(csv);
    }

    /** Starts a row with already rendered leading cells (the run, replication and seed, each followed by a comma). */
    CsvRows row(byte[] lead) {
        put(lead, lead.length);
        return this;
    }

    /** Starts a row with its first cells, already rendered ({@link #render} with {@code first}), without a comma after. */
    CsvRows first(byte[] cells) {
        put(cells, cells.length);
        rowOpen = true;
        return this;
    }

    /** Forgets the rows rendered so far (a scratch buffer for one cell's parts). */
    void reset() {
        len = 0;
        rowOpen = false;
    }

    /** A text cell, quoted where Commons CSV would quote it (a cell other than a row's first). */
    @Override
    CsvRows text(String s) {
        byte[] b = quoted.get(s);
        if (b == null) {
            b = seen.get(s);
            if (b == null) {
                b = render(s, false);
                if (seen.size() < SEEN_LIMIT) seen.putIfAbsent(s, b);
            }
            quoted.put(s, b);
        }
        return cell(b);
    }

    /** A text cell seen once (not kept for reuse). */
    @Override
    CsvRows textOnce(String s) {
        return cell(render(s, false));
    }

    @Override
    CsvRows bool(boolean b) {
        return cell(b ? TRUE : FALSE);
    }

    @Override
    CsvRows integer(long v) {
        comma();
        if (v == Long.MIN_VALUE) {
            ascii(Long.toString(v));
            return this;
        }
        long a = Math.abs(v);
        int n = digitCount(a);
        ensure(n + 1);
        if (v < 0) buf[len++] = '-';
        len = writeDigits(a, buf, len, n);
        return this;
    }

    /** A number as {@link Num#format} writes it: six significant digits, "NA" for missing. */
    @Override
    CsvRows num(double v) {
        comma();
        number(v);
        return this;
    }

    /**
     * A cell made of parts written by {@link #part} and {@link #partNum}, which the caller knows need no quoting
     * (letters, digits, '=', spaces between, not starting with a space).
     */
    @Override
    CsvRows open() {
        comma();
        return this;
    }

    @Override
    CsvRows part(byte[] ascii) {
        put(ascii, ascii.length);
        return this;
    }

    @Override
    CsvRows part(char c) {
        putByte((byte) c);
        return this;
    }

    @Override
    CsvRows partNum(double v) {
        number(v);
        return this;
    }

    /** Whether {@code s} written as it is in the middle of a {@link #open} cell needs no quoting. */
    static boolean plain(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')) return false;
        }
        return true;
    }

    private void number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            put(NA, 2);
            return;
        }
        if (v == 0) {
            putByte((byte) '0');
            return;
        }
        double a = Math.abs(v);
        if (a < 1e-6 || a >= 1e15) {
            ascii(Double.toString(v));
            return;
        }
        int decimals = decimals(a);
        long scaled = (long) roundHalfUp(a * POW10[decimals]);
        if (decimals == 0) {   // a whole number, or one rounded to one
            int n = digitCount(scaled);
            ensure(n + 1);
            if (v < 0) buf[len++] = '-';
            len = writeDigits(scaled, buf, len, n);
            return;
        }
        // six significant digits with some below the point: the digits are at most 10^6, seven of them
        int digits = (int) scaled;
        while (decimals > 0 && digits % 10 == 0) { // trailing zeros of the fraction
            digits /= 10;
            decimals--;
        }
        int n = digitCount(digits);
        int intLen = n - decimals;
        ensure(n + 3 + Math.max(0, -intLen)); // sign, "0." and the zeros after the point at most
        byte[] b = buf;
        int p = len;
        if (v < 0) b[p++] = '-';
        if (decimals == 0) {
            p = writeDigits(digits, b, p, n);
        } else if (intLen <= 0) {
            b[p++] = '0';
            b[p++] = '.';
            for (int k = 0; k < -intLen; k++) b[p++] = '0';
            p = writeDigits(digits, b, p, n);
        } else {
            // the n digits as bytes of a long (the first lowest), the point put between the integer digits and the rest
            long x = packed(digits) >>> (8 * (8 - n));
            long low = x & ((1L << (8 * intLen)) - 1);
            p = putLowBytes(b, p, low | ((long) '.' << (8 * intLen)) | ((x >>> (8 * intLen)) << (8 * (intLen + 1))), n + 1);
        }
        len = p;
    }

    /**
     * The number a CSV cell of {@code v} holds: {@code Double.parseDouble(Num.format(v))}, computed without the text.
     * The digits are those {@link #number} writes; dividing them by the power of ten, both exact doubles, rounds
     * once, to the double nearest the decimal, which is what parsing gives. Missing stays NaN; zero is +0.
     */
    static double sixDigits(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return Double.NaN;
        if (v == 0) return 0.0;
        double a = Math.abs(v);
        if (a < 1e-6 || a >= 1e15) return v;   // written by Double.toString, which parses back to v
        int decimals = decimals(a);
        double r = roundHalfUp(a * POW10[decimals]) / POW10[decimals];
        return v < 0 ? -r : r;
    }

    /**
     * {@code Math.round(x)} as a double, for {@code 1 <= x < 2^50} (the numbers rounded here are whole, or scaled to
     * six digits before the point): {@code x + 0.5} is then exact, or, crossing into the next binary exponent,
     * rounded by less than half a unit, which moves no integer, so its floor is the rounded value. (Below 1 it is
     * not: 0.49999999999999994 + 0.5 rounds to 1.) Math.floor compiles to one instruction where Math.round, on
     * Java 17, is a dozen.
     */
    static double roundHalfUp(double x) {
        return Math.floor(x + 0.5);
    }

    /**
     * The decimals a number {@code 1e-6 <= a < 1e15} is rounded to: six significant digits, none below the point for
     * a whole number (counts, years, shares of one: written as its digits, without working out its exponent).
     * At most 11, within POW10.
     */
    private static int decimals(double a) {
        return a == (long) a ? 0 : Math.max(0, 5 - decimalExponent(a));
    }

    /** 10^k as a long, k = 0..18. */
    private static final long[] LONG_POW10 = new long[19];

    static {
        long p = 1;
        for (int i = 0; i < LONG_POW10.length; i++, p *= 10) LONG_POW10[i] = p;
    }

    /** The number of decimal digits of {@code v >= 0} (1 for 0). */
    static int digitCount(long v) {
        int n = 1;
        while (n < LONG_POW10.length && v >= LONG_POW10[n]) n++;
        return n;
    }

    /** "00" to "99" as the two low bytes of an int, the tens digit lowest. */
    private static final int[] PAIR_BYTES = new int[100];

    static {
        for (int k = 0; k < 100; k++) PAIR_BYTES[k] = ('0' + k / 10) | ('0' + k % 10) << 8;
    }

    /** Writes the first {@code count} bytes of {@code x} (the lowest first) at {@code p}; returns the end. */
    private static int putLowBytes(byte[] b, int p, long x, int count) {
        for (int k = 0; k < count; k++, x >>>= 8) b[p + k] = (byte) x;
        return p + count;
    }

    /** The eight decimal digits of {@code 0 <= w < 10^8}, leading zeros too, as the bytes of a long, the first digit lowest. */
    private static long packed(int w) {
        int hi = w / 10_000, lo = w - hi * 10_000;
        int a = hi / 100, c = lo / 100;
        long high = PAIR_BYTES[a] | PAIR_BYTES[hi - a * 100] << 16;
        long low = PAIR_BYTES[c] | PAIR_BYTES[lo - c * 100] << 16;
        return (high & 0xFFFF_FFFFL) | low << 32;
    }

    /**
     * Writes exactly {@code count} digits of {@code v >= 0}, {@code v < 10^count} (leading zeros too), at {@code p};
     * returns the end. The digits are worked out eight at a time, as the bytes of one long, without a division a
     * digit. (They are stored byte by byte: a VarHandle's store of the long was as fast once compiled, but slowed
     * short runs from the shell by 8%, while the JIT compiler had not compiled it yet.)
     */
    private static int writeDigits(long v, byte[] b, int p, int count) {
        if (count > 8) {
            long high = v / 100_000_000L;
            p = writeDigits(high, b, p, count - 8);
            v -= high * 100_000_000L;
            count = 8;
        }
        return putLowBytes(b, p, packed((int) v) >>> (8 * (8 - count)), count);
    }

    /** Powers of ten from 10^-7 to 10^16 (index k holds 10^(k-7)), for {@link #decimalExponent}. */
    private static final double[] DECADES = new double[24];

    static {
        for (int k = 0; k < DECADES.length; k++) DECADES[k] = Double.parseDouble("1e" + (k - 7));
    }

    /**
     * {@code floor(log10(a))} for 1e-6 <= a < 1e15, as {@link Num#format} computes it, found by comparing with the
     * powers of ten; next to a power of ten, where the logarithm's rounding decides, it is the logarithm itself.
     */
    static int decimalExponent(double a) {
        // a lies in [2^e, 2^(e+1)), which holds at most one power of ten: the decade of 2^e or the next
        int k = DECADE_OF_BINARY[Math.getExponent(a) - MIN_BINARY];
        if (a >= DECADES[k + 1]) k++;
        if (a == DECADES[k] && k >= 7) return k - 7;   // an exact power of ten (1, 10, 100...), common among counts
        if (a < DECADES[k] * (1 + 1e-9) || k + 1 < DECADES.length && a * (1 + 1e-9) >= DECADES[k + 1]) {
            return (int) Math.floor(Math.log10(a));
        }
        return k - 7;
    }

    /** Binary exponents of the numbers in range: 1e-6 has -20, 1e15 has 49. */
    private static final int MIN_BINARY = -20, MAX_BINARY = 49;
    /** For each binary exponent e, the index in {@link #DECADES} of the largest power of ten at most 2^e. */
    private static final int[] DECADE_OF_BINARY = new int[MAX_BINARY - MIN_BINARY + 1];

    static {
        for (int e = MIN_BINARY; e <= MAX_BINARY; e++) {
            double low = Math.scalb(1.0, e);
            int k = 0;
            while (k + 1 < DECADES.length && DECADES[k + 1] <= low) k++;
            DECADE_OF_BINARY[e - MIN_BINARY] = k;
        }
    }

    /** Where the next byte goes: marks the start or end of cells to {@link #repeat}. */
    @Override
    int mark() {
        return len;
    }

    /**
     * Writes again the cells between two marks of this table (a row's cells that equal an earlier row's: its first
     * cells, or cells in its middle); the row is open after them.
     */
    @Override
    CsvRows repeat(int from, int to) {
        ensure(to - from);
        System.arraycopy(buf, from, buf, len, to - from);
        len += to - from;
        rowOpen = true;
        return this;
    }

    /** Ends the row. */
    @Override
    CsvRows end() {
        putByte((byte) '\n');
        rowOpen = false;
        return this;
    }

    /** The rows rendered so far. */
    byte[] bytes() {
        return Arrays.copyOf(buf, len);
    }

    /** The buffer rendered into (it may have grown since this was made), to hand on once {@link #bytes} is taken. */
    byte[] buffer() {
        return buf;
    }

    /** A cell as Commons CSV renders it, in UTF-8; {@code first}: the first cell of a row. */
    static byte[] render(String s, boolean first) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        try {
            Tables.FORMAT.print(s, sb, first);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // appending to a StringBuilder does not fail
        }
        // a cell other than the first comes with the delimiter in front; rows add their own
        String cell = first ? sb.toString() : sb.substring(1);
        return cell.getBytes(StandardCharsets.UTF_8);
    }

    private boolean rowOpen;

    /** A cell already rendered by {@link #render} (a cell other than a row's first). */
    CsvRows cell(byte[] b) {
        comma();
        put(b, b.length);
        return this;
    }

    private void comma() {
        if (rowOpen) putByte((byte) ',');
        rowOpen = true;
    }

    private void ascii(String s) {
        for (int i = 0; i < s.length(); i++) putByte((byte) s.charAt(i));
    }

    private void put(byte[] b, int n) {
        put(b, 0, n);
    }

    private void put(byte[] b, int from, int n) {
        ensure(n);
        System.arraycopy(b, from, buf, len, n);
        len += n;
    }

    private void putByte(byte b) {
        ensure(1);
        buf[len++] = b;
    }

    private void ensure(int n) {
        if (len + n > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
    }
}
