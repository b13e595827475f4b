package org.scosim.decision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Plain-language account of a {@link Decision}, step by step, for a classroom: the compromise, who blocks, the
 * outcome, who is pivotal, who gains, and what another rule would have produced. Numbers have at most one decimal.
 * Not used on the simulation's hot path.
 */
public final class Explainer {

    private Explainer() {}

    /** The steps explaining how {@code d} came out of {@code issue}. */
    public static List<String> explain(Issue issue, Decision d) {
        List<String> out = new ArrayList<>();
        double q = issue.statusQuo();
        List<Actor> members = new ArrayList<>(), others = new ArrayList<>();
        for (Actor a : issue.actors()) (a.member() ? members : others).add(a);
        members.sort(Comparator.comparing(Actor::name));
        others.sort(Comparator.comparing(Actor::name));

        out.add("Issue " + d.issueId() + ": the status quo is " + num(q) + " on a 0-100 scale; "
                + members.size() + " member" + (members.size() == 1 ? "" : "s") + " vote"
                + (members.size() == 1 ? "s" : "") + " (" + join(names(members)) + ")"
                + (others.isEmpty() ? "" : ", and " + join(names(others)) + " bargain" + (others.size() == 1 ? "s" : "")
                + " without a vote") + ".");
        out.add("Rule: " + describe(d.rule()) + " - " + meaning(d.rule()) + ".");

        double c = Decider.compromise(issue);
        if (Double.isNaN(c)) {
            out.add("No actor cares about this issue (all saliences are 0), so nobody tables a proposal and the "
                    + "status quo " + num(q) + " stays.");
            return out;
        }
        Actor heaviest = null;
        double total = 0, top = -1;
        for (Actor a : issue.actors()) {
            double w = a.capability() * a.salience();
            total += w;
            if (w > top || (w == top && heaviest != null && a.name().compareTo(heaviest.name()) < 0)) {
                top = w;
                heaviest = a;
            }
        }
        out.add("Compromise: weighting each position by capability x salience gives " + num(c) + " ("
                + heaviest.name() + " carries " + Math.round(100 * top / total) + "% of that weight).");
        double t = Decider.target(issue, d.rule());
        if (Math.abs(t - c) > Decider.EPS) {
            out.add("No member accepts any move towards " + num(c) + (Math.abs(c - q) <= Decider.EPS
                    ? ", which is the status quo itself" : ", where the actors without a vote pull it")
                    + "; the members bargain on their own compromise, " + num(t) + ", instead.");
            c = t;
        } else if (Math.abs(c - q) <= Decider.EPS) {
            out.add("The compromise is the status quo itself, so nothing changes.");
            return out;
        }
        int dir = c > q ? 1 : -1;

        if (d.rule() instanceof DecisionRule.OptOut o && !issue.divisible()) {
            out.add("Nobody can opt out of this decision (it is not divisible, e.g. admitting a member), so it needs "
                    + "the consensus of all members.");
            explainConsensus(issue, d, members, q, c, dir, out);
        } else if (d.rule() instanceof DecisionRule.OptOut o) {
            explainOptOut(issue, d, o, q, c, dir, out);
        } else {
            explainConsensus(issue, d, members, q, c, dir, out);
        }

        if (d.adopted()) {
            List<Actor> byGain = new ArrayList<>(issue.actors());
            byGain.sort(Comparator.comparingDouble((Actor a) -> -d.gains().get(a.name())).thenComparing(Actor::name));
            List<String> parts = new ArrayList<>();
            for (Actor a : byGain) {
                double g = d.gains().get(a.name());
                parts.add(a.name() + " " + (g > 0.05 ? "+" : "") + num(g));
            }
            out.add("Gains against the status quo (salience x distance saved): " + String.join(", ", parts) + ".");
        }

        DecisionRule alt = alternative(d.rule());
        Decision other = Decider.decide(issue, alt);
        String now = d.adopted() ? "at " + num(d.outcome()) : "at the status quo " + num(q);
        String then = other.adopted() ? num(other.outcome()) : "the status quo " + num(q) + " (no agreement)";
        String cause = d.vetoes().isEmpty() ? "Under " + describe(d.rule()) + " the outcome is " + now
                : d.vetoes().size() == 1
                ? possessive(d.vetoes()) + " " + (isConsensus(d.rule()) ? "veto" : "opposition") + " holds the outcome " + now
                : "The " + (isConsensus(d.rule()) ? "vetoes" : "opposition") + " of " + join(d.vetoes())
                + (isConsensus(d.rule()) ? " hold" : " holds") + " the outcome " + now;
        boolean same = other.adopted() == d.adopted() && Math.abs(other.outcome() - d.outcome()) <= 0.05;
        out.add(cause + "; under " + describe(alt) + " it would " + (same ? "also " : "") + "be " + then + ".");
        return out;
    }

