package org.scosim.experiment.report;

import org.scosim.experiment.Comparison;
import org.scosim.experiment.Design;
import org.scosim.experiment.Sweep;
import org.scosim.experiment.VarySpec;
import org.scosim.output.Confidence;
import org.scosim.output.Measure;
import org.scosim.output.Num;
import org.scosim.output.Provenance;

import java.util.List;
import java.util.Map;

import static org.scosim.experiment.report.HtmlReport.esc;
import static org.scosim.experiment.report.HtmlReport.num;

/**
 * {@code report.html} of a sweep: one self-contained page like the comparison's (inline SVG, no script, no link to
 * another file): the design, then per measure its heatmap over two paths (a grid, or a hypercube in groups of
 * values) and its plot against each varying path, with the numbers behind them.
 */
public final class SweepReport {
    public static final String FILE = HtmlReport.FILE;

    private SweepReport() {
    }

    public static String render(String scenarioTitle, String scenarioFile, String design, List<VarySpec> specs,
                                List<Design.Point> points, int replications, long masterSeed, List<String> measures,
                                Sweep.Results tables, Map<String, String> svg) {
        StringBuilder h = new StringBuilder(1 << 16);
        List<Integer> vary = Sweep.varying(specs, points);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc("scosim sweep: " + scenarioTitle)).append("</title>\n")
                .append("<style>\n").append(HtmlReport.CSS).append("</style>\n</head>\n<body>\n<main>\n");
        h.append("<h1>Sweep of ").append(esc(scenarioTitle)).append("</h1>\n");
        h.append("<p class=\"lead\">").append(Num.count(points.size())).append(" design points (")
                .append(design.equals("lhs") ? "Latin hypercube" : "grid: every combination").append(") &times; ")
                .append(Num.count(replications)).append(replications == 1 ? " replication of <code>" : " replications of <code>")
                .append(esc(scenarioFile))
                .append("</code>, ").append(Sweep.seedVaries(specs, points)
                        ? "each point with replication seeds of its own (from the varied seed)"
                        : "every point with the same replication seeds (master seed " + masterSeed + ")")
                .append(". Measures are read in the runs' last year, ").append(tables.lastYear()).append(".</p>\n");
        if (replications < Confidence.MIN_RELIABLE_N) {
            h.append("<p class=\"warn\">").append(esc(Confidence.fewReplicationsWarning(replications))).append("</p>\n");
        }
        h.append("<table class=\"scenarios\">\n<thead><tr><th>Parameter</th><th>Path</th><th>Values</th></tr></thead>\n<tbody>\n");
        for (VarySpec s : specs) {
            h.append("<tr><td>").append(esc(SweepPlots.words(s.path()))).append("</td><td><code>").append(esc(s.path()))
                    .append("</code></td><td>").append(esc(valuesInWords(s))).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");

        h.append("<nav><h2>Measures</h2>\n<ul class=\"toc\">\n");
        for (String m : measures) {
            h.append("<li><a href=\"#").append(esc(m)).append("\">").append(esc(Comparison.measure(m).description()))
                    .append("</a></li>\n");
        }
        h.append("</ul>\n</nav>\n");

        for (int mi = 0; mi < measures.size(); mi++) {
            String m = measures.get(mi);
            Measure meas = Comparison.measure(m);
            h.append("<section class=\"series\" id=\"").append(esc(m)).append("\">\n<h2>").append(esc(meas.description()))
                    .append(" in ").append(tables.lastYear()).append("</h2>\n<p class=\"meta\"><code>").append(esc(m))
                    .append("</code> &middot; ").append(esc(meas.unit())).append("</p>\n<div class=\"plots\">\n");
            if (vary.size() == 2) {
                String stem = SweepPlots.heatmapStem(m, specs.get(vary.get(1)), specs.get(vary.get(0)));
                if (svg.containsKey(stem)) {
                    h.append(figure(svg.get(stem), design.equals("grid")
                            ? "Mean at each design point (colour and number), over its "
                                    + replications + (replications == 1 ? " replication" : " replications")
                            : "Mean of the design points in each cell of groups of neighbouring values of the two "
                                    + "parameters (colour and number); grey where no point falls"));
                }
            }
            for (Sweep.Summary s : tables.summaries()) {
                if (!s.measure().equals(m) || !svg.containsKey(SweepPlots.stem(s))) continue;
                h.append(figure(svg.get(SweepPlots.stem(s)), ValueGroups.many(s)
                        ? "By " + SweepPlots.words(s.path()).toLowerCase() + ": the mean of each value (dots), and the mean of "
                                + "groups of neighbouring values with its 95% confidence interval (line and band)"
                        : "By " + SweepPlots.words(s.path()).toLowerCase()
                                + ": mean (line) and 95% confidence interval of the mean (band), pooled over the other parameters' values"));
            }
            h.append("</div>\n");
            for (Sweep.Summary s : tables.summaries()) {
                if (!s.measure().equals(m)) continue;
                if (ValueGroups.many(s)) {
                    groupsTable(h, s, meas);
                    continue;
                }
                h.append("<table class=\"stats\">\n<thead><tr><th>").append(esc(SweepPlots.words(s.path())))
                        .append("</th><th class=\"num\">n</th><th class=\"num\">Mean</th><th class=\"num\">95% CI</th>")
                        .append("</tr></thead>\n<tbody>\n");
                for (int i = 0; i < s.values().size(); i++) {
                    h.append("<tr><td>").append(esc(s.values().get(i))).append("</td><td class=\"num\">").append(s.n()[i])
                            .append("</td><td class=\"num\">").append(num(s.mean()[i])).append("</td><td class=\"num\">")
                            .append(num(s.low()[i])).append(" to ").append(num(s.high()[i])).append("</td></tr>\n");
                }
                h.append("</tbody>\n</table>\n");
            }
            h.append("</section>\n");
        }
        h.append("<section class=\"methods\">\n<h2>Methods</h2>\n<p class=\"note\">Intervals are Student's t-intervals ")
                .append("of the mean over the runs, cut to what the measure can be (a count or an amount is never ")
                .append("negative, a share never above 1). A plot against one parameter pools the runs of every design ")
                .append("point with that value, so it averages over the other parameters' values");
        if (vary.size() == 2 && design.equals("grid")) h.append("; the heatmap shows each combination on its own");
        if (!design.equals("grid") && SweepPlots.groupedHeatmaps(specs, vary, points.size())) {
            h.append("; the heatmap shows the two parameters together, each cell the mean of the design points in it");
        }
        h.append(".");
        if (tables.summaries().stream().anyMatch(ValueGroups::many)) {
            h.append(" A parameter with more than ").append(ValueGroups.MANY_VALUES).append(" values (a Latin hypercube's) ")
                    .append("is drawn as a dot for each value's mean and the mean of groups of neighbouring values (at most ")
                    .append(ValueGroups.MOST_GROUPS).append(", of equal size), whose interval is over the group's values.");
        }
        h.append("</p>\n</section>\n");
        h.append("<footer>Made by scosim ").append(esc(Provenance.version()))
                .append(" (<code>scosim sweep</code>). Data behind this page, in the sweep's folder: <code>")
                .append(Sweep.CSV).append("</code>, <code>").append(Sweep.SUMMARY_CSV).append("</code>, <code>")
                .append(Sweep.POINTS_CSV).append("</code>, the plots as PNG and SVG in <code>").append(SweepPlots.DIR)
                .append("/</code>; provenance in <code>provenance.json</code>.</footer>\n</main>\n</body>\n</html>\n");
        return h.toString();
    }

