package org.scosim.decision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Package deals: issues decided together, so that members accept losses on items they care little about for gains
 * on items they care much about. The procedure (see {@code docs/decision-core.md}, section "Package deals"):
 * <ol>
 *   <li>Each item is first decided on its own under the rule (the reference x0; under opt-out, the consensus of
 *       all: a package is a deal among all members).</li>
 *   <li>The package moves every item along one line from x0 towards what the rule bargains for on that item
 *       ({@link Decider#target}): x(t) = x0 + t (T - x0), 0 <= t <= 1.</li>
 *   <li>Member i accepts x(t) iff its salience-weighted utility summed over the items is at least that of x0:
 *       sum_j s_ij (|x0_j - p_ij| - |x_j(t) - p_ij|) >= 0. The sum is concave in t and 0 at t = 0, so i accepts
 *       exactly the t in [0, t_i]; t_i is computed exactly from the breakpoints.</li>
 *   <li>The package goes as far, t*, as a winning coalition of members accepts (the same pivot logic as on one
 *       issue: the members with the widest t_i are added until they win). t* = 0: no deal, items stay single.</li>
 * </ol>
 * Order independence: items are processed by id, actors by name.
 */
final class Packages {
    private Packages() {}

    static PackageDecision decide(List<Issue> items, DecisionRule rule) {
        int k = items.size();
        if (k == 0) throw new IllegalArgumentException("a package needs at least one issue");
        Integer[] byId = new Integer[k];
        for (int j = 0; j < k; j++) byId[j] = j;
        Arrays.sort(byId, (a, b) -> items.get(a).id().compareTo(items.get(b).id()));
        for (int j = 1; j < k; j++) {
            if (items.get(byId[j]).id().equals(items.get(byId[j - 1]).id()))
                throw new IllegalArgumentException("duplicate issue id '" + items.get(byId[j]).id() + "' in a package");
        }
        boolean optOut = rule instanceof DecisionRule.OptOut;
        DecisionRule dealRule = optOut ? new DecisionRule.Unanimity() : rule;

        // The separate decisions and each item's direction of travel, in id order.
        Decision[] sep = new Decision[k];
        double[] x0 = new double[k], dir = new double[k];
        for (int kk = 0; kk < k; kk++) {
            Issue item = items.get(byId[kk]);
            sep[kk] = Decider.decide(item, dealRule);
            double target = Decider.target(item, dealRule);
            x0[kk] = sep[kk].outcome();
            dir[kk] = Double.isNaN(target) || Math.abs(target - x0[kk]) <= Decider.EPS ? 0 : target - x0[kk];
        }

        // Actors by name: positions and saliences per item (salience 0 where absent).
        TreeMap<String, Actor[]> byName = new TreeMap<>();
        for (int kk = 0; kk < k; kk++) {
            for (Actor a : items.get(byId[kk]).actors()) byName.computeIfAbsent(a.name(), n -> new Actor[k])[kk] = a;
        }
        int n = byName.size();
        String[] names = byName.keySet().toArray(new String[0]);
        Actor[][] at = byName.values().toArray(new Actor[0][]);
        int m = 0;
        boolean[] member = new boolean[n];
        for (int i = 0; i < n; i++) {
            for (Actor a : at[i]) member[i] |= a != null && a.member();
            if (member[i]) m++;
        }
        int[] mem = new int[m];
        double[] limit = new double[m], weight = new double[m];
        for (int i = 0, mi = 0; i < n; i++) {
            if (!member[i]) continue;
            mem[mi] = i;
            limit[mi] = acceptanceLimit(at[i], x0, dir);
            weight[mi] = dealRule.voteWeight(first(at[i]));
            mi++;
        }

        // t*: the widest limit at which the members accepting at least that far win.
        double share = 0;
        if (m > 0) {
            Integer[] wide = new Integer[m];
            for (int i = 0; i < m; i++) wide[i] = i;
            Arrays.sort(wide, (a, b) -> Double.compare(limit[b], limit[a]));  // stable: name order within ties
            boolean[] yes = new boolean[m];
            for (int i = 0; i < m; ) {
                double v = limit[wide[i]];
                yes[wide[i++]] = true;
                while (i < m && limit[wide[i]] >= v - Decider.EPS) yes[wide[i++]] = true;
                if (dealRule.isWinning(yes, weight)) { share = v; break; }
            }
        }
        boolean moves = false;
        for (double d : dir) moves |= d != 0;
        if (share <= Decider.EPS || !moves) share = 0;
        List<String> holding = new ArrayList<>();
        if (moves && share < 1) {
            for (int mi = 0; mi < m; mi++) {
                if (share > 0 ? Math.abs(limit[mi] - share) <= Decider.EPS : limit[mi] <= Decider.EPS)
                    holding.add(names[mem[mi]]);
            }
        }

        Decision[] out = new Decision[k];
        List<String> signatories = new ArrayList<>();
        double[] x = x0.clone();
        if (share > 0) {
            for (int kk = 0; kk < k; kk++) x[kk] = share >= 1 ? x0[kk] + dir[kk] : x0[kk] + share * dir[kk];
            for (int mi = 0; mi < m; mi++) {
                if (limit[mi] >= share - Decider.EPS) signatories.add(names[mem[mi]]);
            }
            for (int kk = 0; kk < k; kk++) {
                Issue item = items.get(byId[kk]);
                out[kk] = dir[kk] == 0 ? relabel(sep[kk], rule) : itemDecision(item, rule, x[kk], signatories, holding);
            }
        }
        if (share > 0 && optOut) {
            // Variable geometry only when it pays: the members together gain more from the items decided one by
            // one by the opt-out rule (some going ahead without others) than from the package of all.
            double pkg = 0, alone = 0;
            Decision[] single = new Decision[k];
            for (int kk = 0; kk < k; kk++) {
                single[kk] = Decider.decide(items.get(byId[kk]), rule);
                for (int i = 0; i < n; i++) {
                    if (!member[i]) continue;
                    pkg += out[kk].gains().getOrDefault(names[i], 0.0);
                    alone += single[kk].gains().getOrDefault(names[i], 0.0);
                }
            }
            if (alone > pkg + Decider.EPS) {
                share = 0;
                signatories.clear();
                holding.clear();
                x = x0.clone();
            }
        }
        if (share == 0) {
            for (int kk = 0; kk < k; kk++) {
                Issue item = items.get(byId[kk]);
                out[kk] = optOut ? Decider.decide(item, rule) : relabel(sep[kk], rule);
            }
        }

        Map<String, Double> packageGains = new LinkedHashMap<>();
        List<PackageDecision.Concession> concessions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double total = 0;
            for (int kk = 0; kk < k; kk++) {
                Double g = out[kk].gains().get(names[i]);
                if (g != null) total += g;
            }
            packageGains.put(names[i], total + 0.0);
        }
        if (share > 0) {
            for (String s : signatories) {
                Actor[] a = byName.get(s);
                List<String> conceded = new ArrayList<>(), gainedOn = new ArrayList<>();
                double lost = 0, gained = 0;
                for (int kk = 0; kk < k; kk++) {
                    if (a[kk] == null) continue;
                    double dg = utility(a[kk], x[kk]) - utility(a[kk], x0[kk]);
                    if (dg < -Decider.EPS) { conceded.add(items.get(byId[kk]).id()); lost -= dg; }
                    else if (dg > Decider.EPS) { gainedOn.add(items.get(byId[kk]).id()); gained += dg; }
                }
                if (!conceded.isEmpty()) concessions.add(new PackageDecision.Concession(s, List.copyOf(conceded),
                        List.copyOf(gainedOn), lost, gained));
            }
        }

        // Back to the caller's item order.
        Decision[] items2 = new Decision[k], sep2 = new Decision[k];
        for (int kk = 0; kk < k; kk++) {
            items2[byId[kk]] = out[kk];
            sep2[byId[kk]] = relabel(sep[kk], rule);
        }
        return new PackageDecision(rule, List.of(items2), List.of(sep2), share, List.copyOf(signatories),
                List.copyOf(holding), packageGains, List.copyOf(concessions));
    }

    /**
     * The largest t in [0, 1] at which the actor's utility summed over the items, at x0 + t dir, is still at least
     * that at x0. The sum is concave and piecewise linear in t with value 0 at t = 0; its breakpoints are where an
     * item crosses the actor's position.
     */
    static double acceptanceLimit(Actor[] a, double[] x0, double[] dir) {
        int k = x0.length;
        double[] bp = new double[k + 1];
        int nb = 0;
        double scale = 0;
        for (int kk = 0; kk < k; kk++) {
            if (a[kk] == null || !(a[kk].salience() > 0) || dir[kk] == 0) continue;
            scale += a[kk].salience();
            double b = (a[kk].position() - x0[kk]) / dir[kk];
            if (b > 0 && b < 1) bp[nb++] = b;
        }
        if (scale == 0) return 1;
        bp[nb++] = 1;
        Arrays.sort(bp, 0, nb);
        double tol = Decider.EPS * scale;
        double ta = 0, fa = 0;
        for (int i = 0; i < nb; i++) {
            double tb = bp[i], fb = change(a, x0, dir, tb);
            if (fb < -tol) return fa <= tol ? ta : ta + fa * (tb - ta) / (fa - fb);
            ta = tb;
            fa = fb;
        }
        return 1;
    }

    /** Sum over items of salience x (|x0 - p| - |x0 + t dir - p|), in id order. */
    private static double change(Actor[] a, double[] x0, double[] dir, double t) {
        double f = 0;
        for (int kk = 0; kk < x0.length; kk++) {
            if (a[kk] == null || !(a[kk].salience() > 0) || dir[kk] == 0) continue;
            double p = a[kk].position();
            f += a[kk].salience() * (Math.abs(x0[kk] - p) - Math.abs(x0[kk] + t * dir[kk] - p));
        }
        return f;
    }

    private static double utility(Actor a, double x) {
        return -a.salience() * Math.abs(x - a.position());
    }

    private static Actor first(Actor[] a) {
        for (Actor x : a) if (x != null) return x;
        throw new IllegalStateException();
    }

    /** One item of a package deal: every member of the item is bound; those who do not sign are outvoted. */
    private static Decision itemDecision(Issue item, DecisionRule rule, double x, List<String> signatories,
                                         List<String> holders) {
        double q = item.statusQuo();
        boolean adopted = Math.abs(x - q) > Decider.EPS;
        double outcome = adopted ? x : q;
        List<String> participants = new ArrayList<>(), vetoes = new ArrayList<>();
        Map<String, Vote> votes = new LinkedHashMap<>();
        Map<String, Double> gains = new LinkedHashMap<>();
        for (Actor a : item.actors()) {
            votes.put(a.name(), !a.member() ? Vote.NO_VOTE : signatories.contains(a.name()) ? Vote.YES : Vote.NO);
            gains.put(a.name(), adopted ? a.salience() * (Math.abs(q - a.position()) - Math.abs(outcome - a.position())) + 0.0 : 0.0);
            if (a.member() && adopted) participants.add(a.name());
            if (a.member() && holders.contains(a.name())) vetoes.add(a.name());
        }
        participants.sort(null);
        vetoes.sort(null);
        return new Decision(item.id(), rule, adopted, outcome, List.copyOf(participants), List.copyOf(vetoes),
                List.of(), List.copyOf(vetoes), votes, gains);
    }

    private static Decision relabel(Decision d, DecisionRule rule) {
        return d.rule().equals(rule) ? d : new Decision(d.issueId(), rule, d.adopted(), d.outcome(), d.participants(),
                d.vetoes(), d.optOuts(), d.pivotal(), d.votes(), d.gains());
    }
}
