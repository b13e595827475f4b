package org.scosim.output;

import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The byte renderer against two independent spellings of the same rows: Commons CSV's printer (quoting) and
 * {@link Num#format} (numbers, a String-building implementation).
 */
class CsvRowsTest {

    private static String viaCommonsCsv(List<Object> cells) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(sb, Tables.FORMAT)) {
            p.printRecord(cells);
        }
        return sb.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "with, comma", "with \"quotes\"", "line\nbreak", "cr\rhere", " leading space",
            "trailing space ", "#hash first", "!bang first", "", "Ürümqi non-ASCII", "tab\tinside", "a=1 b=2",
            "-dash first", "\"", ",", "ends with quote\""})
    void textCellsAreQuotedAsCommonsCsvQuotesThem(String text) throws IOException {
        byte[] lead = CsvRows.render("run", true);
        CsvRows rows = new CsvRows();
        rows.row(concat(lead, ",".getBytes(StandardCharsets.UTF_8))).text(text).integer(7).text(text).textOnce(text).end();
        assertEquals(viaCommonsCsv(List.of("run", text, "7", text, text)), new String(rows.bytes(), StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sco-baseline", "", " spaced", "#1", "a,b", "Ürümqi"})
    void theFirstCellOfARowFollowsCommonsCsvToo(String run) throws IOException {
        CsvRows rows = new CsvRows();
        rows.row(concat(CsvRows.render(run, true), ",".getBytes(StandardCharsets.UTF_8))).num(1.5).end();
        assertEquals(viaCommonsCsv(List.of(run, "1.5")), new String(rows.bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void numbersAreSpelledAsNumFormatSpellsThem() {
        SplittableRandom rnd = new SplittableRandom(11);
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 1.0, -1.0, 10.0, 0.1, 1e-6, 9.999995e-7, 1e15,
                9.99999999e14, 999999.5, 999999.4999, 0.0000015, 123456.5, Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE, 12.5, 1234567.0, 0.30000000000000004));
        for (int k = -8; k <= 16; k++) { // next to every power of ten, where the exponent is decided
            double p = Math.pow(10, k);
            values.add(p);
            values.add(Math.nextUp(p));
            values.add(Math.nextDown(p));
            values.add(p * (1 + 1e-10));
            values.add(p * (1 - 1e-10));
            values.add(-p);
        }
        for (double w : new double[]{1, 9, 10, 99_999, 100_000, 999_999, 1_000_000, 1_000_001, 1_234_567, 999_999.5, 999_999.4}) {
            values.add(w);  // whole numbers, written as their digits, and numbers next to them
            values.add(-w);
        }
        for (int i = 0; i < 20_000; i++) values.add((double) rnd.nextLong(-999_999_999_999_999L, 999_999_999_999_999L) / (i % 2 == 0 ? 1 : 1_000_000_000));
        for (int i = 0; i < 200_000; i++) {
            double mantissa = rnd.nextDouble();
            int exp = rnd.nextInt(-9, 18);
            double v = mantissa * Math.pow(10, exp);
            values.add(rnd.nextBoolean() ? v : -v);
            values.add(Math.round(v * 1000) / 1000.0);
        }
        CsvRows rows = new CsvRows();
        StringBuilder expected = new StringBuilder();
        for (double v : values) {
            rows.num(v).end();
            expected.append(Num.format(v)).append('\n');
        }
        assertEquals(expected.toString(), new String(rows.bytes(), StandardCharsets.US_ASCII));
        // the columnar store's numbers are the values these cells parse to, bit for bit
        for (double v : values) {
            String cell = Num.format(v);
            double parsed = cell.equals("NA") ? Double.NaN : Double.parseDouble(cell);
            assertEquals(Double.doubleToLongBits(parsed), Double.doubleToLongBits(CsvRows.sixDigits(v)), cell);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 7, -7, 1996, Long.MAX_VALUE, Long.MIN_VALUE, -3007849865993629797L})
    void integersAreSpelledAsLongToString(long v) {
        CsvRows rows = new CsvRows();
        rows.integer(v).bool(true).bool(false).end();
        assertEquals(v + ",true,false\n", new String(rows.bytes(), StandardCharsets.US_ASCII));
    }

    /** The rounding the numbers use is Math.round's wherever it is used: 1 <= x < 2^50, halves and binary exponents' edges too. */
    @Test
    void roundingHalfUpIsMathRoundBelowTwoToTheFifty() {
        SplittableRandom rnd = new SplittableRandom(3);
        List<Double> xs = new ArrayList<>(List.of(1.0, 1.5, 2.5, 1e5 + 0.5, 999_999.5, 1e15 - 0.5, Math.nextUp(1.0)));
        for (int e = 0; e < 50; e++) {
            double p = Math.scalb(1.0, e);
            for (double x : new double[]{p, p - 0.5, p + 0.5, p - 1, Math.nextDown(p - 0.5), Math.nextUp(p - 0.5),
                    Math.nextDown(p), Math.nextUp(p), Math.nextDown(p + 0.5)}) {
                if (x >= 1) xs.add(x);
            }
        }
        for (int i = 0; i < 100_000; i++) {
            xs.add(rnd.nextDouble(1e5, 1e6));
            xs.add(Math.floor(rnd.nextDouble(1, Math.scalb(1.0, 49))) + 0.5);
            xs.add(1 + rnd.nextDouble() * Math.pow(10, rnd.nextInt(-3, 15)));
        }
        for (double x : xs) assertEquals((double) Math.round(x), CsvRows.roundHalfUp(x), () -> "x = " + x);
    }

    /** Every count of digits, each next to a power of ten and at random, in cells one after another (the digits go eight at a time). */
    @Test
    void integersOfEveryLengthAreSpelledAsLongToString() {
        SplittableRandom rnd = new SplittableRandom(5);
        List<Long> values = new ArrayList<>();
        long p = 1;
        for (int digits = 1; digits <= 19; digits++, p = digits <= 19 ? p * 10 : p) {
            values.add(p);
            values.add(p - 1);
            values.add(p + 1);
            for (int i = 0; i < 300; i++) values.add(digits == 19 ? rnd.nextLong(p, Long.MAX_VALUE) : rnd.nextLong(p, p * 10));
        }
        values.add(Long.MAX_VALUE);
        CsvRows rows = new CsvRows(new java.util.HashMap<>(), new java.util.HashMap<>(), 16);   // grows many times
        StringBuilder expected = new StringBuilder();
        for (long v : values) {
            rows.integer(v).integer(-v).num(v).end();
            expected.append(v).append(',').append(-v).append(',').append(Num.format(v)).append('\n');
        }
        assertEquals(expected.toString(), new String(rows.bytes(), StandardCharsets.US_ASCII));
    }

    @Test
    void aCellBuiltFromPartsIsTheCellAsOneString() throws IOException {
        CsvRows rows = new CsvRows();
        rows.text("x").open().part("CHN".getBytes(StandardCharsets.US_ASCII)).part('=').partNum(0.8333333)
                .part(' ').part("KAZ".getBytes(StandardCharsets.US_ASCII)).part('=').partNum(1).text("end").end();
        StringBuilder sb = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(sb, Tables.FORMAT)) {
            p.print("lead");
            p.print("x");
            p.print("CHN=0.833333 KAZ=1");
            p.print("end");
            p.println();
        }
        assertEquals(sb.substring("lead,".length()), new String(rows.bytes(), StandardCharsets.US_ASCII));
        assertEquals(true, CsvRows.plain("KAZ"));
        assertEquals(false, CsvRows.plain("K Z"));
        assertEquals(false, CsvRows.plain(""));
    }

    @Test
    void theExponentMatchesTheLogarithmEverywhereInRange() {
        SplittableRandom rnd = new SplittableRandom(5);
        for (int i = 0; i < 500_000; i++) {
            double a = Math.pow(10, rnd.nextDouble(-6, 15));
            if (a < 1e-6 || a >= 1e15) continue;
            assertEquals((int) Math.floor(Math.log10(a)), CsvRows.decimalExponent(a), () -> "at " + a);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void digitCountIsTheLengthOfTheDecimalSpelling() {
        List<Long> values = new ArrayList<>(List.of(0L, 1L, Long.MAX_VALUE));
        for (long p = 1; p > 0 && p <= Long.MAX_VALUE / 10; p *= 10) values.addAll(List.of(p - 1, p, p + 1, 10 * p - 1));
        for (int b = 0; b < 63; b++) values.addAll(List.of(1L << b, (1L << b) - 1, (1L << b) + 1));
        java.util.Random random = new java.util.Random(11);
        for (int k = 0; k < 100_000; k++) values.add(random.nextLong() >>> random.nextInt(64));
        for (long v : values) {
            if (v < 0) continue;
            assertEquals(Long.toString(v).length(), CsvRows.digitCount(v), "digits of " + v);
        }
    }
}
