package org.scosim.output;

import org.scosim.decision.Actor;
import org.scosim.decision.Decision;
import org.scosim.model.Agreement;
import org.scosim.model.MemberState;
import org.scosim.model.ScoModel;
import org.scosim.model.SummitRecord;
import org.scosim.model.YearObserver;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Observes one replication year by year: checks the invariants, reads every declared measure, and writes the rows
 * of each table into memory, as CSV bytes ({@link CsvRows}) or typed for the columnar store ({@link ColumnRows}), so
 * the writer can append them in replication order.
 */
public final class ReplicationCollector implements YearObserver {
    private final Layout layout;
    private final int replicationNumber;
    private final long seedNumber;
    /** The run, replication and seed cells every row starts with, rendered once. */
    private final byte[] lead;
    private final Map<Tables, TableRows> rows = new EnumMap<>(Tables.class);
    private final double[] values;
    /** The run's own cells after the year ({@link RunColumn}). */
    private final byte[][] columnCells;
    /**
     * The measures the states table repeats (a state's total trade, its mean trust in the others), by their place in
     * the layout, -1 when the layout lacks one: their values this year are read back rather than worked out again.
     */
    private final int totalTradeMeasure, trustGivenMeasure;

    public ReplicationCollector(Layout layout, String run, int replication, long seed) {
        this(layout, run, replication, seed, java.util.EnumSet.allOf(Tables.class));
    }

    /** Renders only the given tables; measure values are always kept for the statistics. */
    public ReplicationCollector(Layout layout, String run, int replication, long seed, java.util.Set<Tables> tables) {
        this(layout, run, replication, seed, tables, java.util.List.of());
    }

    /** As above, with the run's own columns after {@code year} in every row ({@link RunColumn}). */
    public ReplicationCollector(Layout layout, String run, int replication, long seed, java.util.Set<Tables> tables,
                                java.util.List<RunColumn> columns) {
        this(layout, run, replication, seed, tables, columns, TableFormat.CSV);
    }

    /** As above, the rows kept as {@code format} needs them: CSV bytes, or typed columns for Parquet. */
    public ReplicationCollector(Layout layout, String run, int replication, long seed, java.util.Set<Tables> tables,
                                java.util.List<RunColumn> columns, TableFormat format) {
        this.layout = layout;
        this.columnCells = new byte[columns.size()][];
        for (int k = 0; k < columns.size(); k++) columnCells[k] = CsvRows.render(columns.get(k).value(), false);
        this.replicationNumber = replication;
        this.seedNumber = seed;
        byte[] runCell = CsvRows.render(run, true);
        byte[] rest = ("," + replication + "," + seed + ",").getBytes(StandardCharsets.US_ASCII);
        this.lead = Arrays.copyOf(runCell, runCell.length + rest.length);
        System.arraycopy(rest, 0, lead, runCell.length, rest.length);
        this.totalTradeMeasure = measureIndex(layout, Measures.TRADE_TOTAL);
        this.trustGivenMeasure = measureIndex(layout, Measures.TRUST_IN_OTHERS);
        this.values = new double[layout.size()];
        Arrays.fill(values, Double.NaN);
        Map<String, byte[]> quoted = new HashMap<>();
        for (Tables t : tables) {
            rows.put(t, format == TableFormat.PARQUET
                    ? layout.typedRows(t, columns, run, replication, seed, expectedRows(t, layout))
                    : new CsvRows(quoted, layout.renderedCells(), layout.csvBuffer(t, expectedBytes(t, layout, lead.length)))
                    .keys(lead, columnCells));
        }
    }

    private static int measureIndex(Layout layout, String name) {
        for (int k = 0; k < layout.measures().size(); k++) if (layout.measures().get(k).name().equals(name)) return k;
        return -1;
    }

    /** A state's trade with all the others this year: as the measures recorded it, else worked out. */
    private double totalTrade(ScoModel m, MemberState st, int yi) {
        double v = recorded(totalTradeMeasure, st, yi);
        return Double.isNaN(v) ? Measures.totalTrade(m, st.index()) : v;
    }

    /** A state's mean trust in the others this year: as the measures recorded it, else worked out. */
    private double trustGiven(ScoModel m, MemberState st, int yi) {
        double v = recorded(trustGivenMeasure, st, yi);
        return Double.isNaN(v) ? Measures.meanTrustGiven(m, st.index()) : v;
    }

    /** A state measure's value this year as the measures recorded it, or NaN when it is not in the layout. */
    private double recorded(int measure, MemberState st, int yi) {
        if (measure < 0) return Double.NaN;
        int si = layout.subjectIndex(st.iso3());
        return si == st.index() + 1 ? values[layout.index(measure, si, yi)] : Double.NaN;
    }

