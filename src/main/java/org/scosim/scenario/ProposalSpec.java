package org.scosim.scenario;

/**
 * A proposal on a summit's agenda. Its scale (0-100) is its own: 0 = nothing on the matter, 100 = the fullest
 * version of the text; the status quo is where the members stand before the summit (for an SCO development bank, the
 * Interbank Consortium of 2005 already on the books).
 *
 * @param year        summit year
 * @param id          short identifier, unique in the scenario
 * @param title       what the proposal is
 * @param domain      field of cooperation
 * @param proposer    ISO3 of the state that tables it
 * @param ambition    what the proposer's text says, on the proposal's scale
 * @param subject     for membership proposals, the ISO3 of the applicant; otherwise null
 * @param statusQuo   where the matter stands without an agreement, on the same scale (0 when nothing exists)
 * @param record      what history made of it: signed by all members, tabled but not realized, or null (not a
 *                    historical item: a shock response or a state's own proposal)
 * @param fundingBnUsd money committed to carry it out, US$ bn (China's credits of 2004 and 2009, Gao Fei 2010)
 */
public record ProposalSpec(int year, String id, String title, Domain domain, String proposer, double ambition,
                           String subject, double statusQuo, Record record, double fundingBnUsd)
        implements java.io.Serializable {

    /** What the historical record says of a proposal. */
    public enum Record {
        SIGNED("signed"), UNREALIZED("unrealized");

        private final String label;

        Record(String label) { this.label = label; }

        public String label() { return label; }
    }

    /** A proposal with no status quo beyond nothing, no historical record and no money. */
    public ProposalSpec(int year, String id, String title, Domain domain, String proposer, double ambition,
                        String subject) {
        this(year, id, title, domain, proposer, ambition, subject, 0.0, null, 0.0);
    }
}
