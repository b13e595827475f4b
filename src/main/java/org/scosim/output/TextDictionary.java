package org.scosim.output;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A column chunk's distinct texts, by content; off once there are too many. */
final class TextDictionary {
    final Map<Object, Integer> byContent = new HashMap<>();
    final List<byte[]> values = new ArrayList<>();
    final int limit;
    int bytes;
    boolean on = true;

    TextDictionary(int limit) {
        this.limit = limit;
    }

    int id(Object cell) {
        Object key = cell instanceof byte[] raw ? ByteBuffer.wrap(raw) : cell;
        Integer known = byContent.get(key);
        if (known == null) {
            byte[] utf8 = ParquetChunks.utf8(cell);
            known = values.size();
            values.add(utf8);
            bytes += 4 + utf8.length;
            byContent.put(key, known);
        }
        return known;
    }

    /** A cell made of parts, its bytes in an arena ({@link RowGroupBuffer#arena}). */
    int id(byte[] arena, int offset, int length) {
        ByteBuffer key = ByteBuffer.wrap(arena, offset, length);
        Integer known = byContent.get(key);
        if (known == null) {
            byte[] utf8 = Arrays.copyOfRange(arena, offset, offset + length);
            known = values.size();
            values.add(utf8);
            bytes += 4 + utf8.length;
            byContent.put(ByteBuffer.wrap(utf8), known);
        }
        return known;
    }

    void check(int seen) {
        if (ParquetChunks.tooMany(values.size(), seen, limit) || bytes > ParquetChunks.DICTIONARY_MAX_BYTES) on = false;
    }
}
