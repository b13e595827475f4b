package org.scosim.scenario;

/**
 * A proposal on a summit's agenda.
 *
 * @param year     summit year
 * @param id       short identifier, unique in the scenario
 * @param title    what the proposal is
 * @param domain   field of cooperation
 * @param proposer ISO3 of the state that tables it
 * @param ambition how far cooperation would go if adopted as proposed, 0..100
 * @param subject  for membership proposals, the ISO3 of the applicant; otherwise null
 */
public record ProposalSpec(int year, String id, String title, Domain domain, String proposer, double ambition,
                           String subject) implements java.io.Serializable {
}
