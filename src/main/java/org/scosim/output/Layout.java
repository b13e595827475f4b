package org.scosim.output;

import org.scosim.scenario.Scenario;

/**
 * Where a measure value sits in a replication's flat array: measure x subject x year. Subject 0 is the organization
 * ("SCO"), subject i+1 is state i.
 */
public record Layout(Scenario scenario, java.util.List<Measure> measures) {
    public int subjects() { return scenario.states().size() + 1; }
    public int years() { return scenario.years(); }
    public int size() { return measures.size() * subjects() * years(); }

    public int index(int measure, int subject, int yearIndex) {
        return (measure * subjects() + subject) * years() + yearIndex;
    }

    public int subjectIndex(String subject) {
        return Measures.SCO.equals(subject) ? 0 : scenario.indexOf(subject) + 1;
    }

    public String subjectName(int subject) {
        return subject == 0 ? Measures.SCO : scenario.states().get(subject - 1).iso3();
    }
}