    /** Vetoes, outcome and pivotal members of a rule that is not opt-out (or of a non-divisible issue). */
    private static void explainConsensus(Issue issue, Decision d, List<Actor> members, double q, double c, int dir,
                                         List<String> out) {
        for (String v : d.vetoes()) {
            Actor a = find(issue, v);
            double limit = q + dir * Decider.reach(a, q, dir);
            out.add(v + " (position " + num(a.position()) + ") prefers the status quo to the compromise"
                    + (limit == q ? " and accepts no move away from " + num(q)
                    : "; it accepts at most " + num(limit) + ", the mirror image of the status quo around its position")
                    + ".");
        }
        if (!d.adopted()) {
            out.add("No agreement: no point other than the status quo is preferred to it by a winning coalition, "
                    + "so the status quo " + num(q) + " stays.");
        } else if (Math.abs(d.outcome() - c) <= Decider.EPS) {
            int yes = 0;
            for (Actor a : members) if (d.votes().get(a.name()) == Vote.YES) yes++;
            out.add("Outcome: the compromise " + num(d.outcome()) + " is adopted; " + yes + " of " + members.size()
                    + " members prefer it to the status quo.");
        } else {
            out.add("Outcome: " + num(d.outcome()) + ", the point nearest to the compromise that a winning "
                    + "coalition still prefers to the status quo.");
        }
        if (!d.pivotal().isEmpty()) {
            boolean boundary = d.adopted() && Math.abs(d.outcome() - c) > Decider.EPS;
            out.add("Pivotal: " + join(d.pivotal()) + (boundary
                    ? (d.pivotal().size() == 1 ? " - its" : " - their") + " acceptance limit fixes the outcome."
                    : d.adopted() ? " - if " + (d.pivotal().size() == 1 ? "it" : "any of them")
                    + " voted no, the compromise would fail."
                    : " - if " + (d.pivotal().size() == 1 ? "it" : "any one of them")
                    + " accepted, the agreement would go ahead."));
        } else if (!d.adopted()) {
            out.add("No single member's change of mind would unblock it.");
        }
    }

    private static void explainOptOut(Issue issue, Decision d, DecisionRule.OptOut o, double q, double c, int dir,
                                      List<String> out) {
        List<String> leavers = d.adopted() ? d.optOuts() : d.vetoes();
        // Consensus first: say why the members kept everyone in, or went ahead without some.
        Decision all = Decider.decide(issue, new DecisionRule.Unanimity());
        if (d.adopted() && leavers.isEmpty() && Math.abs(d.outcome() - c) > Decider.EPS && !d.pivotal().isEmpty()) {
            Decision alone = Decider.variableGeometry(issue, o);
            boolean tooFew = !alone.adopted() && !alone.vetoes().isEmpty();
            out.add(join(d.pivotal()) + " would rather stay out of the compromise " + num(c) + ", but "
                    + (tooFew
                    ? "without " + join(alone.vetoes()) + " fewer than the " + o.minParticipants()
                    + " members needed would go ahead, so everyone takes part at " + num(d.outcome())
                    : "the others gain more by keeping everyone in at " + num(d.outcome()) + " than by going ahead without "
                    + (d.pivotal().size() == 1 ? "it" : "them")) + ": consensus of all.");
        } else if (d.adopted() && !leavers.isEmpty() && all.adopted()) {
            out.add("Keeping everyone in would hold the outcome at " + num(all.outcome()) + "; those who stay gain more "
                    + "by going ahead without " + join(leavers) + ".");
        }
        if (!leavers.isEmpty()) {
            out.add(join(leavers) + (leavers.size() == 1 ? " prefers" : " prefer")
                    + " the status quo to the compromise and " + (d.adopted() ? "opt" + (leavers.size() == 1 ? "s" : "")
                    + " out" : "would opt out") + "; the compromise is recomputed among those who stay.");
        }
        if (d.adopted() && leavers.isEmpty()) {
            out.add("Outcome: the consensus of all " + d.participants().size() + " member"
                    + (d.participants().size() == 1 ? "" : "s") + " at " + num(d.outcome())
                    + "; nobody opts out (the minimum of " + o.minParticipants() + " applies only to going ahead without some).");
            if (!d.pivotal().isEmpty()) {
                boolean boundary = Math.abs(d.outcome() - c) > Decider.EPS;
                out.add("Pivotal: " + join(d.pivotal()) + (boundary
                        ? (d.pivotal().size() == 1 ? " - its" : " - their") + " acceptance limit fixes the outcome."
                        : " - if " + (d.pivotal().size() == 1 ? "it" : "any of them") + " refused, the consensus would fail."));
            }
        } else if (d.adopted()) {
            out.add("Outcome: " + d.participants().size() + " member" + (d.participants().size() == 1 ? "" : "s")
                    + " (" + join(d.participants()) + ") go" + (d.participants().size() == 1 ? "es" : "") + " ahead at " + num(d.outcome()) + " (at least "
                    + o.minParticipants() + " needed); " + (leavers.isEmpty() ? "nobody opts out."
                    : join(leavers) + (leavers.size() == 1 ? " is" : " are") + " not bound and neither gain nor lose."));
            if (!d.pivotal().isEmpty()) {
                out.add("Pivotal: " + join(d.pivotal()) + (d.participants().size() == o.minParticipants()
                        ? (d.pivotal().size() == 1 ? " - if it left" : " - if any one of them left") + ", too few would remain." : " - indifferent at the outcome, on the verge of opting out."));
            }
        } else {
            int stay = 0;
            for (Actor a : issue.actors()) if (a.member() && !leavers.contains(a.name())) stay++;
            out.add("No agreement: only " + stay + " member" + (stay == 1 ? "" : "s") + " would take part, fewer than the "
                    + o.minParticipants() + " needed, so the status quo " + num(q) + " stays.");
        }
    }

