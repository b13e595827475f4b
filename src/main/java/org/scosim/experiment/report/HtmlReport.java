package org.scosim.experiment.report;

import org.scosim.experiment.Comparison;
import org.scosim.experiment.Comparison.Row;
import org.scosim.experiment.Comparison.ScenarioInfo;
import org.scosim.experiment.PairedStats;
import org.scosim.experiment.ValueSeries.Key;
import org.scosim.output.Measure;
import org.scosim.output.Measures;
import org.scosim.output.Num;
import org.scosim.output.Provenance;
import org.scosim.output.plot.ChartStyle;

import org.scosim.output.Confidence;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code report.html} of a comparison: one self-contained page (its plots are inline SVG; no script, no link to any
 * other file or address) that a researcher can mail. It opens with the main differences in plain words and a table
 * of the differences that remain significant after Holm's adjustment, then shows the series that differ between
 * scenarios, each with its plots and table, and lists the series that are identical in every scenario. All text taken
 * from scenarios or files is HTML-escaped. Holds no time stamp, so the same experiment gives the same bytes.
 */
public final class HtmlReport {
    public static final String FILE = "report.html";
    /** Family-wise error rate of the "differences that matter" table (Holm-adjusted p below it). */
    public static final double ALPHA = 0.05;
    /**
     * A relative change is shown only when the difference is at most this multiple of the baseline mean: beyond,
     * the base is near zero for the change at hand and a percentage (+200%) says more about the base than the change.
     */
    public static final double RELATIVE_MAX = 1.0;
    /** Nor for counts whose baseline mean is below one (fewer than one agreement, veto, ... on average). */
    public static final double COUNT_BASE_MIN = 1.0;
    /** Rows of the "differences that matter" table before the rest is summarized in a line. */
    static final int MATTER_ROWS = 40;

    /** The measures summarized in words at the top, with how to say them. */
    static final List<String[]> KEY_MEASURES = List.of(
            new String[] {"agreements_adopted", "count", "agreements are adopted by %d"},
            new String[] {"agreements_implemented", "count", "agreements are fully implemented by %d"},
            new String[] {"mean_trust", "amount", "mean trust among members in %d is"},
            new String[] {"intra_sco_trade_bn_usd", "amount", "trade among members in %d is"});

    private HtmlReport() {
    }

    /** The measures summarized in words: name, "count" or "amount", phrase with the year. */
    public static List<String[]> keyMeasures() { return KEY_MEASURES; }

