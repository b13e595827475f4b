package org.scosim.output;

import org.apache.commons.csv.CSVPrinter;
import org.scosim.decision.Actor;
import org.scosim.decision.Decision;
import org.scosim.model.Agreement;
import org.scosim.model.MemberState;
import org.scosim.model.ScoModel;
import org.scosim.model.SummitRecord;
import org.scosim.model.YearObserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * Observes one replication year by year: checks the invariants, reads every declared measure, and renders the rows
 * of each table into memory, so the writer can append them in replication order.
 */
public final class ReplicationCollector implements YearObserver {
    private final Layout layout;
    private final String run;
    private final int replicationNumber;
    private final long seedNumber;
    private final String replication;
    private final String seed;
    private final Map<Tables, StringBuilder> text = new EnumMap<>(Tables.class);
    private final Map<Tables, CSVPrinter> printers = new EnumMap<>(Tables.class);
    private final double[] values;

    public ReplicationCollector(Layout layout, String run, int replication, long seed) {
        this(layout, run, replication, seed, java.util.EnumSet.allOf(Tables.class));
    }

    /** Renders only the given tables; measure values are always kept for the statistics. */
    public ReplicationCollector(Layout layout, String run, int replication, long seed, java.util.Set<Tables> tables) {
        this.layout = layout;
        this.run = run;
        this.replicationNumber = replication;
        this.seedNumber = seed;
        this.replication = Integer.toString(replication);
        this.seed = Long.toString(seed);
        this.values = new double[layout.size()];
        Arrays.fill(values, Double.NaN);
        try {
            for (Tables t : tables) {
                StringBuilder sb = new StringBuilder(1 << 14);
                text.put(t, sb);
                printers.put(t, new CSVPrinter(sb, Tables.FORMAT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void observe(ScoModel m) {
        try {
            collect(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // appending to a StringBuilder does not fail
        }
    }

    private void collect(ScoModel m) throws IOException {
        int year = m.year();
        String y = Integer.toString(year);
        int yi = year - layout.scenario().startYear();
        CSVPrinter measures = printers.get(Tables.MEASURES);
        for (int k = 0; k < layout.measures().size(); k++) {
            Measure measure = layout.measures().get(k);
            int mk = k;
            measure.reader().read(m, (subject, v) -> {
                values[layout.index(mk, layout.subjectIndex(subject), yi)] = v;
                if (measures != null) print(measures, run, replication, seed, y, measure.name(), subject, Num.format(v));
            });
        }
        MemberState[] s = m.states();
        CSVPrinter trade = printers.get(Tables.TRADE);
        for (int i = 0; trade != null && i < s.length; i++) {
            for (int j = i + 1; j < s.length; j++) {
                trade.printRecord(run, replication, seed, y, s[i].iso3(), s[j].iso3(), Num.format(m.trade(i, j)));
            }
        }
        CSVPrinter states = printers.get(Tables.STATES);
        for (MemberState st : states == null ? new MemberState[0] : s) {
            states.printRecord(run, replication, seed, y, st.iso3(), st.status().label(), Num.format(st.gdp()),
                    Num.format(st.population()), Num.format(st.milexBn()), Num.format(st.threat()),
                    Num.format(st.securityCooperation()), Num.format(Measures.totalTrade(m, st.index())),
                    Num.format(Measures.meanTrustGiven(m, st.index())));
        }
        CSVPrinter decisions = printers.get(Tables.DECISIONS);
        for (SummitRecord r : decisions == null ? java.util.List.<SummitRecord>of() : m.summitRecords()) {
            Decision d = r.decision();
            String participants = String.join(" ", d.participants());
            for (Actor a : r.issue().actors()) {
                decisions.printRecord(run, replication, seed, y, r.proposal().id(), r.proposal().title(),
                        r.proposal().proposer(), r.proposal().domain().label(), RuleNames.describe(d.rule()),
                        d.adopted(), Num.format(d.outcome()), participants, a.name(), a.member(),
                        Num.format(a.position()), Num.format(a.salience()), Num.format(a.capability()),
                        m.scenario().summit().capability(r.proposal().domain()).unit(),
                        d.votes().get(a.name()).name().toLowerCase().replace('_', '-'),
                        Num.format(d.gains().getOrDefault(a.name(), 0.0)),
                        d.vetoes().contains(a.name()), d.pivotal().contains(a.name()));
            }
        }
        CSVPrinter agreements = printers.get(Tables.AGREEMENTS);
        if (agreements != null && year == layout.scenario().endYear()) printAgreements(agreements, m);
    }

    /** Every agreement's implementation year by year, with its final status (the replication has ended). */
    private void printAgreements(CSVPrinter p, ScoModel m) throws IOException {
        MemberState[] s = m.states();
        for (Agreement a : m.agreements()) {
            StringBuilder signatories = new StringBuilder();
            for (MemberState st : s) if (a.participates(st.index())) signatories.append(signatories.isEmpty() ? "" : " ").append(st.iso3());
            java.util.List<double[]> history = a.history();
            java.util.List<Agreement.Stage> stages = a.stages();
            for (int k = 0; k < history.size(); k++) {
                double[] h = history.get(k);
                StringBuilder by = new StringBuilder();
                double sum = 0;
                int n = 0;
                for (MemberState st : s) {
                    if (!a.participates(st.index())) continue;
                    by.append(by.isEmpty() ? "" : " ").append(st.iso3()).append('=').append(Num.format(h[st.index()]));
                    sum += h[st.index()];
                    n++;
                }
                p.printRecord(run, replication, seed, a.yearAdopted() + k, a.id(), a.title(), a.domain().label(),
                        a.yearAdopted(), signatories, Num.format(a.fundingBnUsd()), Num.format(n == 0 ? 0 : sum / n),
                        by, stages.get(k).label(), a.stage().label());
            }
        }
    }

    private static void print(CSVPrinter p, Object... cells) {
        try {
            p.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rendered rows and measure values of the finished replication. */
    public ReplicationOutput output() {
        Map<Tables, String> rows = new EnumMap<>(Tables.class);
        text.forEach((t, sb) -> rows.put(t, sb.toString()));
        return new ReplicationOutput(replicationNumber, seedNumber, rows, values);
    }
}