    /**
     * The steps explaining a package deal: the items on their own, how far the package goes and who holds it, who
     * conceded what for what, and each member's summed gain. {@code items} in the order given to
     * {@link Decider#decidePackage}.
     */
    public static List<String> explainPackage(String packageId, List<Issue> items, PackageDecision p) {
        List<String> out = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Issue i : items) ids.add(i.id());
        out.add("Package " + packageId + ": " + join(ids) + " are decided together under " + describe(p.rule())
                + "; a member accepts the package only if, weighting each item by its salience, it gains at least as "
                + "much as from the items decided one by one.");
        List<String> alone = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            Decision s = p.separate().get(k);
            alone.add(s.issueId() + " " + (s.adopted() ? "adopted at " + num(s.outcome())
                    : "not adopted (stays " + num(s.outcome()) + ")")
                    + (s.vetoes().isEmpty() ? "" : ", held by " + join(s.vetoes())));
        }
        out.add("On their own" + (p.rule() instanceof DecisionRule.OptOut ? " (consensus of all)" : "") + ": "
                + String.join("; ", alone) + ".");
        if (!p.deal() && p.rule() instanceof DecisionRule.OptOut
                && Decider.decidePackage(items, new DecisionRule.Unanimity()).deal()) {
            out.add("No package deal: the members gain more in sum from the items decided one by one, some going "
                    + "ahead without others, than from a package of all (variable geometry when it pays).");
            optOutItems(p, out);
            return out;
        }
        if (!p.deal()) {
            out.add("No package deal: " + (p.holding().isEmpty()
                    ? "there is nothing to trade (every item already goes as far as the compromise allows)"
                    : join(p.holding()) + (p.holding().size() == 1 ? " loses" : " lose")
                    + " more on some items than " + (p.holding().size() == 1 ? "it gains" : "they gain")
                    + " on the others from any move towards the compromises")
                    + ", so each item " + (p.rule() instanceof DecisionRule.OptOut
                    ? "is decided on its own by the opt-out rule:" : "stays as decided on its own."));
            if (p.rule() instanceof DecisionRule.OptOut) optOutItems(p, out);
            return out;
        }
        List<String> moves = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            Decision s = p.separate().get(k), d = p.items().get(k);
            if (Math.abs(s.outcome() - d.outcome()) > Decider.EPS)
                moves.add(d.issueId() + " " + num(s.outcome()) + " -> " + num(d.outcome()));
        }
        out.add("The package moves " + (p.share() >= 1 ? "every item all the way" : "every item "
                + Math.round(100 * p.share()) + "% of the way") + " from its separate decision towards "
                + "what the rule bargains for: " + String.join(", ", moves) + ".");
        if (!p.holding().isEmpty()) {
            out.add(join(p.holding()) + (p.holding().size() == 1 ? " holds" : " hold") + " the package there: any "
                    + "further and " + (p.holding().size() == 1 ? "it" : "they") + " would lose more than gain.");
        }
        for (PackageDecision.Concession c : p.concessions()) {
            out.add(c.member() + " concedes on " + join(c.conceded()) + " (loses " + num(c.lost()) + ") for "
                    + (c.gainedOn().isEmpty() ? "nothing more" : join(c.gainedOn())) + " (gains " + num(c.gained()) + ").");
        }
        if (p.concessions().isEmpty()) out.add("Nobody concedes anything: every member gains on every item it cares about.");
        List<String> signed = p.signatories(), gains = new ArrayList<>();
        for (java.util.Map.Entry<String, Double> e : p.packageGains().entrySet()) {
            if (e.getValue() != 0 || signed.contains(e.getKey())) gains.add(e.getKey() + " " + (e.getValue() > 0.05 ? "+" : "") + num(e.getValue()));
        }
        out.add("Signed by " + join(signed) + ". Summed gains against the status quo: " + String.join(", ", gains) + ".");
        return out;
    }

    private static void optOutItems(PackageDecision p, List<String> out) {
        for (Decision d : p.items()) {
            out.add(d.issueId() + ": " + (d.adopted() ? "adopted at " + num(d.outcome()) + " by " + join(d.participants())
                    + (d.optOuts().isEmpty() ? "" : "; " + join(d.optOuts()) + " opt" + (d.optOuts().size() == 1 ? "s" : "") + " out")
                    : "not adopted (stays " + num(d.outcome()) + ")") + ".");
        }
    }

    /** The rule to compare with: a qualified majority of 2/3 for consensus rules, unanimity otherwise. */
    static DecisionRule alternative(DecisionRule r) {
        return isConsensus(r) || r instanceof DecisionRule.OptOut
                ? new DecisionRule.QualifiedMajority(2.0 / 3.0, Weighting.EQUAL)
                : new DecisionRule.Unanimity();
    }

    private static boolean isConsensus(DecisionRule r) {
        return r instanceof DecisionRule.Unanimity || r instanceof DecisionRule.ConsensusMinusOne;
    }

    /** A short human name for a rule, e.g. "qualified majority (2/3)" or "weighted majority (60% of GDP)". */
    public static String describe(DecisionRule r) {
        if (r instanceof DecisionRule.Unanimity) return "unanimity";
        if (r instanceof DecisionRule.ConsensusMinusOne) return "consensus minus one";
        if (r instanceof DecisionRule.SimpleMajority) return "simple majority";
        if (r instanceof DecisionRule.OptOut o) return "consensus with opt-out (at least " + o.minParticipants() + ")";
        if (r instanceof DecisionRule.QualifiedMajority m) return "qualified majority (" + share(m.threshold(), m.weights()) + ")";
        DecisionRule.WeightedMajority w = (DecisionRule.WeightedMajority) r;
        return "weighted majority (" + share(w.threshold(), w.weights()) + ")";
    }

    private static String meaning(DecisionRule r) {
        if (r instanceof DecisionRule.Unanimity) return "every member can veto";
        if (r instanceof DecisionRule.ConsensusMinusOne) return "all members but one must agree";
        if (r instanceof DecisionRule.SimpleMajority) return "more than half of the members must agree";
        if (r instanceof DecisionRule.OptOut) return "a member that would veto may stay out instead, and the rest go ahead";
        return "a coalition wins with at least that share of the votes";
    }

    private static String share(double t, Weighting w) {
        // "2/3" only for two thirds: 0.67 is another rule (of 6 members it needs 5 votes, 2/3 needs 4).
        String s = Shares.isFraction(Shares.text(t)) ? Shares.text(t) : num(100 * t) + "%";
        return switch (w) {
            case EQUAL -> s;
            case GDP -> s + " of GDP";
            case POPULATION -> s + " of population";
            case CAPABILITY -> s + " of capability";
        };
    }

    /** At most one decimal, no trailing ".0", no negative zero. */
    public static String num(double x) {
        double r = Math.round(x * 10) / 10.0;
        if (r == 0) r = 0;
        if (r == Math.rint(r) && Math.abs(r) < 1e15) return Long.toString((long) r);
        return String.format(Locale.ROOT, "%.1f", r);
    }

    private static String possessive(List<String> names) {
        String s = join(names);
        return s.endsWith("s") ? s + "'" : s + "'s";
    }

    private static String join(List<String> names) {
        if (names.isEmpty()) return "nobody";
        if (names.size() == 1) return names.get(0);
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static List<String> names(List<Actor> actors) {
        List<String> s = new ArrayList<>(actors.size());
        for (Actor a : actors) s.add(a.name());
        return s;
    }

    private static Actor find(Issue issue, String name) {
        for (Actor a : issue.actors()) if (a.name().equals(name)) return a;
        throw new IllegalArgumentException("no actor named " + name + " in issue " + issue.id());
    }
}
