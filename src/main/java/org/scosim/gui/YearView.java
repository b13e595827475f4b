package org.scosim.gui;

import org.scosim.decision.DecisionRule;
import org.scosim.model.MemberState;
import org.scosim.model.ScoModel;
import org.scosim.model.SummitRecord;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the summit panel shows about one year, copied from the model by the year observer (the model clears its
 * summit records after the measures phase).
 *
 * @param year     the year
 * @param rule     the rule in force at the summit
 * @param replayed true when this year was decided again from its start under another rule
 * @param records  the year's decisions, in order
 * @param names    ISO3 to display name
 * @param statuses ISO3 to status label at the end of the year
 */
public record YearView(int year, DecisionRule rule, boolean replayed, List<SummitRecord> records,
                       Map<String, String> names, Map<String, String> statuses) {

    public YearView {
        records = List.copyOf(records);
        names = Map.copyOf(names);
        statuses = Map.copyOf(statuses);
    }

    public static YearView of(ScoModel m, boolean replayed) {
        Map<String, String> names = new LinkedHashMap<>(), statuses = new LinkedHashMap<>();
        for (MemberState s : m.states()) {
            names.put(s.iso3(), s.getName());
            statuses.put(s.iso3(), s.getStatus());
        }
        return new YearView(m.year(), m.rule(), replayed, m.summitRecords(), names, statuses);
    }

    public String name(String iso3) { return names.getOrDefault(iso3, iso3); }
}