    /** The groups of a path with many values, in place of a row a value (which sweep-summary.csv holds). */
    private static void groupsTable(StringBuilder h, Sweep.Summary s, Measure meas) {
        h.append("<table class=\"stats\">\n<thead><tr><th>").append(esc(SweepPlots.words(s.path())))
                .append("</th><th class=\"num\">Values</th><th class=\"num\">n</th><th class=\"num\">Mean</th>")
                .append("<th class=\"num\">95% CI</th></tr></thead>\n<tbody>\n");
        for (ValueGroups.Group g : ValueGroups.of(s, meas.range())) {
            h.append("<tr><td>").append(num(g.from())).append(" to ").append(num(g.to())).append("</td><td class=\"num\">")
                    .append(g.values()).append("</td><td class=\"num\">").append(g.runs()).append("</td><td class=\"num\">")
                    .append(num(g.mean())).append("</td><td class=\"num\">").append(num(g.low())).append(" to ")
                    .append(num(g.high())).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n<p class=\"note\">").append(s.values().size())
                .append(" values, in groups of neighbouring values: each group's mean of its values' means, and the ")
                .append("95% interval of that mean over its values. Every value's own mean and interval: <code>")
                .append(Sweep.SUMMARY_CSV).append("</code>.</p>\n");
    }

    /** A path's values as the design table lists them: all of them, or for a long list its range and count. */
    static String valuesInWords(VarySpec s) {
        if (s.continuous()) {
            return "any value from " + Num.format(s.range()[0]) + " to " + Num.format(s.range()[1])
                    + " (six significant digits)";
        }
        List<String> v = s.values();
        if (v.size() <= LISTED_VALUES) return String.join(", ", v);
        if (s.isRange()) {
            return Num.format(s.range()[0]) + " to " + Num.format(s.range()[2]) + " in steps of " + Num.format(s.range()[1])
                    + " (" + v.size() + " values)";
        }
        return String.join(", ", v.subList(0, LISTED_VALUES - 2)) + ", ..., " + v.get(v.size() - 1) + " (" + v.size() + " values)";
    }

    /** The design table lists at most this many values of a path. */
    static final int LISTED_VALUES = 12;

    private static String figure(String svg, String caption) {
        return "<figure>" + svg + "<figcaption>" + esc(caption) + "</figcaption></figure>\n";
    }
}
