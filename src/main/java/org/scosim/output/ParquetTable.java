package org.scosim.output;

import com.github.luben.zstd.ZstdCompressCtx;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.ColumnOrder;
import org.apache.parquet.format.ConvertedType;
import org.apache.parquet.format.FieldRepetitionType;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.LogicalType;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.SchemaElement;
import org.apache.parquet.format.StringType;
import org.apache.parquet.format.Type;
import org.apache.parquet.format.TypeDefinedOrder;
import org.apache.parquet.format.Util;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * One table of a run as a Parquet file, written as the replications arrive: their typed rows ({@link ColumnRows})
 * gather into row groups of whole replications, at least {@link #ROW_GROUP_ROWS} rows each ({@link RowGroupBuffer}),
 * and each full group is encoded and appended ({@link ParquetChunks}) while the next gathers; the footer follows
 * when the run ends. Every column is optional (a
 * missing number is null), text is UTF-8 with the STRING logical type, the replication and years are 32-bit integers
 * and the seed 64-bit, as DuckDB, pandas, R's arrow and Spark read them. The bytes depend only on the rows, never on
 * threads or timing.
 */
final class ParquetTable implements Closeable {
    /** Rows per row group at least (DuckDB's default group size): large enough for compression and fast scans. */
    static final int ROW_GROUP_ROWS = 122_880;
    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

    private final List<String> names;
    private final ColumnRows.Kind[] kinds;
    private final int groupRows;
    private final Position out;
    private final ParquetChunks chunks = new ParquetChunks(new ZstdCompressCtx());
    /** The row group gathering, and the other buffer (being encoded, or free). */
    private RowGroupBuffer current, spare;
    private final Executor encoder;
    /** The row group being encoded on {@link #encoder}, if any. */
    private Future<Void> encoding;
    private final List<RowGroup> groups = new ArrayList<>();
    private long rows;

    /**
     * The rows of {@code table}, with the run's own {@code columns} after {@code year}, into {@code file}; full row groups are encoded on {@code encoder} (null: on the caller's thread), one at a time,
     * in order, while the caller goes on.
     */
    ParquetTable(Path file, Tables table, List<RunColumn> columns, Executor encoder) throws IOException {
        this(file, table, columns, ROW_GROUP_ROWS, encoder);
    }

    /** As above with row groups of at least {@code groupRows} rows (tests use small groups). */
    ParquetTable(Path file, Tables table, List<RunColumn> columns, int groupRows, Executor encoder) throws IOException {
        this(file, RunColumn.columns(table, columns), ColumnRows.kindsOf(table, columns), groupRows, encoder);
    }

    /** A table of columns of its own: their names and types, in order. */
    ParquetTable(Path file, List<String> names, ColumnRows.Kind[] kinds, int groupRows, Executor encoder) throws IOException {
        if (names.size() != kinds.length) throw new IllegalArgumentException(names.size() + " names for " + kinds.length + " columns");
        this.encoder = encoder;
        this.names = List.copyOf(names);
        this.kinds = kinds.clone();
        this.groupRows = groupRows;
        this.out = new Position(new BufferedOutputStream(Files.newOutputStream(file), 1 << 20));
        out.write(MAGIC);
    }

    /** Adds one replication's rows, in replication order; its arrays are copied, so it can be dropped. */
    void append(ColumnRows block) throws IOException {
        if (block.width() != kinds.length) {
            throw new IllegalArgumentException("rows of " + block.width() + " columns for a table of " + kinds.length);
        }
        if (block.rows() == 0) return;
        if (current == null) current = new RowGroupBuffer(kinds, block, groupRows + groupRows / 8);
        current.add(block);
        if (current.rows() >= groupRows) flush();
    }

    /** Hands the gathered replications over as one row group, and gathers the next in the other buffer. */
    private void flush() throws IOException {
        if (current == null || current.rows() == 0) return;
        RowGroupBuffer group = current;
        awaitEncoding();   // the other buffer is free again once its group is written
        current = spare;
        spare = group;
        if (current != null) current.clear();
        if (encoder == null) {
            writeGroup(group);
            return;
        }
        FutureTask<Void> task = new FutureTask<>(() -> {
            writeGroup(group);
            return null;
        });
        encoding = task;
        encoder.execute(task);
    }

    /** Waits for the row group being encoded, if any; its failure is this table's. */
    private void awaitEncoding() throws IOException {
        Future<Void> f = encoding;
        if (f == null) return;
        encoding = null;
        try {
            f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            throw new IOException("writing a Parquet row group: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing a Parquet row group", e);
        }
    }

    /** Encodes and appends one row group (one thread at a time: the next waits for this one). */
    private void writeGroup(RowGroupBuffer group) throws IOException {
        List<ColumnChunk> cols = new ArrayList<>(kinds.length);
        long start = out.position(), bytes = 0;
        for (int c = 0; c < kinds.length; c++) {
            ColumnChunk chunk = chunks.write(group, c, names.get(c), out);
            bytes += chunk.getMeta_data().getTotal_uncompressed_size();
            cols.add(chunk);
        }
        RowGroup g = new RowGroup(cols, bytes, group.rows());
        g.setFile_offset(start);
        g.setTotal_compressed_size(out.position() - start);
        g.setOrdinal((short) groups.size());
        groups.add(g);
        rows += group.rows();
    }

    /** Writes the last row group and the footer, and closes the file. */
    void finish() throws IOException {
        awaitEncoding();
        if (current != null && current.rows() > 0) writeGroup(current);
        List<SchemaElement> schema = new ArrayList<>();
        SchemaElement root = new SchemaElement("schema");
        root.setNum_children(kinds.length);
        schema.add(root);
        List<ColumnOrder> orders = new ArrayList<>();
        for (int c = 0; c < kinds.length; c++) {
            SchemaElement e = new SchemaElement(names.get(c));
            e.setRepetition_type(FieldRepetitionType.OPTIONAL);
            e.setType(ParquetChunks.physical(kinds[c]));
            if (kinds[c] == ColumnRows.Kind.TEXT) {
                e.setConverted_type(ConvertedType.UTF8);
                e.setLogicalType(LogicalType.STRING(new StringType()));
            }
            schema.add(e);
            orders.add(ColumnOrder.TYPE_ORDER(new TypeDefinedOrder()));
        }
        FileMetaData meta = new FileMetaData(1, schema, rows, groups);
        meta.setCreated_by("scosim version " + Provenance.version());
        meta.setColumn_orders(orders);
        ByteArrayOutputStream footer = new ByteArrayOutputStream();
        Util.writeFileMetaData(meta, footer);
        out.write(footer.toByteArray());
        int n = footer.size();
        out.write(new byte[]{(byte) n, (byte) (n >>> 8), (byte) (n >>> 16), (byte) (n >>> 24)});
        out.write(MAGIC);
        out.close();
    }

    /** Closes the file as it is (an abandoned run: the ".part" name marks it incomplete). */
    @Override
    public void close() throws IOException {
        Future<Void> f = encoding;
        if (f != null) {
            f.cancel(true);
            try {
                f.get();
            } catch (Exception ignored) {
                // abandoned: whatever the row group did, the file stays a ".part"
            }
        }
        out.close();
    }

    /** A stream that counts the bytes written: column chunks and pages record their offsets in the footer. */
    static final class Position extends OutputStream {
        private final OutputStream out;
        private long position;
        private boolean closed;

        Position(OutputStream out) {
            this.out = out;
        }

        long position() { return position; }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            position++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            position += len;
        }

        @Override
        public void close() throws IOException {
            if (closed) return;
            closed = true;
            out.close();
        }
    }
}
