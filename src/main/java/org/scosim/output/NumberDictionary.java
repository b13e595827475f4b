package org.scosim.output;

import java.util.Arrays;

/** A column chunk's distinct numbers by their bits (open addressing); off once there are too many. */
final class NumberDictionary {
    final int limit;
    long[] keys = new long[1 << 12];
    int[] slot = new int[1 << 12];  // id + 1; 0: empty
    long[] values = new long[(1 << 11) + 1];
    int size;
    boolean on = true;

    NumberDictionary(int limit) {
        this.limit = limit;
    }

    int id(long bits) {
        int mask = keys.length - 1;
        int h = hash(bits) & mask;
        while (slot[h] != 0 && keys[h] != bits) h = (h + 1) & mask;
        if (slot[h] != 0) return slot[h] - 1;
        if (size + 1 >= keys.length / 2) {
            grow();
            mask = keys.length - 1;
            h = hash(bits) & mask;
            while (slot[h] != 0) h = (h + 1) & mask;
        }
        keys[h] = bits;
        slot[h] = size + 1;
        values[size] = bits;
        return size++;
    }

    private static int hash(long bits) {
        return (int) ((bits * 0x9E3779B97F4A7C15L) >>> 40);
    }

    private void grow() {
        int grown = keys.length * 2, mask = grown - 1;
        long[] nk = new long[grown];
        int[] ns = new int[grown];
        for (int q = 0; q < size; q++) {
            int g = hash(values[q]) & mask;
            while (ns[g] != 0) g = (g + 1) & mask;
            nk[g] = values[q];
            ns[g] = q + 1;
        }
        keys = nk;
        slot = ns;
        values = Arrays.copyOf(values, grown / 2 + 1);
    }

    void check(int seen) {
        if (ParquetChunks.tooMany(size, seen, limit)) on = false;   // most values differ (a flow, a trust level)
    }
}