    /** A table's expected size, from the world's dimensions (rows times a typical row); only sizes a buffer. */
    private static int expectedBytes(Tables t, Layout layout, int lead) {
        int seen = layout.rowBytesHint(t);
        if (seen > 0) return seen + seen / 16;
        long years = layout.scenario().endYear() - layout.scenario().startYear() + 1L;
        long n = layout.scenario().states().size();
        long bytes = switch (t) {
            case MEASURES -> layout.size() * (lead + 40L);
            case TRADE -> years * n * (n - 1) / 2 * (lead + 20L);
            case STATES -> years * n * (lead + 80L);
            case DECISIONS, AGREEMENTS -> 1 << 16;
        };
        return (int) Math.min(bytes, 1 << 26);
    }

    /** A table's expected rows in one replication, from the world's dimensions; only sizes the columns. */
    private static int expectedRows(Tables t, Layout layout) {
        int seen = layout.rowsHint(t);
        if (seen > 0) return seen + seen / 16;
        long years = layout.scenario().endYear() - layout.scenario().startYear() + 1L;
        long n = layout.scenario().states().size();
        long rows = switch (t) {
            case MEASURES -> layout.size();
            case TRADE -> years * n * (n - 1) / 2;
            case STATES -> years * n;
            case DECISIONS, AGREEMENTS -> 256;
        };
        return (int) Math.min(rows, 1 << 24);
    }

    /**
     * One year: the measures, then each table's rows. Each part is its own method, so the JIT compiles small methods
     * (one method holding every table took C2 seconds to compile, on the cores the replications need).
     */
    @Override
    public void observe(ScoModel m) {
        if (taken) throw new IllegalStateException("a year observed after the replication's output was taken");
        int year = m.year();
        int yi = year - layout.scenario().startYear();
        measures(m, year, yi);
        TableRows trade = rows.get(Tables.TRADE);
        if (trade != null) tradeRows(trade, m, year);
        TableRows states = rows.get(Tables.STATES);
        if (states != null) stateRows(states, m, year, yi);
        TableRows decisions = rows.get(Tables.DECISIONS);
        if (decisions != null) decisionRows(decisions, m, year);
        TableRows agreements = rows.get(Tables.AGREEMENTS);
        if (agreements != null && year == layout.scenario().endYear()) printAgreements(agreements, m);
    }

    /** Every measure's values this year, kept for the statistics and, when the table is written, as its rows. */
    private void measures(ScoModel m, int year, int yi) {
        sink.year(rows.get(Tables.MEASURES), year, yi);
        for (int k = 0; k < layout.measures().size(); k++) {
            sink.measure(k);
            layout.measures().get(k).reader().read(m, sink);
        }
    }

    private final MeasureSink sink = new MeasureSink();

    /**
     * Where the measures' readers put this year's values: one object for every measure and year, not a lambda made
     * for each; it remembers the last subject, which {@link Layout#subjectIndex(String, int)} tries the next of first.
     */
    private final class MeasureSink implements Measure.Sink {
        private TableRows table;
        private int year, yi, measure, last;

        void year(TableRows table, int year, int yi) {
            this.table = table;
            this.year = year;
            this.yi = yi;
        }

        void measure(int k) {
            measure = k;
            last = -1;
        }

        @Override
        public void value(String subject, double v) {
            int si = layout.subjectIndex(subject, last);
            last = si;
            values[layout.index(measure, si, yi)] = v;
            if (table != null) measureRow(table, year, measure, layout.measures().get(measure), si, subject, v);
        }
    }

    private void measureRow(TableRows measures, int year, int mk, Measure measure, int si, String subject, double v) {
        // the subject's own name, in case it is not one of the layout's (index 0 is then a fallback)
        measures.start(year).known(layout.measureCell(mk), measure.name());
        if (layout.subjectName(si).equals(subject)) measures.known(layout.subjectCell(si), subject);
        else measures.text(subject);
        measures.num(v).end();
    }

    private void tradeRows(TableRows trade, ScoModel m, int year) {
        MemberState[] s = m.states();
        for (int i = 0; i < s.length; i++) {
            for (int j = i + 1; j < s.length; j++) {
                trade.start(year).known(layout.subjectCell(i + 1), layout.subjectName(i + 1))
                        .known(layout.subjectCell(j + 1), layout.subjectName(j + 1)).num(m.trade(i, j)).end();
            }
        }
    }

    private void stateRows(TableRows states, ScoModel m, int year, int yi) {
        for (MemberState st : m.states()) {
            states.start(year).known(layout.subjectCell(st.index() + 1), layout.subjectName(st.index() + 1))
                    .text(st.status().label()).num(st.gdp())
                    .num(st.population()).num(st.milexBn()).num(st.threat()).num(st.securityCooperation())
                    .num(totalTrade(m, st, yi)).num(trustGiven(m, st, yi)).end();
        }
    }

