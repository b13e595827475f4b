package org.scosim.decision;

import java.util.List;
import java.util.Map;

/**
 * What a rule made of an issue. The plain-language account is built on demand by {@link Explainer}, so that the
 * simulation's hot path does not format text nobody reads.
 *
 * @param issueId      the issue decided
 * @param rule         the rule applied
 * @param adopted      true if an agreement other than the status quo was reached
 * @param outcome      the agreed position, or the status quo when not adopted
 * @param participants members bound by the outcome (all members except opted-out ones, when adopted)
 * @param vetoes       members whose opposition blocked a better outcome or the agreement
 * @param optOuts      members that opted out (opt-out rule only)
 * @param pivotal      the actor(s) whose acceptance limit fixes the outcome
 * @param votes        each actor's vote on the final outcome, in the issue's actor order
 * @param gains        each actor's salience-weighted gain against the status quo (0 for opted-out members)
 */
public record Decision(String issueId, DecisionRule rule, boolean adopted, double outcome,
                       List<String> participants, List<String> vetoes, List<String> optOuts,
                       List<String> pivotal, Map<String, Vote> votes, Map<String, Double> gains) {
}