    /**
     * @param plotted stem -> whether the series has data ({@link ComparisonPlots#withData})
     * @param svg     plot stem -> inline SVG ({@link ComparisonPlots#writeAll}); empty: the page holds the tables only
     */
    public static String render(Comparison.Result res, Map<String, String> stateNames, Map<String, Boolean> plotted,
                                Map<String, String> svg, long masterSeed) {
        StringBuilder h = new StringBuilder(1 << 16);
        List<ScenarioInfo> sc = res.scenarios();
        String base = sc.get(0).id();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc("scosim comparison: " + String.join(" vs ", ids(sc)))).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
        h.append("<h1>Comparison of ").append(sc.size()).append(" scenarios</h1>\n");
        h.append("<p class=\"lead\">").append(Num.count(res.replications())).append(" replications of each scenario with the same ")
                .append("seeds (master seed ").append(masterSeed).append("): replication <i>r</i> of every scenario ")
                .append("draws the same random numbers, so the differences below come from the scenarios. ")
                .append("Differences are paired, against <b>").append(esc(base)).append("</b>.</p>\n");
        if (res.replications() < Confidence.MIN_RELIABLE_N) {
            h.append("<p class=\"warn\">").append(esc(Confidence.fewReplicationsWarning(res.replications()))).append("</p>\n");
        }
        h.append("<table class=\"scenarios\">\n<thead><tr><th></th><th>Scenario</th><th>Title</th><th>File</th>")
                .append("<th>Period</th></tr></thead>\n<tbody>\n");
        for (int s = 0; s < sc.size(); s++) {
            ScenarioInfo i = sc.get(s);
            h.append("<tr><td>").append(swatch(s)).append("</td><td><b>").append(esc(i.id())).append("</b>")
                    .append(s == 0 ? " <span class=\"tag\">baseline</span>" : "").append("</td><td>")
                    .append(esc(i.title())).append("</td><td><code>").append(esc(i.file())).append("</code></td><td>")
                    .append(i.startYear()).append("&ndash;").append(i.endYear()).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");

        h.append("<section class=\"summary\">\n<h2>Main differences</h2>\n<ul>\n");
        int sentences = 0;
        for (int s = 1; s < sc.size(); s++) {
            for (int year : res.chosenYears()) {
                for (String[] km : KEY_MEASURES) {
                    Row r = res.row(new Key(km[0], Measures.SCO), year, s);
                    if (r == null) continue;
                    h.append("<li>").append(swatch(s)).append(' ').append(esc(sentence(km, r, sc.get(s).id(), base))).append("</li>\n");
                    sentences++;
                }
            }
        }
        if (sentences == 0) h.append("<li>No year is shared by the scenarios among the chosen years.</li>\n");
        h.append("</ul>\n<p class=\"note\">Percentages are relative to the mean of ").append(esc(base))
                .append("; their 95% confidence intervals are the paired difference's t-interval divided by that mean. ")
                .append("Where the difference exceeds the baseline mean, or a count's baseline mean is below one, ")
                .append("the difference is given as an amount instead: a percentage of a near-zero base misleads.</p>\n")
                .append("</section>\n");

        List<Key> changed = new ArrayList<>(), unchanged = new ArrayList<>();
        for (int k = 0; k < res.keys().size(); k++) {
            Key key = res.keys().get(k);
            if (!Boolean.TRUE.equals(plotted.get(ComparisonPlots.stem(key)))) continue;
            (identical(res, k) ? unchanged : changed).add(key);
        }
        matter(h, res, stateNames);

        h.append("<nav><h2>Series that differ between scenarios</h2>\n<ul class=\"toc\">\n");
        for (Key k : changed) {
            h.append("<li><a href=\"#").append(esc(ComparisonPlots.stem(k))).append("\">")
                    .append(esc(ComparisonPlots.title(k, stateNames))).append("</a></li>\n");
        }
        if (changed.isEmpty()) h.append("<li>None: every series is identical in every scenario.</li>\n");
        h.append("</ul>\n");
        if (!unchanged.isEmpty()) h.append("<p class=\"note\">").append(unchanged.size())
                .append(" more series are identical in every scenario; they are listed <a href=\"#unchanged\">at the end</a>.</p>\n");
        h.append("</nav>\n");

        for (Key k : changed) {
            String stem = ComparisonPlots.stem(k);
            Measure m = Comparison.measure(k.measure());
            h.append("<section class=\"series\" id=\"").append(esc(stem)).append("\">\n<h2>")
                    .append(esc(ComparisonPlots.title(k, stateNames))).append("</h2>\n<p class=\"meta\"><code>")
                    .append(esc(k.measure())).append("</code> &middot; subject <code>").append(esc(k.subject()))
                    .append("</code> &middot; ").append(esc(m.unit())).append("</p>\n");
            if (svg.containsKey(stem)) {
                h.append("<div class=\"plots\">\n").append(figure(svg.get(stem), "All scenarios: mean (line) and 95% "
                        + "confidence interval of the mean (band; dashed edges), " + m.description()));
                if (svg.containsKey(stem + "-diff")) {
                    h.append(figure(svg.get(stem + "-diff"), "Paired difference to " + base
                            + ": mean (line) and 95% confidence interval of the mean difference (band; dashed edges)"));
                }
                h.append("</div>\n");
            }
            table(h, res, k);
            h.append("</section>\n");
        }

        if (!unchanged.isEmpty()) {
            h.append("<section id=\"unchanged\">\n<h2>Unchanged</h2>\n<p class=\"note\">Identical in every scenario, ")
                    .append("replication by replication, in every year:</p>\n<ul class=\"toc\">\n");
            for (Key k : unchanged) {
                h.append("<li>").append(esc(ComparisonPlots.title(k, stateNames))).append(" <code>")
                        .append(esc(ComparisonPlots.stem(k))).append("</code>").append(constant(res, k)).append("</li>\n");
            }
            h.append("</ul>\n</section>\n");
        }

        h.append("<section class=\"methods\">\n<h2>Methods</h2>\n<p class=\"note\">Tests: paired t-test and Wilcoxon ")
                .append("signed-rank test (exact for up to ").append(PairedStats.EXACT_MAX).append(" non-zero differences); ")
                .append("effect size Cohen's d<sub>z</sub> = mean difference / s.d. of the differences. ")
                .append("<b>Multiple testing:</b> the p-values marked &ldquo;Holm&rdquo; are adjusted by Holm's step-down ")
                .append("method over all ").append(tests(res)).append(" tests of this comparison (every series, chosen year ")
                .append("and scenario; series identical in every replication are not tests), which keeps the chance of ")
                .append("any false finding at 5% whatever the dependence between the tests. Unadjusted p-values are ")
                .append("shown for reference. Intervals of a scenario's mean are Student's t-intervals over the ")
                .append("replications, cut to what the measure can be (a count or an amount is never negative, a share ")
                .append("never above 1); intervals of differences are the paired t-interval.</p>\n</section>\n");
        h.append("<footer>Made by scosim ").append(esc(Provenance.version()))
                .append(" (<code>scosim compare</code>). Data behind this page, in the comparison's folder: ")
                .append("<code>comparison.csv</code>, <code>differences.csv</code>, each scenario's folder and the plots ")
                .append("as PNG and SVG in <code>").append(ComparisonPlots.DIR).append("/</code>; provenance in ")
                .append("<code>provenance.json</code>.</footer>\n</main>\n</body>\n</html>\n");
        return h.toString();
    }