    private void decisionRows(TableRows decisions, ScoModel m, int year) {
        for (SummitRecord r : m.summitRecords()) {
            Decision d = r.decision();
            String participants = String.join(" ", d.participants());
            String rule = RuleNames.describe(d.rule());
            String unit = m.scenario().summit().capability(r.proposal().domain()).unit();
            int from = -1, to = -1;   // the proposal's cells, the same on every actor's row: rendered once
            for (Actor a : r.issue().actors()) {
                if (from < 0) {
                    from = decisions.mark();
                    decisions.start(year).text(r.proposal().id()).text(r.proposal().title())
                            .text(r.proposal().proposer()).text(r.proposal().domain().label()).text(rule)
                            .bool(d.adopted()).num(d.outcome()).text(participants);
                    to = decisions.mark();
                } else {
                    decisions.repeat(from, to);
                }
                decisions.text(a.name()).bool(a.member())
                        .num(a.position()).num(a.salience()).num(a.capability()).text(unit)
                        .text(d.votes().get(a.name()).label())
                        .num(d.gains().getOrDefault(a.name(), 0.0))
                        .bool(d.vetoes().contains(a.name())).bool(d.pivotal().contains(a.name())).end();
            }
        }
    }

    /** Every agreement's implementation year by year, with its final status (the replication has ended). */
    private void printAgreements(TableRows p, ScoModel m) {
        MemberState[] s = m.states();
        byte[][] codes = new byte[s.length][];
        boolean plain = true;
        for (MemberState st : s) {
            codes[st.index()] = st.iso3().getBytes(StandardCharsets.UTF_8);
            plain &= CsvRows.plain(st.iso3());
        }
        for (Agreement a : m.agreements()) {
            StringBuilder signatories = new StringBuilder();
            for (MemberState st : s) if (a.participates(st.index())) signatories.append(signatories.isEmpty() ? "" : " ").append(st.iso3());
            String signed = signatories.toString();
            int from = 0, to = 0;   // the last rendered shares' cells, repeated while the shares stay the same
            for (int k = 0; k < a.yearsRecorded(); k++) {
                p.start(a.yearAdopted() + k).text(a.id()).text(a.title()).text(a.domain().label())
                        .integer(a.yearAdopted()).text(signed);
                if (a.unchangedIn(k)) {
                    int start = p.mark();
                    p.repeat(from, to);
                    from = start;
                    to = p.mark();
                } else {
                    from = p.mark();
                    shares(p, a, k, s, codes, plain);
                    to = p.mark();
                }
                p.text(a.stageIn(k).label()).text(a.stage().label()).end();
            }
        }
    }

    /** An agreement's funding, mean implemented share and the shares by signatory, from year {@code k}'s record. */
    private static void shares(TableRows p, Agreement a, int k, MemberState[] s, byte[][] codes, boolean plain) {
        double sum = 0;
        int n = 0;
        for (MemberState st : s) {
            if (!a.participates(st.index())) continue;
            sum += a.implementedIn(k, st.index());
            n++;
        }
        p.num(a.fundingBnUsd()).num(n == 0 ? 0 : sum / n);
        if (plain) { // "CHN=1 KAZ=0.8 ...": codes and numbers only, which never need quoting
            p.open();
            boolean firstPart = true;
            for (MemberState st : s) {
                if (!a.participates(st.index())) continue;
                if (!firstPart) p.part(' ');
                p.part(codes[st.index()]).part('=').partNum(a.implementedIn(k, st.index()));
                firstPart = false;
            }
        } else {
            StringBuilder by = new StringBuilder();
            for (MemberState st : s) {
                if (!a.participates(st.index())) continue;
                by.append(by.isEmpty() ? "" : " ").append(st.iso3()).append('=').append(Num.format(a.implementedIn(k, st.index())));
            }
            p.textOnce(by.toString());
        }
    }

    /** Whether {@link #output} was taken: the CSV buffers have then gone to later replications. */
    private boolean taken;

    /** The rendered rows and measure values of the finished replication; taken once. */
    public ReplicationOutput output() {
        if (taken) throw new IllegalStateException("a replication's output is taken once");
        taken = true;
        Map<Tables, byte[]> out = new EnumMap<>(Tables.class);
        Map<Tables, ColumnRows> typed = new EnumMap<>(Tables.class);
        rows.forEach((t, r) -> {
            if (r instanceof ColumnRows c) {
                layout.rowsSeen(t, c.rows());
                typed.put(t, c);
                return;
            }
            CsvRows csv = (CsvRows) r;
            byte[] b = csv.bytes();
            layout.csvBufferDone(t, csv.buffer());   // no row is written after the output is taken
            layout.rowBytesSeen(t, b.length);
            out.put(t, b);
        });
        return new ReplicationOutput(replicationNumber, seedNumber, out, values, typed);
    }
}
