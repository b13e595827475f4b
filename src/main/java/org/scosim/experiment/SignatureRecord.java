package org.scosim.experiment;

import org.scosim.scenario.Seeds;

import org.scosim.decision.Actor;
import org.scosim.model.Agreement;
import org.scosim.model.ModelBasis;
import org.scosim.model.ScoModel;
import org.scosim.model.SummitRecord;
import org.scosim.scenario.ProposalSpec;
import org.scosim.scenario.Scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How far runs of a scenario reproduce its historical record: the share of (signed agenda item, replication) pairs in
 * which the item was adopted with every state that was a member that year, and for each unrealized item the share of
 * replications in which it ends not adopted or left on paper. The items' records come from the scenario
 * ({@code record: signed | unrealized}).
 */
public final class SignatureRecord {
    /** Per agenda item: how many replications reproduced its record. */
    public record Item(String id, ProposalSpec.Record record, int matching, int replications) {
        public double share() { return replications == 0 ? Double.NaN : (double) matching / replications; }
    }

    private final Map<String, Item> items;

    private SignatureRecord(Map<String, Item> items) {
        this.items = items;
    }

    /** Runs {@code replications} replications of the scenario (seeds as {@code scosim run} derives them). */
    public static SignatureRecord measure(Scenario sc, long masterSeed, int replications) {
        Map<String, ProposalSpec.Record> records = records(sc);
        Map<String, int[]> hits = new LinkedHashMap<>();
        for (String id : records.keySet()) hits.put(id, new int[1]);
        ModelBasis basis = ModelBasis.of(sc);
        for (int r = 0; r < replications; r++) {
            ScoModel m = new ScoModel(basis, Seeds.replication(masterSeed, r));
            Set<String> signedWithAll = new TreeSet<>();
            Set<String> adopted = new TreeSet<>();
            m.setObserver(model -> {
                for (SummitRecord s : model.summitRecords()) {
                    if (!s.decision().adopted()) continue;
                    adopted.add(s.proposal().id());
                    List<String> members = new ArrayList<>();
                    for (Actor a : s.issue().actors()) if (a.member()) members.add(a.name());
                    if (s.decision().participants().containsAll(members)) signedWithAll.add(s.proposal().id());
                }
            });
            m.runToEnd();
            for (var e : records.entrySet()) {
                String id = e.getKey();
                boolean ok = e.getValue() == ProposalSpec.Record.SIGNED ? signedWithAll.contains(id)
                        : !adopted.contains(id) || onPaper(m, id);
                if (ok) hits.get(id)[0]++;
            }
        }
        Map<String, Item> out = new LinkedHashMap<>();
        for (var e : records.entrySet()) out.put(e.getKey(), new Item(e.getKey(), e.getValue(), hits.get(e.getKey())[0], replications));
        return new SignatureRecord(out);
    }

    private static boolean onPaper(ScoModel m, String id) {
        for (Agreement a : m.agreements()) if (a.id().equals(id)) return a.stage() == Agreement.Stage.ON_PAPER;
        return true; // adopted but no agreement: an accession, which is no treaty to implement
    }

    /** The agenda items (and shock responses) with a historical record, in scenario order. */
    static Map<String, ProposalSpec.Record> records(Scenario sc) {
        Map<String, ProposalSpec.Record> out = new LinkedHashMap<>();
        for (ProposalSpec p : sc.agenda()) if (p.record() != null) out.put(p.id(), p.record());
        for (var s : sc.shocks()) {
            if (s.response() != null && s.response().record() != null) out.put(s.response().id(), s.response().record());
        }
        return out;
    }

    public List<Item> items() { return List.copyOf(items.values()); }

    /** Share of (signed item, replication) pairs adopted with every member of the year. */
    public double signedWithAllMembers() { return pooled(ProposalSpec.Record.SIGNED); }

    /** Share of (unrealized item, replication) pairs that end not adopted or on paper. */
    public double unrealizedNotCarriedOut() { return pooled(ProposalSpec.Record.UNREALIZED); }

    /** The smallest share among the unrealized items. */
    public double worstUnrealized() {
        double w = Double.NaN;
        for (Item i : items.values()) {
            if (i.record() == ProposalSpec.Record.UNREALIZED && !(i.share() >= w)) w = i.share();
        }
        return w;
    }

    private double pooled(ProposalSpec.Record rec) {
        long hit = 0, all = 0;
        for (Item i : items.values()) {
            if (i.record() != rec) continue;
            hit += i.matching();
            all += i.replications();
        }
        return all == 0 ? Double.NaN : (double) hit / all;
    }

    /** One line per item and the two figures, for reports. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Item i : items.values()) {
            sb.append(String.format(java.util.Locale.ROOT, "%-32s %-10s %3d/%d%n", i.id(), i.record().label(),
                    i.matching(), i.replications()));
        }
        sb.append(String.format(java.util.Locale.ROOT, "signed items adopted with every member: %.3f%n", signedWithAllMembers()));
        sb.append(String.format(java.util.Locale.ROOT, "unrealized items not adopted or on paper: %.3f (worst item %.3f)%n",
                unrealizedNotCarriedOut(), worstUnrealized()));
        return sb.toString();
    }
}
