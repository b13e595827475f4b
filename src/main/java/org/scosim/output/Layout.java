package org.scosim.output;

import org.scosim.scenario.Scenario;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a measure value sits in a replication's flat array: measure x subject x year. Subject 0 is the organization
 * ("SCO"), subject i+1 is state i. The layout itself is immutable; subjects are found by name through a map built once
 * (a world of 1,000 states asks for them on every value). It also carries what a run's replications share and that
 * never changes their rows: buffer-size hints, rendered cells, column types and typed rows handed on (thread-safe).
 */
public final class Layout {
    private final Scenario scenario;
    private final List<Measure> measures;
    private final Map<String, Integer> subjects = new HashMap<>();
    /**
     * The bytes each table's rows took in the last replication rendered with this layout: only a buffer size for the
     * next (threads may overwrite each other's hint; any value gives the same rows).
     */
    private final int[] rowBytesHint = new int[Tables.values().length];
    private final int[] rowsHint = new int[Tables.values().length];
    /** Text cells already rendered for the tables by this run's replications ({@link CsvRows}). */
    private final Map<String, byte[]> renderedCells = new java.util.concurrent.ConcurrentHashMap<>();
    /** Each table's column types, with a run's own columns ({@link ColumnRows#kindsOf}), worked out once. */
    private final Map<List<Object>, ColumnRows.Kind[]> columnKinds = new java.util.concurrent.ConcurrentHashMap<>();
    /** Each table's typed rows, handed from replication to replication ({@link RowsPool}). */
    private final Map<Tables, RowsPool> rowsPools = new java.util.EnumMap<>(Tables.class);
    /**
     * Each table's CSV buffers, handed from replication to replication: a replication renders its rows into one and
     * keeps a copy of its exact size, so the next one need not allocate and clear a buffer as large again. Bounded,
     * like the typed rows' pool.
     */
    private final Map<Tables, java.util.concurrent.ArrayBlockingQueue<byte[]>> csvBuffers = new java.util.EnumMap<>(Tables.class);
    /** Each measure's name and each subject's name as table cells, rendered once for every replication. */
    private final byte[][] measureCells, subjectCells;
    /** Subject k's name: the organization's, then each state's code (read on every row of the tables). */
    private final String[] subjectNames;

    public Layout(Scenario scenario, List<Measure> measures) {
        this.scenario = scenario;
        this.measures = List.copyOf(measures);
        subjects.put(Measures.SCO, 0);
        for (int i = 0; i < scenario.states().size(); i++) subjects.putIfAbsent(scenario.states().get(i).iso3(), i + 1);
        measureCells = new byte[this.measures.size()][];
        for (int k = 0; k < measureCells.length; k++) measureCells[k] = CsvRows.render(this.measures.get(k).name(), false);
        for (Tables t : Tables.values()) {
            rowsPools.put(t, new RowsPool());
            csvBuffers.put(t, new java.util.concurrent.ArrayBlockingQueue<>(RowsPool.KEPT));
        }
        subjectNames = new String[subjects()];
        subjectNames[0] = Measures.SCO;
        for (int i = 0; i < scenario.states().size(); i++) subjectNames[i + 1] = scenario.states().get(i).iso3();
        subjectCells = new byte[subjects()][];
        for (int k = 0; k < subjectCells.length; k++) subjectCells[k] = CsvRows.render(subjectName(k), false);
    }

    public Scenario scenario() { return scenario; }
    public List<Measure> measures() { return measures; }
    public int subjects() { return scenario.states().size() + 1; }
    public int years() { return scenario.years(); }
    public int size() { return measures.size() * subjects() * years(); }

    public int index(int measure, int subject, int yearIndex) {
        return (measure * subjects() + subject) * years() + yearIndex;
    }

    /** The subject's index: 0 for the organization, i+1 for state i, 0 for an unknown name (-1 + 1, as before). */
    public int subjectIndex(String subject) {
        Integer i = subjects.get(subject);
        return i != null ? i : 0;
    }

    /**
     * The same, the subject after {@code last} tried first by identity: a state measure's reader names the states
     * in their order, with the scenario's own strings, so most lookups need no hashing.
     */
    int subjectIndex(String subject, int last) {
        int next = last + 1;
        return next < subjectNames.length && subjectNames[next] == subject ? next : subjectIndex(subject);
    }

    /** The size of a table's rows in a recent replication, 0 before the first. */
    int rowBytesHint(Tables t) { return rowBytesHint[t.ordinal()]; }

    void rowBytesSeen(Tables t, int bytes) { rowBytesHint[t.ordinal()] = bytes; }

    /** The rows of a table in the run's last finished replication (0: none yet), to size the next one's columns. */
    int rowsHint(Tables t) { return rowsHint[t.ordinal()]; }

    void rowsSeen(Tables t, int rows) { rowsHint[t.ordinal()] = rows; }

    Map<String, byte[]> renderedCells() { return renderedCells; }

    /** Typed rows of table {@code t} for one replication, in arrays an earlier replication gave back when it can. */
    ColumnRows typedRows(Tables t, List<RunColumn> columns, String run, int replication, long seed, int capacity) {
        return rowsPools.get(t).take(columnKinds(t, columns), columns, run, replication, seed, capacity);
    }

    /** A buffer for a replication's CSV rows of table {@code t}: one given back, else a new one of {@code capacity} bytes. */
    byte[] csvBuffer(Tables t, int capacity) {
        byte[] b = csvBuffers.get(t).poll();
        return b != null ? b : new byte[capacity];
    }

    /** Gives a buffer back once its rows are copied out; nothing may write to it afterwards. */
    void csvBufferDone(Tables t, byte[] buffer) {
        csvBuffers.get(t).offer(buffer);
    }

    /** A table's column types with the run's own {@code columns} (shared: callers only read them). */
    ColumnRows.Kind[] columnKinds(Tables t, List<RunColumn> columns) {
        return columnKinds.computeIfAbsent(List.of(t, columns), k -> ColumnRows.kindsOf(t, columns));
    }

    /** Measure k's name as a table cell (shared: callers only read it). */
    byte[] measureCell(int k) { return measureCells[k]; }

    /** Subject k's name as a table cell (shared: callers only read it). */
    byte[] subjectCell(int k) { return subjectCells[k]; }

    public String subjectName(int subject) {
        return subjectNames[subject];
    }
}
