package org.scosim.output;

import java.util.Arrays;

/**
 * Parquet's RLE / bit-packing hybrid encoding of small integers (dictionary indices, definition levels): runs of at
 * least eight equal values as one repeated value, the rest bit-packed eight at a time. Written here rather than with
 * Apache Parquet's encoder because the tables' indices come in long runs (a replication's run, seed and years)
 * that are found with one comparison a value, where the library's encoder takes a call a value (docs/performance.md);
 * the tests decode it with Apache Parquet's own decoder, and DuckDB reads the files.
 */
final class RleHybrid {
    /** Groups of eight values per bit-packed run at most: one header byte, as Apache Parquet's writer keeps it. */
    private static final int MAX_GROUPS = 63;

    private byte[] out = new byte[256];
    private int len;

    /** The encoding of {@code values[0..count)}, each in {@code width} bits (1 to 32). */
    byte[] encode(int[] values, int count, int width) {
        if (width < 1 || width > 32) throw new IllegalArgumentException("bit width " + width);
        len = 0;
        int pending = 0; // values from here on are not written yet
        int i = 0;
        while (i < count) {
            int v = values[i], j = i + 1;
            while (j < count && values[j] == v) j++;
            if (j - i >= 8) {
                // the values before a repeated run are bit-packed in whole groups: the run lends them the rest
                int lend = (8 - ((i - pending) & 7)) & 7;
                if (j - i - lend >= 8) {
                    bitPacked(values, pending, i + lend, width);
                    repeated(v, j - i - lend, width);
                    pending = j;
                }
            }
            i = j;
        }
        bitPacked(values, pending, count, width);
        return Arrays.copyOf(out, len);
    }

    /** {@code values[from..to)} bit-packed, in runs of at most {@link #MAX_GROUPS} groups; the last group padded. */
    private void bitPacked(int[] values, int from, int to, int width) {
        long mask = width == 32 ? 0xFFFFFFFFL : (1L << width) - 1;
        while (from < to) {
            int groups = Math.min(MAX_GROUPS, (to - from + 7) / 8);
            ensure(1 + groups * width);
            varint((groups << 1) | 1);
            long acc = 0;
            int bits = 0;
            for (int k = 0; k < groups * 8; k++) {
                int at = from + k;
                long x = at < to ? values[at] & mask : 0;
                acc |= x << bits;
                bits += width;
                while (bits >= 8) {
                    out[len++] = (byte) acc;
                    acc >>>= 8;
                    bits -= 8;
                }
            }
            from += groups * 8;
        }
    }

    /** {@code count} times {@code value}: its length, then the value in whole bytes, little-endian. */
    private void repeated(int value, int count, int width) {
        ensure(10);
        varint(count << 1);
        for (int b = 0; b < (width + 7) / 8; b++) out[len++] = (byte) (value >>> (8 * b));
    }

    private void varint(int v) {
        while ((v & ~0x7F) != 0) {
            out[len++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out[len++] = (byte) v;
    }

    private void ensure(int n) {
        if (len + n + 8 > out.length) out = Arrays.copyOf(out, Math.max(out.length * 2, len + n + 8));
    }
}
