package org.scosim.output;

import com.github.luben.zstd.ZstdCompressCtx;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.ColumnMetaData;
import org.apache.parquet.format.CompressionCodec;
import org.apache.parquet.format.DataPageHeader;
import org.apache.parquet.format.DictionaryPageHeader;
import org.apache.parquet.format.Encoding;
import org.apache.parquet.format.PageHeader;
import org.apache.parquet.format.PageType;
import org.apache.parquet.format.Statistics;
import org.apache.parquet.format.Type;
import org.apache.parquet.format.Util;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Encodes one column of a row group ({@link RowGroupBuffer}) as a Parquet column chunk: a dictionary page and a
 * dictionary-indexed data page when the column has few distinct values (names, labels, years, exogenous figures),
 * else one plain data page; both compressed with zstd, except a plain column that zstd did not shrink by an eighth
 * in the table's first row group ({@link #KEEP_EIGHTHS}). Definition levels mark the missing numbers. Levels and
 * indices are RLE / bit-packed ({@link RleHybrid}); Apache Parquet's Thrift structures write the page headers and
 * metadata. One pass over a column finds its missing values, its range and its dictionary.
 */
final class ParquetChunks {
    /**
     * zstd levels (docs/performance.md): dictionaries and their indices at 3; plain pages, mostly numbers whose bytes
     * are near random, at 2, which is nearly as small and twice as fast.
     */
    static final int ZSTD_LEVEL = 3, ZSTD_LEVEL_PLAIN = 2;
    /** A column is dictionary-encoded while its distinct values are at most a quarter of its values (and some). */
    static final int DICTIONARY_SHARE = 4, DICTIONARY_FLOOR = 64;
    /** After this many values, a column more than half of whose values differ is written plain. */
    static final int EARLY_LOOK = 2048;
    /**
     * A plain column whose first row group zstd shrank by less than an eighth is stored uncompressed from then on:
     * numbers whose bytes are near random (the trade flows) gain about a tenth for the cost of compressing every page.
     */
    static final int KEEP_EIGHTHS = 7;
    /** Text dictionaries ({@link TextDictionary}) stay below this many bytes, so a reader's pages stay small. */
    static final int DICTIONARY_MAX_BYTES = 1 << 20;

    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle DOUBLES = MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.LITTLE_ENDIAN);

    static {
        // Thrift writes the footer through a read-only ByteBuffer, whose class is first loaded then, at the end of the
        // first file: C2 had compiled scanText believing HeapByteBuffer had no subclass, and had to compile it again
        // (docs/performance.md, seventeenth round). Loaded here, before anything is compiled, it is known from the start.
        ByteBuffer.allocate(1).asReadOnlyBuffer();
    }

    private final ZstdCompressCtx zstd;
    /** Per column of the table: whether its plain pages are compressed (0: not known yet, 1: yes, 2: no). */
    private byte[] plainVerdict = new byte[0];
    private final RleHybrid rle = new RleHybrid();
    private int[] ids = new int[0];
    private int[] levels = new int[0];
    private boolean[] missing = new boolean[0];
    /** Identity cache in front of the text dictionary: direct-mapped, cleared per column chunk. */
    private static final int CACHE = 1024;
    private final Object[] cacheKeys = new Object[CACHE];
    private final int[] cacheIds = new int[CACHE];

    ParquetChunks(ZstdCompressCtx zstd) {
        this.zstd = zstd;
    }

    static Type physical(ColumnRows.Kind k) {
        return switch (k) {
            case TEXT -> Type.BYTE_ARRAY;
            case INT32 -> Type.INT32;
            case INT64 -> Type.INT64;
            case DOUBLE -> Type.DOUBLE;
            case BOOLEAN -> Type.BOOLEAN;
        };
    }

    /** Writes column {@code c} of the row group at the stream's position. */
    ColumnChunk write(RowGroupBuffer g, int c, String name, ParquetTable.Position out) throws IOException {
        int rows = g.rows();
        ColumnRows.Kind kind = g.kinds[c];
        if (ids.length < rows) {
            ids = new int[rows];
            missing = new boolean[rows];
        }
        Scan scan = switch (kind) {
            case TEXT -> scanText(g, c);
            case BOOLEAN -> new Scan(0, null, null, null, 0);
            default -> scanNumbers(g, c);
        };
        if (kind == ColumnRows.Kind.BOOLEAN) Arrays.fill(missing, 0, rows, false);
        int present = rows - scan.nulls;
        byte[] levelBytes = definitionLevels(rows, scan.nulls);
        long start = out.position(), dictionaryOffset = -1, uncompressed = 0;
        List<Encoding> encodings = new ArrayList<>(List.of(Encoding.RLE));
        byte[] values;
        Encoding encoding;
        int level = ZSTD_LEVEL;
        if (scan.dictionary != null) {
            dictionaryOffset = out.position();
            PageHeader h = new PageHeader(PageType.DICTIONARY_PAGE, scan.dictionary.length, 0);
            h.setDictionary_page_header(new DictionaryPageHeader(scan.size, Encoding.PLAIN));
            uncompressed += page(h, scan.dictionary, ZSTD_LEVEL, out);
            values = indices(scan.size, present);
            encoding = Encoding.RLE_DICTIONARY;
            encodings.add(Encoding.PLAIN);
            encodings.add(Encoding.RLE_DICTIONARY);
        } else {
            values = plain(g, c, present);
            encoding = Encoding.PLAIN;
            encodings.add(Encoding.PLAIN);
            if (kind != ColumnRows.Kind.BOOLEAN) level = ZSTD_LEVEL_PLAIN;
        }
        long dataOffset = out.position();
        byte[] data = new byte[levelBytes.length + values.length];
        System.arraycopy(levelBytes, 0, data, 0, levelBytes.length);
        System.arraycopy(values, 0, data, levelBytes.length, values.length);
        if (plainVerdict.length <= c) plainVerdict = Arrays.copyOf(plainVerdict, c + 1);
        boolean plainPage = scan.dictionary == null && kind != ColumnRows.Kind.BOOLEAN;
        CompressionCodec codec = plainPage && plainVerdict[c] == 2 ? CompressionCodec.UNCOMPRESSED : CompressionCodec.ZSTD;
        PageHeader h = new PageHeader(PageType.DATA_PAGE, data.length, 0);
        h.setData_page_header(new DataPageHeader(rows, encoding, Encoding.RLE, Encoding.RLE));
        if (codec == CompressionCodec.ZSTD) {
            long before = out.position();
            uncompressed += page(h, data, level, out);
            if (plainPage && plainVerdict[c] == 0) {
                plainVerdict[c] = (byte) ((out.position() - before) * 8 <= (long) data.length * KEEP_EIGHTHS ? 1 : 2);
            }
        } else {
            uncompressed += page(h, data, out);
        }
        ColumnMetaData meta = new ColumnMetaData(physical(kind), encodings, List.of(name), codec, rows,
                uncompressed, out.position() - start, dataOffset);
        if (dictionaryOffset >= 0) meta.setDictionary_page_offset(dictionaryOffset);
        Statistics stats = new Statistics();
        stats.setNull_count(scan.nulls);
        if (scan.min != null) {
            stats.setMin_value(scan.min);
            stats.setMax_value(scan.max);
        }
        meta.setStatistics(stats);
        ColumnChunk chunk = new ColumnChunk(start);
        chunk.setMeta_data(meta);
        return chunk;
    }

    /**
     * What one pass over a column found: its missing values ({@link #missing}), the smallest and largest value
     * (null: none kept), and its dictionary page and size when it has few distinct values ({@link #ids} then holds
     * the present values' indices), else null.
     */
    private record Scan(int nulls, byte[] min, byte[] max, byte[] dictionary, int size) {
    }

    private static int limit(int values) {
        return values / DICTIONARY_SHARE + DICTIONARY_FLOOR;
    }

    /** Whether a dictionary of {@code size} after {@code seen} values, {@code limit} at most, is given up. */
    static boolean tooMany(int size, int seen, int limit) {
        return size > limit || seen >= EARLY_LOOK && size > seen / 2;
    }

    /**
     * Text: each cell's string (most recur as the very same object: names, labels) or bytes (a cell of parts). A
     * replication's constant is looked up once; elsewhere the run of equal cells and a small cache by identity
     * answer most lookups before the dictionary's map does.
     */
    private Scan scanText(RowGroupBuffer g, int c) {
        int rows = g.rows();
        TextDictionary d = new TextDictionary(limit(rows));
        int m = 0, nulls = 0;
        if (g.perReplication(c)) {
            Arrays.fill(missing, 0, rows, false);
            for (int run = 0; run < g.runs() && d.on; run++) {
                int n = g.runRows(run);
                Arrays.fill(ids, m, m + n, d.id(g.runValue(c, run)));
                m += n;
                d.check(m);
            }
        } else {
            Arrays.fill(cacheKeys, null);
            Object[] v = g.texts(c);
            Object last = null;
            int lastId = -1;
            for (int r = 0; r < rows; r++) {
                Object cell = v[r];
                missing[r] = cell == null;
                if (cell == null) {
                    nulls++;
                    continue;
                }
                if (!d.on) continue;
                if (cell == RowGroupBuffer.PARTS) { // by content: each such cell is its own
                    ids[m++] = d.id(g.arena(c), g.partsOffset(c, r), g.partsLength(c, r));
                    last = null;
                    if ((m & 255) == 0) d.check(m);
                    continue;
                }
                if (cell != last) { // runs: a reporter's rows, a proposal's actors
                    int slot = System.identityHashCode(cell) & (CACHE - 1);
                    if (cacheKeys[slot] == cell) {
                        lastId = cacheIds[slot];
                    } else {
                        lastId = d.id(cell);
                        cacheKeys[slot] = cell;
                        cacheIds[slot] = lastId;
                    }
                    last = cell;
                }
                ids[m++] = lastId;
                if ((m & 255) == 0) d.check(m);
            }
            d.check(m);
        }
        if (d.values.isEmpty() || !d.on) return new Scan(nulls, null, null, null, 0);
        ByteBuffer page = ByteBuffer.allocate(d.bytes).order(ByteOrder.LITTLE_ENDIAN);
        byte[] min = d.values.get(0), max = d.values.get(0);
        for (byte[] u : d.values) {
            page.putInt(u.length).put(u);
            if (Arrays.compareUnsigned(u, min) < 0) min = u;
            if (Arrays.compareUnsigned(u, max) > 0) max = u;
        }
        return new Scan(nulls, min, max, page.array(), d.values.size());
    }

    static byte[] utf8(Object cell) {
        return cell instanceof byte[] raw ? raw : ((String) cell).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Numbers (missing: NaN or infinite) and integers, by their bits: their range and dictionary; a replication's
     * constant is looked up once.
     */
    private Scan scanNumbers(RowGroupBuffer g, int c) {
        int rows = g.rows();
        ColumnRows.Kind kind = g.kinds[c];
        NumberDictionary d = new NumberDictionary(limit(rows));
        boolean isDouble = kind == ColumnRows.Kind.DOUBLE;
        double dmin = Double.POSITIVE_INFINITY, dmax = Double.NEGATIVE_INFINITY;
        long lmin = Long.MAX_VALUE, lmax = Long.MIN_VALUE;
        int m = 0, nulls = 0;
        if (g.perReplication(c)) {
            for (int run = 0, r = 0; run < g.runs(); r += g.runRows(run), run++) {
                int n = g.runRows(run);
                Object constant = g.runValue(c, run);
                long bits;
                if (constant instanceof Double x) {
                    if (!Double.isFinite(x)) {
                        Arrays.fill(missing, r, r + n, true);
                        nulls += n;
                        continue;
                    }
                    dmin = Math.min(dmin, x);
                    dmax = Math.max(dmax, x);
                    bits = Double.doubleToRawLongBits(x);
                } else {
                    bits = (Long) constant;
                    lmin = Math.min(lmin, bits);
                    lmax = Math.max(lmax, bits);
                }
                Arrays.fill(missing, r, r + n, false);
                if (d.on) {
                    Arrays.fill(ids, m, m + n, d.id(bits));
                    m += n;
                    d.check(m);
                }
            }
        } else if (isDouble) {
            double[] v = g.doubles(c);
            long last = 0;
            int lastId = -1;
            for (int r = 0; r < rows; r++) {
                double x = v[r];
                if (!Double.isFinite(x)) {
                    missing[r] = true;
                    nulls++;
                    continue;
                }
                missing[r] = false;
                if (x < dmin) dmin = x;
                if (x > dmax) dmax = x;
                if (!d.on) continue;
                long bits = Double.doubleToRawLongBits(x);
                if (bits != last || lastId < 0) {
                    lastId = d.id(bits);
                    last = bits;
                }
                ids[m++] = lastId;
                if ((m & 255) == 0) d.check(m);
            }
            d.check(m);
        } else {
            long[] v = g.longs(c);
            Arrays.fill(missing, 0, rows, false);
            long last = 0;
            int lastId = -1;
            for (int r = 0; r < rows; r++) {
                long bits = v[r];
                if (bits < lmin) lmin = bits;
                if (bits > lmax) lmax = bits;
                if (!d.on) continue;
                if (bits != last || lastId < 0) { // runs: a year's rows
                    lastId = d.id(bits);
                    last = bits;
                }
                ids[m++] = lastId;
                if ((m & 255) == 0) d.check(m);
            }
            d.check(m);
        }
        int width = kind == ColumnRows.Kind.INT32 ? 4 : 8;
        byte[] min = null, max = null;
        if (nulls < rows) {
            if (isDouble) {
                // the format's rule for zeros: a minimum of zero is written -0.0, a maximum +0.0
                if (dmin == 0) dmin = -0.0;
                if (dmax == 0) dmax = 0.0;
                min = le(Double.doubleToRawLongBits(dmin), 8);
                max = le(Double.doubleToRawLongBits(dmax), 8);
            } else {
                min = le(lmin, width);
                max = le(lmax, width);
            }
        }
        if (!d.on || d.size == 0) return new Scan(nulls, min, max, null, 0);
        byte[] page = new byte[d.size * width];
        for (int k = 0; k < d.size; k++) {
            if (width == 4) INTS.set(page, 4 * k, (int) d.values[k]);
            else LONGS.set(page, 8 * k, d.values[k]);
        }
        return new Scan(nulls, min, max, page, d.size);
    }

    /** Definition levels, with their length in front: one run of ones when nothing is missing. */
    private byte[] definitionLevels(int rows, int nulls) {
        byte[] body;
        if (nulls == 0) {
            body = rleRun(rows, 1);
        } else {
            if (levels.length < rows) levels = new int[rows];
            for (int k = 0; k < rows; k++) levels[k] = missing[k] ? 0 : 1;
            body = rle.encode(levels, rows, 1);
        }
        byte[] out = new byte[4 + body.length];
        INTS.set(out, 0, body.length);
        System.arraycopy(body, 0, out, 4, body.length);
        return out;
    }

    /** One RLE run of {@code count} times a value of one byte (bit width 1 to 8). */
    private static byte[] rleRun(int count, int value) {
        ByteArrayOutputStream b = new ByteArrayOutputStream(8);
        long header = (long) count << 1;
        while ((header & ~0x7FL) != 0) {
            b.write((int) (header & 0x7F) | 0x80);
            header >>>= 7;
        }
        b.write((int) header);
        b.write(value);
        return b.toByteArray();
    }

    /** The dictionary indices of the present values: their bit width, then the RLE / bit-packed indices. */
    private byte[] indices(int size, int present) {
        int width = Math.max(1, 32 - Integer.numberOfLeadingZeros(size - 1));
        byte[] body = rle.encode(ids, present, width);
        byte[] out = new byte[1 + body.length];
        out[0] = (byte) width;
        System.arraycopy(body, 0, out, 1, body.length);
        return out;
    }

    /** Compresses and writes a page with its header; returns its uncompressed size with the header. */
    private int page(PageHeader h, byte[] body, int level, ParquetTable.Position out) throws IOException {
        zstd.setLevel(level);
        return stored(h, body.length, zstd.compress(body), out);
    }

    /** Writes a page uncompressed with its header; returns its size with the header. */
    private static int page(PageHeader h, byte[] body, ParquetTable.Position out) throws IOException {
        return stored(h, body.length, body, out);
    }

    /** A page's header and its bytes as stored; returns the page's uncompressed size with the header. */
    private static int stored(PageHeader h, int uncompressed, byte[] bytes, ParquetTable.Position out) throws IOException {
        h.setCompressed_page_size(bytes.length);
        ByteArrayOutputStream head = new ByteArrayOutputStream(32);
        Util.writePageHeader(h, head);
        head.writeTo(out);
        out.write(bytes);
        return head.size() + uncompressed;
    }

    /** The present values, plain: little-endian numbers, length-prefixed UTF-8, or bit-packed booleans. */
    private byte[] plain(RowGroupBuffer g, int c, int present) {
        int rows = g.rows();
        ColumnRows.Kind kind = g.kinds[c];
        boolean runs = g.perReplication(c);
        if (kind == ColumnRows.Kind.TEXT) {
            ByteArrayOutputStream o = new ByteArrayOutputStream(Math.max(64, present * 16));
            byte[] len = new byte[4];
            for (int r = 0, run = 0, left = runs ? g.runRows(0) : 0; r < rows; r++) {
                Object cell;
                if (runs) {
                    while (left == 0) left = g.runRows(++run);
                    left--;
                    cell = g.runValue(c, run);
                } else {
                    cell = g.texts(c)[r];
                }
                if (cell == null) continue;
                if (cell == RowGroupBuffer.PARTS) {
                    int n = g.partsLength(c, r);
                    INTS.set(len, 0, n);
                    o.write(len, 0, 4);
                    o.write(g.arena(c), g.partsOffset(c, r), n);
                    continue;
                }
                byte[] u = utf8(cell);
                INTS.set(len, 0, u.length);
                o.write(len, 0, 4);
                o.write(u, 0, u.length);
            }
            return o.toByteArray();
        }
        if (kind == ColumnRows.Kind.BOOLEAN) {
            byte[] bits = new byte[(present + 7) / 8];
            long[] v = g.longs(c);
            for (int r = 0; r < rows; r++) if (v[r] != 0) bits[r >>> 3] |= (byte) (1 << (r & 7));
            return bits;
        }
        int width = kind == ColumnRows.Kind.INT32 ? 4 : 8;
        byte[] o = new byte[present * width];
        if (runs) {
            int p = 0;
            for (int run = 0; run < g.runs(); run++) {
                Object x = g.runValue(c, run);
                for (int k = 0; k < g.runRows(run); k++) {
                    if (x instanceof Double d) {
                        if (!Double.isFinite(d)) continue;
                        DOUBLES.set(o, p, d);
                    } else if (width == 4) {
                        INTS.set(o, p, (int) (long) (Long) x);
                    } else {
                        LONGS.set(o, p, (long) (Long) x);
                    }
                    p += width;
                }
            }
        } else if (kind == ColumnRows.Kind.DOUBLE) {
            double[] v = g.doubles(c);
            for (int r = 0, p = 0; r < rows; r++) {
                if (missing[r]) continue;
                DOUBLES.set(o, p, v[r]);
                p += 8;
            }
        } else {
            long[] v = g.longs(c);
            for (int r = 0; r < rows; r++) {
                if (width == 4) INTS.set(o, 4 * r, (int) v[r]);
                else LONGS.set(o, 8 * r, v[r]);
            }
        }
        return o;
    }

    private static byte[] le(long v, int width) {
        byte[] b = new byte[width];
        for (int k = 0; k < width; k++) b[k] = (byte) (v >>> (8 * k));
        return b;
    }
}
