package org.scosim.output;

import org.apache.parquet.bytes.ByteBufferInputStream;
import org.apache.parquet.column.values.rle.RunLengthBitPackingHybridDecoder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.ByteBuffer;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The RLE / bit-packing hybrid encoding, decoded by Apache Parquet's own decoder: random values, long runs, runs
 * of seven and of eight (the edge of a repeated run), runs starting off a group of eight, every bit width.
 */
class RleHybridTest {
    private static int[] decode(byte[] encoded, int width, int count) throws Exception {
        RunLengthBitPackingHybridDecoder d = new RunLengthBitPackingHybridDecoder(width,
                ByteBufferInputStream.wrap(ByteBuffer.wrap(encoded)));
        int[] out = new int[count];
        for (int k = 0; k < count; k++) out[k] = d.readInt();
        return out;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 7, 8, 9, 12, 16, 17, 24, 31, 32})
    void apacheParquetDecodesWhatIsEncoded(int width) throws Exception {
        SplittableRandom rnd = new SplittableRandom(width);
        long bound = width == 32 ? 1L << 32 : 1L << width;
        RleHybrid rle = new RleHybrid();
        for (int trial = 0; trial < 300; trial++) {
            int count = trial < 20 ? trial : rnd.nextInt(1, 3000);
            int[] v = new int[count];
            int k = 0;
            while (k < count) {
                int value = (int) rnd.nextLong(bound);
                // a run of 1 to 20 values: many around the eight a repeated run needs
                int run = rnd.nextInt(4) == 0 ? rnd.nextInt(1, 600) : rnd.nextInt(1, 21);
                for (int r = 0; r < run && k < count; r++) v[k++] = value;
            }
            assertArrayEquals(v, decode(rle.encode(v, count, width), width, count), "width " + width + " trial " + trial);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {7, 8, 9, 15, 16, 17})
    void aRunOfEqualValuesIsOneRepeatedRunWhereItCanBe(int run) throws Exception {
        int[] v = new int[run + 3];
        v[0] = 1;
        v[1] = 2;
        v[2] = 3;
        for (int k = 3; k < v.length; k++) v[k] = 5;
        byte[] e = new RleHybrid().encode(v, v.length, 3);
        assertArrayEquals(v, decode(e, 3, v.length));
        // three values lend five of the run to make a group of eight; a repeated run needs eight more
        int expected = run - 5 >= 8 ? 1 + 3 + 1 + 1 : 1 + 3 * ((v.length + 7) / 8);
        assertEquals(expected, e.length, "bytes for a run of " + run);
    }

    @ParameterizedTest
    @ValueSource(ints = {504, 505, 1000, 5000})
    void longBitPackedStretchesAreSplitIntoRunsOf504(int count) throws Exception {
        int[] v = new int[count];
        for (int k = 0; k < count; k++) v[k] = k % 2;
        byte[] e = new RleHybrid().encode(v, count, 1);
        assertArrayEquals(v, decode(e, 1, count));
        int groups = (count + 7) / 8, runs = (groups + 62) / 63;
        assertEquals(runs + groups, e.length, "one header byte a run, one byte a group");
    }
}
