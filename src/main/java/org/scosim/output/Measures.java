package org.scosim.output;

import org.scosim.decision.Decision;
import org.scosim.model.Agreement;
import org.scosim.model.MemberState;
import org.scosim.model.ScoModel;
import org.scosim.model.SummitRecord;
import org.scosim.scenario.Status;

import java.util.List;
import java.util.function.ToIntFunction;

import static org.scosim.output.Measure.Range;

/** The measures every run collects. Subjects: "SCO" for the organization as a whole, else a state's ISO3. */
public final class Measures {
    public static final String SCO = "SCO";
    /** Measures the states table repeats as its columns. */
    static final String TRADE_TOTAL = "trade_total_bn_usd", TRUST_IN_OTHERS = "trust_in_others";

    private Measures() {
    }

    public static final List<Measure> STANDARD = List.of(
            new Measure("intra_sco_trade_bn_usd", "Trade among members", "US$ bn", Measure.Scope.ORGANIZATION,
                    Range.NON_NEGATIVE, (m, s) -> s.value(SCO, intraMemberTrade(m))),
            new Measure("china_trade_bn_usd", "China's total trade with each partner", "US$ bn", Measure.Scope.STATES,
                    Range.NON_NEGATIVE, Measures::chinaTrade),
            new Measure("mean_trust", "Mean trust among members", "trust (0-1)", Measure.Scope.ORGANIZATION,
                    Range.SHARE, (m, s) -> s.value(SCO, meanMemberTrust(m))),
            new Measure("agreements_adopted", "Agreements adopted (cumulative)", "agreements", Measure.Scope.ORGANIZATION,
                    Range.NON_NEGATIVE, (m, s) -> s.value(SCO, m.agreements().size())),
            new Measure("agreements_implemented", "Agreements fully implemented (cumulative)", "agreements", Measure.Scope.ORGANIZATION,
                    Range.NON_NEGATIVE, (m, s) -> s.value(SCO, count(m, Agreement.Stage.IMPLEMENTED))),
            new Measure("agreements_on_paper", "Agreements left on paper (cumulative)", "agreements", Measure.Scope.ORGANIZATION,
                    Range.NON_NEGATIVE, (m, s) -> s.value(SCO, count(m, Agreement.Stage.ON_PAPER))),
            // Every adopted agreement is in exactly one stage: adopted = implemented + in progress + on paper.
            new Measure("agreements_in_progress", "Agreements being implemented (adopted, neither complete nor on paper)",
                    "agreements", Measure.Scope.ORGANIZATION,
                    Range.NON_NEGATIVE, (m, s) -> s.value(SCO, count(m, Agreement.Stage.ADOPTED))),
            new Measure("proposals", "Proposals decided this year", "proposals", Measure.Scope.ORGANIZATION,
                    Range.NON_NEGATIVE, (m, s) -> s.value(SCO, m.summitRecords().size())),
            new Measure("proposals_adopted", "Proposals adopted this year", "proposals", Measure.Scope.ORGANIZATION,
                    Range.NON_NEGATIVE, (m, s) -> s.value(SCO, thisYear(m, d -> d.adopted() ? 1 : 0))),
            new Measure("vetoes", "Vetoes cast this year", "vetoes", Measure.Scope.ORGANIZATION,
                    Range.NON_NEGATIVE, (m, s) -> s.value(SCO, thisYear(m, d -> d.vetoes().size()))),
            new Measure("opt_outs", "Opt-outs this year", "opt-outs", Measure.Scope.ORGANIZATION,
                    Range.NON_NEGATIVE, (m, s) -> s.value(SCO, thisYear(m, d -> d.optOuts().size()))),
            new Measure("mean_threat", "Mean exposure of members to the three evils", "exposure (0-1)", Measure.Scope.ORGANIZATION,
                    Range.SHARE, (m, s) -> s.value(SCO, meanMemberThreat(m))),
            new Measure("joint_exercises", "Joint exercises this year", "exercises", Measure.Scope.ORGANIZATION,
                    Range.NON_NEGATIVE, (m, s) -> s.value(SCO, m.exercisesThisYear())),
            new Measure("borders_settled", "Disputed borders settled (cumulative)", "borders", Measure.Scope.ORGANIZATION,
                    Range.NON_NEGATIVE, (m, s) -> s.value(SCO, m.bordersSettled())),
            new Measure("members", "Member states", "states", Measure.Scope.ORGANIZATION,
                    Range.NON_NEGATIVE, (m, s) -> s.value(SCO, countStatus(m, Status.MEMBER))),
            new Measure("gdp_bn_usd", "GDP", "US$ bn", Measure.Scope.STATES, Range.NON_NEGATIVE, (m, s) -> {
                for (MemberState st : m.states()) s.value(st.iso3(), st.gdp());
            }),
            new Measure(TRADE_TOTAL, "Trade with all modelled states", "US$ bn", Measure.Scope.STATES,
                    Range.NON_NEGATIVE, (m, s) -> {
                for (MemberState st : m.states()) s.value(st.iso3(), totalTrade(m, st.index()));
            }),
            new Measure(TRUST_IN_OTHERS, "Mean trust a state has in the others", "trust (0-1)", Measure.Scope.STATES,
                    Range.SHARE, (m, s) -> {
                for (MemberState st : m.states()) s.value(st.iso3(), meanTrustGiven(m, st.index()));
            }),
            new Measure("threat", "Exposure to the three evils", "exposure (0-1)", Measure.Scope.STATES,
                    Range.SHARE, (m, s) -> {
                for (MemberState st : m.states()) s.value(st.iso3(), st.threat());
            }));

