package org.scosim.gui;

import org.scosim.decision.Actor;
import org.scosim.decision.Decision;
import org.scosim.decision.Explainer;
import org.scosim.decision.Vote;
import org.scosim.io.RuleReader;
import org.scosim.model.SummitRecord;
import org.scosim.scenario.ProposalSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The summit panel's content, as HTML for the panel and as plain text for tests and logs. No Swing here. */
public final class SummitReport {
    private SummitReport() {
    }

    /** Rule name for people: e.g. "qualified majority (2/3 of members)". */
    public static String ruleLabel(org.scosim.decision.DecisionRule r) {
        return RuleReader.toCli(r);
    }

    /** One line per proposal: "2010 development-bank (economy, CHN): adopted at 45.3 under unanimity; vetoes: RUS". */
    public static String text(YearView v) {
        StringBuilder b = new StringBuilder();
        if (v == null) return "";
        b.append("Summit ").append(v.year()).append(" under ").append(ruleLabel(v.rule()))
                .append(v.replayed() ? " (replayed)" : "").append('\n');
        for (SummitRecord r : v.records()) {
            ProposalSpec p = r.proposal();
            Decision d = r.decision();
            b.append(p.id()).append(" (").append(p.domain().label()).append(", ").append(p.proposer()).append("): ")
                    .append(outcome(d));
            if (!d.vetoes().isEmpty()) b.append("; vetoes: ").append(String.join(", ", d.vetoes()));
            if (!d.optOuts().isEmpty()) b.append("; opt-outs: ").append(String.join(", ", d.optOuts()));
            if (!d.pivotal().isEmpty()) b.append("; pivotal: ").append(String.join(", ", d.pivotal()));
            b.append('\n');
            for (Actor a : r.issue().actors()) {
                Vote vote = d.votes().get(a.name());
                b.append("  ").append(a.name()).append(" position ").append(num(a.position()))
                        .append(" vote ").append(vote == null ? "-" : voteLabel(vote))
                        .append(" gain ").append(num(d.gains().getOrDefault(a.name(), 0.0))).append('\n');
            }
        }
        return b.toString();
    }

    static String outcome(Decision d) {
        return d.adopted() ? "adopted at " + num(d.outcome()) : "not adopted (status quo " + num(d.outcome()) + ")";
    }

    static String voteLabel(Vote v) {
        return switch (v) {
            case YES -> "yes";
            case NO -> "no";
            case OPT_OUT -> "opts out";
            case NO_VOTE -> "no vote";
        };
    }

    /** The panel's HTML (Swing's HTML 3.2 subset). */
    public static String html(YearView v) {
        StringBuilder h = new StringBuilder("<html><body style='font-family:sans-serif; font-size:13pt; margin:6px'>");
        if (v == null) {
            h.append("<p>Press <b>play</b> or <b>step</b> on the console to hold the first summit.</p></body></html>");
            return h.toString();
        }
        h.append("<div style='font-size:17pt'><b>Summit ").append(v.year()).append("</b>")
                .append(v.replayed() ? " <font color='#8a2be2'>(replayed)</font>" : "").append("</div>");
        h.append("<div>Rule: <b>").append(esc(ruleLabel(v.rule()))).append("</b></div>");
        if (v.records().isEmpty()) {
            h.append("<p>No proposal was tabled this year.</p>");
        }
        int k = 0;
        for (SummitRecord r : v.records()) {
            k++;
            ProposalSpec p = r.proposal();
            Decision d = r.decision();
            h.append("<hr><div style='font-size:14pt'><b>").append(k).append(". ").append(esc(p.title())).append("</b></div>");
            h.append("<div>proposed by <b>").append(esc(v.name(p.proposer()))).append("</b> &middot; ")
                    .append(esc(p.domain().label())).append(" &middot; ambition ").append(num(p.ambition()));
            if (p.statusQuo() != 0) h.append(" &middot; status quo ").append(num(p.statusQuo()));
            if (p.subject() != null) h.append(" &middot; applicant <b>").append(esc(v.name(p.subject()))).append("</b>");
            h.append("</div>");
            String colour = d.adopted() ? "#1a7f37" : "#c62828";
            h.append("<div style='font-size:14pt'><font color='").append(colour).append("'><b>")
                    .append(d.adopted() ? "ADOPTED at " + num(d.outcome()) : "NOT ADOPTED - stays at " + num(d.outcome()))
                    .append("</b></font> <font size='-1'>(on the proposal's scale: 0 = nothing on the matter, 100 = its fullest text)</font></div>");
            List<String> facts = new ArrayList<>();
            if (!d.vetoes().isEmpty()) facts.add("<b>Blocked by:</b> " + names(v, d.vetoes()));
            if (!d.optOuts().isEmpty()) facts.add("<b>Opted out:</b> " + names(v, d.optOuts()));
            if (!d.pivotal().isEmpty()) facts.add("<b>Pivotal:</b> " + names(v, d.pivotal()));
            if (!facts.isEmpty()) h.append("<div>").append(String.join(" &nbsp; ", facts)).append("</div>");
            h.append("<table border='0' cellspacing='0' cellpadding='3'>");
            h.append("<tr bgcolor='#e8e8e8'><th align='left'>State</th><th align='left'>Status</th>"
                    + "<th align='right'>Position</th><th align='left'>&nbsp;Vote</th><th align='right'>Gain vs status quo</th></tr>");
            for (Actor a : r.issue().actors()) {
                Vote vote = d.votes().get(a.name());
                double gain = d.gains().getOrDefault(a.name(), 0.0);
                String vc = vote == Vote.YES ? "#1a7f37" : vote == Vote.NO ? "#c62828" : "#666666";
                h.append("<tr><td>").append(esc(v.name(a.name()))).append("</td><td>")
                        .append(esc(v.statuses().getOrDefault(a.name(), ""))).append("</td><td align='right'>")
                        .append(num(a.position())).append("</td><td>&nbsp;<font color='").append(vc).append("'><b>")
                        .append(vote == null ? "-" : voteLabel(vote)).append("</b></font></td><td align='right'>")
                        .append(gain > 0.05 ? "+" : "").append(num(gain)).append("</td></tr>");
            }
            h.append("</table>");
            h.append("<div><b>Why:</b></div><ul style='margin-top:0; margin-left:18px'>");
            for (String line : Explainer.explain(r.issue(), d)) h.append("<li>").append(esc(line)).append("</li>");
            h.append("</ul>");
        }
        h.append("</body></html>");
        return h.toString();
    }

    private static String names(YearView v, List<String> iso3) {
        List<String> out = new ArrayList<>();
        for (String s : iso3) out.add(esc(v.name(s)));
        return String.join(", ", out);
    }

    static String num(double x) {
        if (Double.isNaN(x)) return "-";
        double r = Math.round(x * 10) / 10.0;
        if (r == Math.rint(r)) return String.format(Locale.ROOT, "%.0f", r);
        return String.format(Locale.ROOT, "%.1f", r);
    }

    static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