    /** Whether series {@code k} is the same in every scenario, replication by replication, in every year. */
    static boolean identical(Comparison.Result res, int k) {
        for (int s = 1; s < res.scenarios().size(); s++) {
            Comparison.Band b = res.diff()[k][s];
            for (int t = 0; t < b.years().length; t++) {
                if (b.n()[t] == 0) continue;
                if (b.mean()[t] != 0 || b.low()[t] != 0 || b.high()[t] != 0) return false;
            }
        }
        return true;
    }

    /** ": always 6" when the baseline's series never changes (mean constant over years, no spread). */
    private static String constant(Comparison.Result res, Key key) {
        Comparison.Band b = res.overlay()[res.keys().indexOf(key)][0];
        double v = Double.NaN;
        for (int t = 0; t < b.years().length; t++) {
            if (b.n()[t] == 0) continue;
            if (b.low()[t] != b.high()[t] || (!Double.isNaN(v) && b.mean()[t] != v)) return "";
            v = b.mean()[t];
        }
        return Double.isNaN(v) ? "" : ": always " + num(v);
    }

    private static long tests(Comparison.Result res) {
        return res.rows().stream().filter(r -> !Double.isNaN(r.tPHolm())).count();
    }

    /** The differences still significant after Holm's adjustment, smallest adjusted p first. */
    private static void matter(StringBuilder h, Comparison.Result res, Map<String, String> stateNames) {
        List<Row> sig = new ArrayList<>();
        for (Row r : res.rows()) if (r.tPHolm() < ALPHA) sig.add(r);
        sig.sort(Comparator.comparingDouble(Row::tPHolm)
                .thenComparing(Comparator.comparingDouble((Row r) -> Math.abs(r.stats().cohensDz())).reversed()));
        h.append("<section class=\"matter\">\n<h2>Differences that matter</h2>\n");
        if (sig.isEmpty()) {
            h.append("<p>No difference is significant at 5% after Holm's adjustment over the ").append(tests(res))
                    .append(" tests of this comparison.</p>\n</section>\n");
            return;
        }
        h.append("<p class=\"note\">").append(sig.size()).append(" of ").append(tests(res))
                .append(" differences are significant at 5% after Holm's adjustment (paired t-test), smallest ")
                .append("adjusted p first.</p>\n");
        h.append("<table class=\"stats\">\n<thead><tr><th>Series</th><th>Year</th><th>Scenario</th>")
                .append("<th class=\"num\">Baseline mean</th><th class=\"num\">Mean</th><th class=\"num\">Difference</th>")
                .append("<th class=\"num\">95% CI</th><th class=\"num\">Relative</th><th class=\"num\">p (Holm)</th>")
                .append("</tr></thead>\n<tbody>\n");
        for (int i = 0; i < Math.min(MATTER_ROWS, sig.size()); i++) {
            Row r = sig.get(i);
            PairedStats.Result st = r.stats();
            String stem = ComparisonPlots.stem(r.key());
            h.append("<tr><td><a href=\"#").append(esc(stem)).append("\">").append(esc(ComparisonPlots.title(r.key(), stateNames)))
                    .append("</a></td><td>").append(r.year()).append("</td><td>").append(swatch(r.scenario())).append(' ')
                    .append(esc(res.scenarios().get(r.scenario()).id())).append("</td><td class=\"num\">")
                    .append(num(st.baselineMean())).append("</td><td class=\"num\">").append(num(st.mean()))
                    .append("</td><td class=\"num\">").append(signed(st.diff())).append("</td><td class=\"num\">")
                    .append(num(st.ciLow())).append(" to ").append(num(st.ciHigh())).append("</td><td class=\"num\">")
                    .append(relative(r)).append("</td><td class=\"num\">").append(p(r.tPHolm())).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        if (sig.size() > MATTER_ROWS) {
            h.append("<p class=\"note\">").append(sig.size() - MATTER_ROWS)
                    .append(" more in the series' tables below and in <code>comparison.csv</code> (column <code>t_p_holm</code>).</p>\n");
        }
        h.append("</section>\n");
    }

    /** Whether a difference is best read as a percentage of the baseline mean (see {@link #RELATIVE_MAX}). */
    public static boolean relativeReadable(PairedStats.Result st, boolean count) {
        double b = st.baselineMean();
        return Double.isFinite(st.relDiff()) && b > 0 && Math.abs(st.diff()) <= RELATIVE_MAX * b
                && !(count && b < COUNT_BASE_MIN);
    }

    private static String relative(Row r) {
        boolean count = ComparisonPlots.isCount(Comparison.measure(r.key().measure()));
        return relativeReadable(r.stats(), count) ? pct(r.stats().relDiff()) : "&ndash;";
    }

    private static void table(StringBuilder h, Comparison.Result res, Key k) {
        h.append("<table class=\"stats\">\n<thead><tr><th>Year</th><th>Scenario</th><th class=\"num\">n</th>")
                .append("<th class=\"num\">Mean</th><th class=\"num\">Difference to ").append(esc(res.scenarios().get(0).id()))
                .append("</th><th class=\"num\">95% CI</th><th class=\"num\">Relative</th><th class=\"num\">t-test p</th>")
                .append("<th class=\"num\">p (Holm)</th><th class=\"num\">Wilcoxon p</th><th class=\"num\">d<sub>z</sub></th>")
                .append("</tr></thead>\n<tbody>\n");
        boolean any = false;
        for (int year : res.chosenYears()) {
            for (int s = 0; s < res.scenarios().size(); s++) {
                Row r = res.row(k, year, s);
                if (r == null) continue;
                any = true;
                PairedStats.Result st = r.stats();
                h.append("<tr").append(s == 0 ? " class=\"base\"" : "").append("><td>").append(year).append("</td><td>")
                        .append(swatch(s)).append(' ').append(esc(res.scenarios().get(s).id())).append("</td><td class=\"num\">")
                        .append(st.n()).append("</td><td class=\"num\">").append(num(st.mean())).append("</td>");
                if (s == 0) {
                    h.append("<td class=\"num\" colspan=\"7\">baseline</td>");
                } else {
                    h.append("<td class=\"num\">").append(signed(st.diff())).append("</td><td class=\"num\">")
                            .append(num(st.ciLow())).append(" to ").append(num(st.ciHigh())).append("</td><td class=\"num\">")
                            .append(relative(r)).append("</td><td class=\"num\">").append(p(st.tP()))
                            .append("</td><td class=\"num\">").append(p(r.tPHolm()))
                            .append("</td><td class=\"num\">").append(p(st.wilcoxonP())).append("</td><td class=\"num\">")
                            .append(num(st.cohensDz())).append("</td>");
                }
                h.append("</tr>\n");
            }
        }
        if (!any) h.append("<tr><td colspan=\"11\">No chosen year is in the scenarios' periods.</td></tr>\n");
        h.append("</tbody>\n</table>\n");
    }

    /**
     * e.g. "Under rule-unanimity, 38% fewer agreements are adopted by 2016 than under sco-baseline (95% CI 31% to
     * 45%; means 14.2 and 22.9)."
     */
    public static String sentence(String[] km, Row r, String scenario, String base) {
        PairedStats.Result st = r.stats();
        boolean count = km[1].equals("count");
        String what = String.format(Locale.ROOT, km[2], r.year());
        String means = "means " + sig(st.mean()) + " and " + sig(st.baselineMean());
        if (st.n() < 2) {
            return "Under " + scenario + ", " + (count ? "the number of " + what : what.replace(" is", "")) + ": "
                    + means + " (too few replications for a confidence interval).";
        }
        if (st.diff() == 0 && st.ciLow() == 0 && st.ciHigh() == 0) {
            return "Under " + scenario + ", " + (count ? "as many " + what + " as" : what + " the same as") + " under "
                    + base + ", in every replication (" + sig(st.mean()) + ").";
        }
        boolean relative = relativeReadable(st, count);
        double scale = relative ? 100 / st.baselineMean() : 1;
        String unit = relative ? "%" : "";
        double d = st.diff() * scale, lo = st.ciLow() * scale, hi = st.ciHigh() * scale;
        boolean less = d < 0;
        String more = count ? "more" : "higher", fewer = count ? "fewer" : "lower";
        String amount = fmt(Math.abs(d)) + unit + " " + (less ? fewer : more);
        String head = count ? "Under " + scenario + ", " + amount + " " + what + " than under " + base
                : "Under " + scenario + ", " + what + " " + amount + " than under " + base;
        String ci;
        if (lo > 0 || hi < 0) {
            double a = less ? -hi : lo, b = less ? -lo : hi;
            ci = "95% CI " + fmt(a) + unit + " to " + fmt(b) + unit;
        } else {
            ci = "95% CI from " + fmt(-lo) + unit + " " + fewer + " to " + fmt(hi) + unit + " " + more
                    + ": not distinguishable from no difference, paired t-test " + pIs(st.tP());
        }
        // With many tests in a comparison, the adjusted p says whether the difference survives them all.
        String holm = Double.isFinite(r.tPHolm()) ? "; Holm-adjusted " + pIs(r.tPHolm()) : "";
        return head + " (" + ci + "; " + means + holm + ").";
    }

    static String fmt(double v) {
        double a = Math.abs(v);
        if (a >= 10) return String.format(Locale.ROOT, "%.0f", v);
        if (a >= 1) return String.format(Locale.ROOT, "%.1f", v);
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** Four significant digits for reading (the CSV files keep six): 1272.49 -> 1272, 0.961667 -> 0.9617. */
    static String sig(double v) {
        if (!Double.isFinite(v)) return "NA";
        if (v == 0) return "0";
        String s = new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    static String num(double v) {
        return Double.isFinite(v) ? sig(v).replace("-", "&minus;") : "&ndash;";
    }

    static String signed(double v) {
        if (!Double.isFinite(v)) return "&ndash;";
        String s = sig(v);
        return v > 0 ? "+" + s : s.replace("-", "&minus;");
    }

    static String pct(double v) {
        if (!Double.isFinite(v)) return "&ndash;";
        String s = fmt(100 * v) + "%";
        return v > 0 ? "+" + s : s.replace("-", "&minus;");
    }

    static String p(double v) {
        if (!Double.isFinite(v)) return "&ndash;";
        if (v < 0.001) return "&lt; 0.001";
        return String.format(Locale.ROOT, v < 0.01 ? "%.4f" : "%.3f", v);
    }

    /** "p = 0.031" or "p < 0.001", as plain text. */
    static String pIs(double v) {
        String t = pText(v);
        return t.startsWith("<") ? "p " + t : "p = " + t;
    }

    /** A p-value as plain text (sentences are escaped as a whole). */
    static String pText(double v) {
        if (!Double.isFinite(v)) return "NA";
        if (v < 0.001) return "< 0.001";
        return String.format(Locale.ROOT, v < 0.01 ? "%.4f" : "%.3f", v);
    }

    private static String figure(String svg, String caption) {
        return "<figure>" + svg + "<figcaption>" + esc(caption) + "</figcaption></figure>\n";
    }

    /** A scenario's colour as in the plots; from the eighth scenario on, a short line with its dash pattern. */
    static String swatch(int s) {
        Color c = ChartStyle.colour(s);
        String rgb = String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
        float[] dash = ChartStyle.dash(s);
        if (dash == null) return "<span class=\"sw\" style=\"background:" + rgb + "\"></span>";
        StringBuilder pattern = new StringBuilder();
        for (float d : dash) pattern.append(pattern.isEmpty() ? "" : " ").append(Num.format(d));
        return "<svg class=\"sw-line\" width=\"28\" height=\"12\" aria-hidden=\"true\"><line x1=\"0\" y1=\"6\" x2=\"28\""
                + " y2=\"6\" stroke=\"" + rgb + "\" stroke-width=\"3\" stroke-dasharray=\"" + pattern + "\"/></svg>";
    }

    private static List<String> ids(List<ScenarioInfo> sc) {
        return sc.stream().map(ScenarioInfo::id).toList();
    }

    /** Escapes text for HTML element content and quoted attribute values. */
    public static String esc(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static final String CSS = """
            :root { --text: #222; --muted: #666; --line: #e2e2e2; --bg-alt: #f7f7f8; --accent: #0072b2; }
            * { box-sizing: border-box; }
            body { margin: 0; font: 15px/1.55 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
                   color: var(--text); background: #fff; }
            main { max-width: 1240px; margin: 0 auto; padding: 28px 32px 60px; }
            h1 { font-size: 28px; margin: 0 0 8px; }
            h2 { font-size: 20px; margin: 34px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
            p.lead { font-size: 16px; color: #333; max-width: 900px; }
            p.note, p.meta, footer { color: var(--muted); font-size: 13px; }
            code { font: 13px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--bg-alt);
                   padding: 1px 4px; border-radius: 3px; }
            a { color: var(--accent); }
            .sw { display: inline-block; width: 12px; height: 12px; border-radius: 2px; vertical-align: -1px; }
            .sw-line { vertical-align: 0; }
            .tag { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted);
                   border: 1px solid var(--line); border-radius: 3px; padding: 0 4px; }
            .summary { background: #f3f8fc; border: 1px solid #d6e6f2; border-radius: 6px; padding: 4px 20px 8px;
                       margin-top: 24px; }
            .summary h2 { border: 0; margin-top: 14px; }
            .summary li { margin: 6px 0; font-size: 16px; }
            ul.toc { columns: 3 260px; padding-left: 18px; }
            table { border-collapse: collapse; margin: 10px 0 4px; font-size: 14px; }
            th, td { padding: 5px 10px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
            th { font-weight: 600; background: var(--bg-alt); }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            tr.base td { color: var(--muted); }
            .plots { display: grid; grid-template-columns: repeat(auto-fill, minmax(480px, 1fr)); gap: 12px; }
            figure { margin: 0; }
            figure svg { display: block; width: 100%; height: auto; border: 1px solid var(--line); border-radius: 4px; }
            figcaption { color: var(--muted); font-size: 13px; margin-top: 4px; }
            p.warn { background: #fff4e5; border: 1px solid #f0c27b; border-radius: 6px; padding: 8px 14px; }
            .matter table { width: 100%; }
            footer { margin-top: 48px; border-top: 1px solid var(--line); padding-top: 10px; }
            """;
}
