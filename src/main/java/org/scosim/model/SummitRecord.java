package org.scosim.model;

import org.scosim.decision.Decision;
import org.scosim.decision.Issue;
import org.scosim.scenario.ProposalSpec;

/** One proposal decided at a summit: what was tabled, the positions put to the rule, and what the rule made of it. */
public record SummitRecord(int year, ProposalSpec proposal, Issue issue, Decision decision) {
}