    public static Measure byName(String name) {
        for (Measure m : STANDARD) if (m.name().equals(name)) return m;
        return null;
    }

    static double intraMemberTrade(ScoModel m) {
        MemberState[] s = m.states();
        double sum = 0;
        for (int i = 0; i < s.length; i++) {
            if (s[i].status() != Status.MEMBER) continue;
            for (int j = i + 1; j < s.length; j++) if (s[j].status() == Status.MEMBER) sum += m.trade(i, j);
        }
        return sum;
    }

    private static void chinaTrade(ScoModel m, Measure.Sink sink) {
        int c = m.scenario().indexOf("CHN");
        if (c < 0) return;
        for (MemberState st : m.states()) if (st.index() != c) sink.value(st.iso3(), m.trade(c, st.index()));
    }

    static double meanMemberTrust(ScoModel m) {
        MemberState[] s = m.states();
        double sum = 0;
        int n = 0;
        for (MemberState a : s) {
            if (a.status() != Status.MEMBER) continue;
            for (MemberState b : s) {
                if (a != b && b.status() == Status.MEMBER) {
                    sum += a.trustIn(b.index());
                    n++;
                }
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private static double meanMemberThreat(ScoModel m) {
        double sum = 0;
        int n = 0;
        for (MemberState a : m.states()) {
            if (a.status() == Status.MEMBER) {
                sum += a.threat();
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    // Plain loops, not streams: these run every year of every replication, and their stream pipelines cost a fifth of
    // the measures' time (docs/performance.md, ninth round).
    private static long count(ScoModel m, Agreement.Stage stage) {
        long n = 0;
        for (Agreement a : m.agreements()) if (a.stage() == stage) n++;
        return n;
    }

    /** A count over this year's summit decisions: {@code each} of every decision, summed. */
    private static long thisYear(ScoModel m, ToIntFunction<Decision> each) {
        long n = 0;
        for (SummitRecord r : m.summitRecords()) n += each.applyAsInt(r.decision());
        return n;
    }

    private static long countStatus(ScoModel m, Status status) {
        int n = 0;
        for (MemberState a : m.states()) if (a.status() == status) n++;
        return n;
    }

    static double totalTrade(ScoModel m, int i) {
        double sum = 0;
        for (int j = 0; j < m.states().length; j++) if (j != i) sum += m.trade(i, j);
        return sum;
    }

    static double meanTrustGiven(ScoModel m, int i) {
        int n = m.states().length;
        double sum = 0;
        for (int j = 0; j < n; j++) if (j != i) sum += m.state(i).trustIn(j);
        return n > 1 ? sum / (n - 1) : Double.NaN;
    }

}
