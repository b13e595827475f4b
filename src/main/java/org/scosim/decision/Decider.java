package org.scosim.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns the positions on an issue into an outcome under a decision rule: a compromise model of bargaining
 * (Bueno de Mesquita and Stokman; Achen 2006) constrained by the rule's winning coalitions and the status quo
 * (Romer and Rosenthal). See {@code docs/decision-core.md} for the procedure, the definitions and the sources.
 *
 * <p>Procedure for every rule except {@link DecisionRule.OptOut}:
 * <ol>
 *   <li>Utility of actor i for outcome x is {@code -salience_i * |x - position_i|}. Member i accepts x iff it
 *       weakly prefers x to the status quo SQ, {@code |x - p_i| <= |SQ - p_i|}: the closed interval between SQ
 *       and its reflection {@code 2 p_i - SQ}. An indifferent member accepts (it does not object), so a member
 *       with salience 0 accepts everything and a member sitting at SQ accepts only SQ.</li>
 *   <li>The compromise C is the capability x salience weighted mean of all actors' positions, voters and
 *       non-voting bargainers alike. If that weight is zero nobody proposes anything: no agreement.</li>
 *   <li>The feasible set is every x whose accepting members form a winning coalition. Every acceptance interval
 *       contains SQ and every rule is monotone, so the feasible set is one closed interval around SQ; on C's side
 *       it reaches up to the largest acceptance limit ("reach") at which the members reaching at least that far
 *       still win. It is computed exactly from the members' limits.</li>
 *   <li>The outcome is the feasible point nearest to C. It is adopted unless it is SQ.</li>
 *   <li>If nothing towards C passes and the members' own compromise lies on the other side of SQ (non-voting actors
 *       pulled C where no member goes), steps 3-4 are repeated towards it ({@link #target}). Under unanimity there is
 *       then no agreement only when no text beats the status quo for all members.</li>
 * </ol>
 * {@code OptOut}: consensus of all first, variable geometry only when it pays. Two candidate agreements: the
 * consensus of all members (the unanimity outcome), and going ahead without some, in which members that prefer SQ
 * to the compromise leave one at a time (the most dissatisfied first, ties by name) and the compromise is recomputed
 * among those remaining and the non-voting actors until nobody else wants to leave. Some go ahead without the
 * others only if at least {@code minParticipants} stay and, when there is a consensus of all, those who stay gain
 * more in sum (salience x distance saved) that way; {@code minParticipants} never applies to the consensus of all.
 * A non-divisible issue ({@link Issue#divisible()}, e.g. membership) gets the consensus of all only.
 *
 * <p>Packages: {@link #decidePackage}.
 *
 * <p>The result does not depend on the order of {@link Issue#actors()}: actors are processed in name order (then
 * position, salience, capability) and all name lists in the result are sorted by name. Maps keep the issue's order.
 *
 * <p>Cost: a few arrays of the number of actors plus the result; no text formatting.
 */
public final class Decider {

    /** Absolute tolerance on the 0-100 scale for "equal" positions, limits and distances. */
    public static final double EPS = 1e-9;

    private Decider() {}

    /** Decides an issue under a rule. Never returns null; never throws for a well-formed issue. */
    public static Decision decide(Issue issue, DecisionRule rule) {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(rule, "rule");
        List<Actor> actors = issue.actors();
        int[] ord = nameOrder(actors);
        if (rule instanceof DecisionRule.OptOut o) return consensusOrOptOut(issue, o, ord);
        return bargain(issue, rule, ord);
    }

    /**
     * Opt-out rule: consensus of all first; some members go ahead without the others only if at least
     * {@code minParticipants} stay and those who stay gain more together that way (summed salience-weighted gain)
     * than in the consensus of all, or if there is no consensus of all. {@code minParticipants} never applies to the
     * consensus of all. A non-divisible issue (membership) is decided by the consensus of all only.
     */
    private static Decision consensusOrOptOut(Issue issue, DecisionRule.OptOut rule, int[] ord) {
        Decision all = bargain(issue, new DecisionRule.Unanimity(), ord);
        if (!issue.divisible()) return relabel(all, rule);
        Decision geometry = optOut(issue, rule, rule.minParticipants(), ord);
        if (geometry.adopted() && !geometry.optOuts().isEmpty()) {
            if (!all.adopted()) return geometry;
            double alone = 0, together = 0;
            for (String name : geometry.participants()) {
                alone += geometry.gains().get(name);
                together += all.gains().get(name);
            }
            if (alone > together + EPS) return geometry;
        }
        if (all.adopted()) return relabel(all, rule);
        return geometry;   // neither: those who refused are reported as vetoes
    }

    /** The agreement of those who would go ahead without the others (before comparing with the consensus of all). */
    static Decision variableGeometry(Issue issue, DecisionRule.OptOut rule) {
        return optOut(issue, rule, rule.minParticipants(), nameOrder(issue.actors()));
    }

    private static Decision relabel(Decision d, DecisionRule rule) {
        return new Decision(d.issueId(), rule, d.adopted(), d.outcome(), d.participants(), d.vetoes(), d.optOuts(),
                d.pivotal(), d.votes(), d.gains());
    }

    /**
     * Decides issues together as a package deal: members may accept losses on items they care little about for
     * gains on items they care much about, and no member that signs is worse off, summed over the items with its
     * saliences, than under the items' separate decisions (under consensus rules, than under the status quo). See
     * {@link Packages} and {@code docs/decision-core.md}. Does not depend on the order of items or actors.
     *
     * @throws IllegalArgumentException if {@code items} is empty or two items share an id
     */
    public static PackageDecision decidePackage(List<Issue> items, DecisionRule rule) {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(rule, "rule");
        return Packages.decide(items, rule);
    }

    /**
     * The compromise among all actors of the issue: the capability x salience weighted mean of positions, or NaN
     * when that total weight is zero.
     */
    public static double compromise(Issue issue) {
        List<Actor> actors = issue.actors();
        return compromise(actors, nameOrder(actors), null);
    }

    /**
     * How far beyond SQ, in the direction {@code dir} (+1 or -1), an actor accepts outcomes: twice its distance from
     * SQ if its position lies on that side, 0 if not (or if it sits at SQ), infinite if its salience is 0.
     */
    public static double reach(Actor a, double statusQuo, int dir) {
        if (!(a.salience() > 0)) return Double.POSITIVE_INFINITY;
        double dp = dir * (a.position() - statusQuo);
        return dp > 0 ? 2 * dp : 0;
    }

    // ---------------------------------------------------------------------------------------------------------

    /**
     * The rule's bargain on the compromise of all actors. When no winning coalition accepts any move towards it
     * (non-voting actors pull it where the members will not go, or it is the status quo itself), the members
     * bargain on their own compromise instead; so under unanimity there is no agreement only when no text beats the
     * status quo for all members.
     */
    private static Decision bargain(Issue issue, DecisionRule rule, int[] ord) {
        double c = compromise(issue.actors(), ord, null);
        Decision d = bargainToward(issue, rule, ord, c);
        if (d.adopted()) return d;
        double cm = membersCompromise(issue.actors(), ord);
        if (!otherSide(issue.statusQuo(), c, cm)) return d;
        Decision m = bargainToward(issue, rule, ord, cm);
        return m.adopted() ? m : d;
    }

    /** The members' compromise differs from SQ and lies on the other side of it than c (or c is SQ or NaN). */
    private static boolean otherSide(double q, double c, double cm) {
        if (Double.isNaN(cm) || Math.abs(cm - q) <= EPS) return false;
        return Double.isNaN(c) || Math.abs(c - q) <= EPS || (c - q) * (cm - q) < 0;
    }

    /**
     * What the rule bargains towards on this issue: the compromise of all actors ({@link #compromise(Issue)}), or,
     * when no move towards it is acceptable but one towards the members' own compromise is, that
     * ({@link #membersCompromise(Issue)}). For opt-out: the target of the consensus of all. NaN when nobody cares.
     */
    public static double target(Issue issue, DecisionRule rule) {
        int[] ord = nameOrder(issue.actors());
        DecisionRule r = rule instanceof DecisionRule.OptOut ? new DecisionRule.Unanimity() : rule;
        double c = compromise(issue.actors(), ord, null);
        if (bargainToward(issue, r, ord, c).adopted()) return c;
        double cm = membersCompromise(issue.actors(), ord);
        return otherSide(issue.statusQuo(), c, cm) && bargainToward(issue, r, ord, cm).adopted() ? cm : c;
    }

    /** The capability x salience weighted mean of the voting members' positions only; NaN if that weight is 0. */
    public static double membersCompromise(Issue issue) {
        return membersCompromise(issue.actors(), nameOrder(issue.actors()));
    }

    private static double membersCompromise(List<Actor> actors, int[] ord) {
        boolean[] skip = new boolean[actors.size()];
        for (int i = 0; i < skip.length; i++) skip[i] = !actors.get(i).member();
        return compromise(actors, ord, skip);
    }

    private static Decision bargainToward(Issue issue, DecisionRule rule, int[] ord, double c) {
        List<Actor> actors = issue.actors();
        int n = actors.size();
        double q = issue.statusQuo();

        // Members in name order.
        int m = 0;
        for (int i = 0; i < n; i++) if (actors.get(i).member()) m++;
        int[] mem = new int[m];
        for (int k = 0, j = 0; k < n; k++) if (actors.get(ord[k]).member()) mem[j++] = ord[k];

        double dist = Math.abs(c - q);
        if (Double.isNaN(c) || dist <= EPS || m == 0) {
            // No proposal (nobody cares) or the compromise is the status quo: members accept SQ, nothing changes.
            return noChange(issue, rule, ord);
        }
        int dir = c > q ? 1 : -1;

        double[] reach = new double[m];
        double[] w = new double[m];
        for (int k = 0; k < m; k++) {
            Actor a = actors.get(mem[k]);
            reach[k] = reach(a, q, dir);
            w[k] = rule.voteWeight(a);
        }

        // Widest feasible extent R beyond SQ: add members from the widest reach down, one tie group at a time,
        // until the coalition wins.
        int[] byReach = sortByReachDesc(reach);
        boolean[] yes = new boolean[m];
        double extent = -1;
        for (int i = 0; i < m; ) {
            double v = reach[byReach[i]];
            yes[byReach[i++]] = true; // always advance, even if a reach is NaN
            while (i < m && reach[byReach[i]] >= v - EPS) yes[byReach[i++]] = true;
            if (rule.isWinning(yes, w)) { extent = v; break; }
        }

        boolean blocked = extent <= EPS;                   // only SQ is feasible (or not even SQ)
        boolean unconstrained = !blocked && extent >= dist - EPS;
        double outcome = blocked ? q : unconstrained ? c : q + dir * extent;
        double target = blocked ? dist : Math.abs(outcome - q); // votes: on the outcome, or on the failed compromise

        for (int k = 0; k < m; k++) yes[k] = reach[k] >= target - EPS;

        List<String> vetoes = List.of();
        List<String> pivotal = List.of();
        if (unconstrained) {
            // Swing members: a yes whose switch to no would make the coalition on the outcome lose.
            List<String> piv = null;
            for (int k = 0; k < m; k++) {
                if (!yes[k]) continue;
                yes[k] = false;
                if (!rule.isWinning(yes, w)) (piv == null ? piv = new ArrayList<>() : piv).add(actors.get(mem[k]).name());
                yes[k] = true;
            }
            if (piv != null) pivotal = piv;
        } else {
            double r = blocked ? 0 : extent;
            List<String> vet = null, piv = null;
            for (int k = 0; k < m; k++) {
                // A veto: rejects the compromise and also every move beyond the outcome.
                if (reach[k] < dist - EPS && reach[k] <= r + EPS)
                    (vet == null ? vet = new ArrayList<>() : vet).add(actors.get(mem[k]).name());
            }
            if (!blocked) {
                // The member(s) whose acceptance limit is the outcome.
                for (int k = 0; k < m; k++)
                    if (Math.abs(reach[k] - extent) <= EPS) (piv == null ? piv = new ArrayList<>() : piv).add(actors.get(mem[k]).name());
            } else {
                // The member(s) whose switch alone would unblock: joining those who accept moving off SQ, they win.
                boolean[] beyond = new boolean[m];
                for (int k = 0; k < m; k++) beyond[k] = reach[k] > EPS;
                for (int k = 0; k < m; k++) {
                    if (beyond[k]) continue;
                    beyond[k] = true;
                    if (rule.isWinning(beyond, w)) (piv == null ? piv = new ArrayList<>() : piv).add(actors.get(mem[k]).name());
                    beyond[k] = false;
                }
            }
            if (vet != null) vetoes = vet;
            if (piv != null) pivotal = piv;
        }

        Object[] votes = new Object[n], gains = new Object[n];
        for (int i = 0; i < n; i++) {
            Actor a = actors.get(i);
            votes[i] = !a.member() ? Vote.NO_VOTE : reach(a, q, dir) >= target - EPS ? Vote.YES : Vote.NO;
            gains[i] = blocked ? 0.0 : gain(a, q, outcome);
        }
        List<String> participants = blocked ? List.of() : names(actors, mem);
        ActorMap.Names names = ActorMap.uniqueNames(actors, ord);
        return new Decision(issue.id(), rule, !blocked, outcome, participants, vetoes, List.of(), pivotal,
                ActorMap.of(names, actors, votes), ActorMap.of(names, actors, gains));
    }

    private static Decision optOut(Issue issue, DecisionRule rule, int minParticipants, int[] ord) {
        List<Actor> actors = issue.actors();
        int n = actors.size();
        double q = issue.statusQuo();
        boolean[] out = new boolean[n];   // indexed like actors: member has left
        int participants = 0;
        for (int i = 0; i < n; i++) if (actors.get(i).member()) participants++;

        double c;
        while (true) {
            c = compromise(actors, ord, out);
            if (Double.isNaN(c) || Math.abs(c - q) <= EPS) break;
            // The most dissatisfied member that prefers SQ to the compromise leaves (ties: first by name).
            int worst = -1;
            double worstLoss = 0;
            for (int k = 0; k < n; k++) {
                int i = ord[k];
                Actor a = actors.get(i);
                if (!a.member() || out[i]) continue;
                double loss = a.salience() * (Math.abs(c - a.position()) - Math.abs(q - a.position()));
                if (loss > EPS * a.salience() && loss > worstLoss) { worst = i; worstLoss = loss; }
            }
            if (worst < 0) break;
            out[worst] = true;
            participants--;
        }
        if (Double.isNaN(c) || Math.abs(c - q) <= EPS) return noChange(issue, rule, ord);

        int dir = c > q ? 1 : -1;
        double dist = Math.abs(c - q);
        boolean adopted = participants >= minParticipants && participants > 0;
        double outcome = q;
        if (adopted) {
            // Unanimity among participants (a no-op at the fixed point, kept as a guard).
            double extent = Double.POSITIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                Actor a = actors.get(i);
                if (a.member() && !out[i]) extent = Math.min(extent, reach(a, q, dir));
            }
            outcome = q + dir * Math.min(dist, extent);
            if (Math.abs(outcome - q) <= EPS) { adopted = false; outcome = q; }
        }

        List<String> part = new ArrayList<>(), left = new ArrayList<>(), piv = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int i = ord[k];
            Actor a = actors.get(i);
            if (!a.member()) continue;
            if (out[i]) left.add(a.name());
            else part.add(a.name());
        }
        double moved = Math.abs(outcome - q);
        if (adopted) {
            if (participants == minParticipants) piv.addAll(part);   // any one leaving sinks the agreement
            else for (int k = 0; k < n; k++) {                       // about to leave: indifferent at the outcome
                Actor a = actors.get(ord[k]);
                if (a.member() && !out[ord[k]] && a.salience() > 0 && Math.abs(reach(a, q, dir) - moved) <= EPS)
                    piv.add(a.name());
            }
        } else if (participants + 1 == minParticipants) {
            piv.addAll(left);                                        // one more participant would have sufficed
        }

        Object[] votes = new Object[n], gains = new Object[n];
        for (int i = 0; i < n; i++) {
            Actor a = actors.get(i);
            votes[i] = !a.member() ? Vote.NO_VOTE : out[i] ? (adopted ? Vote.OPT_OUT : Vote.NO) : Vote.YES;
            gains[i] = !adopted || (a.member() && out[i]) ? 0.0 : gain(a, q, outcome);
        }
        ActorMap.Names names = ActorMap.uniqueNames(actors, ord);
        return new Decision(issue.id(), rule, adopted, outcome,
                adopted ? List.copyOf(part) : List.of(),
                adopted ? List.of() : List.copyOf(left),     // not adopted: those who refused blocked it
                adopted ? List.copyOf(left) : List.of(),
                List.copyOf(piv), ActorMap.of(names, actors, votes), ActorMap.of(names, actors, gains));
    }

    /** Not adopted, outcome SQ, every member accepts (it is indifferent between SQ and SQ). */
    private static Decision noChange(Issue issue, DecisionRule rule, int[] ord) {
        List<Actor> actors = issue.actors();
        int n = actors.size();
        Object[] votes = new Object[n], gains = new Object[n];
        for (int i = 0; i < n; i++) {
            votes[i] = actors.get(i).member() ? Vote.YES : Vote.NO_VOTE;
            gains[i] = 0.0;
        }
        ActorMap.Names names = ActorMap.uniqueNames(actors, ord);
        return new Decision(issue.id(), rule, false, issue.statusQuo(), List.of(), List.of(), List.of(), List.of(),
                ActorMap.of(names, actors, votes), ActorMap.of(names, actors, gains));
    }

    private static double gain(Actor a, double q, double x) {
        return a.salience() * (Math.abs(q - a.position()) - Math.abs(x - a.position())) + 0.0; // no -0.0
    }

    /** Weighted mean over actors in name order, skipping those with {@code skip[i]}; NaN if the weight is 0. */
    private static double compromise(List<Actor> actors, int[] ord, boolean[] skip) {
        double sw = 0, swp = 0;
        for (int k = 0; k < ord.length; k++) {
            int i = ord[k];
            if (skip != null && skip[i]) continue;
            Actor a = actors.get(i);
            double w = a.capability() * a.salience();
            if (!(w > 0)) continue;
            sw += w;
            swp += w * a.position();
        }
        return sw > 0 ? swp / sw : Double.NaN;
    }

    private static List<String> names(List<Actor> actors, int[] idx) {
        String[] s = new String[idx.length];
        for (int k = 0; k < idx.length; k++) s[k] = actors.get(idx[k]).name();
        return List.of(s);
    }

    /** Indices of actors sorted by name, then position, salience, capability, membership (insertion sort). */
    static int[] nameOrder(List<Actor> actors) {
        int n = actors.size();
        int[] ord = new int[n];
        for (int i = 0; i < n; i++) ord[i] = i;
        for (int i = 1; i < n; i++) {
            int x = ord[i];
            Actor ax = actors.get(x);
            int j = i - 1;
            while (j >= 0 && compare(actors.get(ord[j]), ax) > 0) { ord[j + 1] = ord[j]; j--; }
            ord[j + 1] = x;
        }
        return ord;
    }

    private static int compare(Actor a, Actor b) {
        int c = a.name().compareTo(b.name());
        if (c != 0) return c;
        c = Double.compare(a.position(), b.position());
        if (c != 0) return c;
        c = Double.compare(a.salience(), b.salience());
        if (c != 0) return c;
        c = Double.compare(a.capability(), b.capability());
        if (c != 0) return c;
        return Boolean.compare(a.member(), b.member());
    }

    /** Member indices sorted by reach, widest first (stable on the name order). */
    private static int[] sortByReachDesc(double[] reach) {
        int m = reach.length;
        int[] o = new int[m];
        for (int i = 0; i < m; i++) o[i] = i;
        for (int i = 1; i < m; i++) {
            int x = o[i];
            int j = i - 1;
            while (j >= 0 && reach[o[j]] < reach[x]) { o[j + 1] = o[j]; j--; }
            o[j + 1] = x;
        }
        return o;
    }
}
