package org.scosim.experiment;

import org.scosim.output.AtomicFiles;
import org.scosim.output.Layout;
import org.scosim.output.Measure;
import org.scosim.output.Measures;
import org.scosim.output.ReplicationOutput;
import org.scosim.scenario.StateSpec;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The per-replication values an experiment aggregates, kept beside a run's tables in {@code values.bin}: for every
 * measure its "SCO" series, and China's trade with each partner, every year, as exact doubles. The combined outputs
 * of an experiment are rebuilt from these files by streaming them, one replication at a time.
 *
 * <p>Format (big-endian, {@link DataOutputStream}): magic {@code SCOVALS1}, start year, years, series count, each
 * series' measure and subject (UTF); then per replication: replication (int), seed (long), values (series x years
 * doubles, NaN where the model gave none). Written as {@code values.bin.part} and renamed when the run completes.
 */
public final class ValueSeries {
    public static final String FILE = "values.bin";
    private static final String MAGIC = "SCOVALS1";

    /** Measures given per state rather than for the organization; all others have an "SCO" series. */
    public static final String CHINA_TRADE = "china_trade_bn_usd";

    private ValueSeries() {
    }

    /** A measure for one subject. */
    public record Key(String measure, String subject) {
        public String label() { return Measures.SCO.equals(subject) ? measure : measure + "[" + subject + "]"; }
    }

    /** The measures with an "SCO" series, in the order of {@link Measures#STANDARD}. */
    public static List<String> scoMeasures() {
        List<String> out = new ArrayList<>();
        for (Measure m : Measures.STANDARD) if (m.scope() == Measure.Scope.ORGANIZATION) out.add(m.name());
        return Collections.unmodifiableList(out);
    }

    /** The series kept for a scenario: every SCO measure, then China's trade with each other state. */
    public static List<Key> selection(Layout layout) {
        List<Key> keys = new ArrayList<>();
        for (String m : scoMeasures()) keys.add(new Key(m, Measures.SCO));
        if (layout.scenario().indexOf("CHN") >= 0) {
            for (StateSpec s : layout.scenario().states()) {
                if (!s.iso3().equals("CHN")) keys.add(new Key(CHINA_TRADE, s.iso3()));
            }
        }
        return keys;
    }

    /** Appends replications to {@code values.bin.part}; {@link #finish} gives it its final name. */
    public static final class Writer implements Closeable {
        private final Path target;
        private final DataOutputStream out;
        private final Layout layout;
        private final int[] measureIndex;
        private final int[] subjectIndex;
        private boolean finished;

        public Writer(Path dir, Layout layout) throws IOException {
            this.target = dir.resolve(FILE);
            this.layout = layout;
            List<Key> keys = selection(layout);
            measureIndex = new int[keys.size()];
            subjectIndex = new int[keys.size()];
            for (int k = 0; k < keys.size(); k++) {
                measureIndex[k] = measureIndex(layout, keys.get(k).measure());
                subjectIndex[k] = layout.subjectIndex(keys.get(k).subject());
            }
            out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(AtomicFiles.partOf(target)), 1 << 16));
            out.writeUTF(MAGIC);
            out.writeInt(layout.scenario().startYear());
            out.writeInt(layout.years());
            out.writeInt(keys.size());
            for (Key k : keys) {
                out.writeUTF(k.measure());
                out.writeUTF(k.subject());
            }
        }

        public void add(ReplicationOutput rep) throws IOException {
            out.writeInt(rep.replication());
            out.writeLong(rep.seed());
            double[] v = rep.values();
            for (int k = 0; k < measureIndex.length; k++) {
                for (int t = 0; t < layout.years(); t++) {
                    out.writeDouble(measureIndex[k] < 0 ? Double.NaN : v[layout.index(measureIndex[k], subjectIndex[k], t)]);
                }
            }
        }

        public void finish() throws IOException {
            out.close();
            AtomicFiles.commit(AtomicFiles.partOf(target), target);
            finished = true;
        }

        @Override
        public void close() throws IOException {
            if (!finished) out.close();
        }
    }

    private static int measureIndex(Layout layout, String name) {
        for (int i = 0; i < layout.measures().size(); i++) if (layout.measures().get(i).name().equals(name)) return i;
        return -1;
    }

    /** One replication read back: {@code values[series][yearIndex]}. */
    public record Replication(int replication, long seed, double[][] values) {
    }

    /** Streams a finished {@code values.bin}, one replication at a time. */
    public static final class Reader implements Closeable {
        private final DataInputStream in;
        private final int startYear;
        private final int years;
        private final List<Key> keys;

        public Reader(Path dir) throws IOException {
            Path file = dir.resolve(FILE);
            in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
            if (!MAGIC.equals(in.readUTF())) throw new IOException(file + ": not a scosim values file");
            startYear = in.readInt();
            years = in.readInt();
            int n = in.readInt();
            List<Key> k = new ArrayList<>();
            for (int i = 0; i < n; i++) k.add(new Key(in.readUTF(), in.readUTF()));
            keys = List.copyOf(k);
        }

        public int startYear() { return startYear; }
        public int years() { return years; }
        public int endYear() { return startYear + years - 1; }
        public List<Key> keys() { return keys; }

        /** The next replication, or null at the end of the file. */
        public Replication next() throws IOException {
            int r;
            try {
                r = in.readInt();
            } catch (EOFException e) {
                return null;
            }
            long seed = in.readLong();
            double[][] v = new double[keys.size()][years];
            for (int k = 0; k < keys.size(); k++) for (int t = 0; t < years; t++) v[k][t] = in.readDouble();
            return new Replication(r, seed, v);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
