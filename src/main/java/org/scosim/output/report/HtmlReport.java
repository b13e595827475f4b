package org.scosim.output.report;

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

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code report.html} of a comparison: a self-contained page (its plots are the PNG files beside it, linked
 * relatively; no script, no network) that opens with the main differences in plain words, then shows each series'
 * plots and table. All text taken from scenarios or files is HTML-escaped. Holds no time stamp, so the same
 * experiment gives the same bytes.
 */
public final class HtmlReport {
    public static final String FILE = "report.html";

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
     * @param images  whether the plots were drawn (else the page holds the tables only)
     */
    public static String render(Comparison.Result res, Map<String, String> stateNames, Map<String, Boolean> plotted,
                                boolean images, long masterSeed) {
        StringBuilder h = new StringBuilder(1 << 16);
        List<ScenarioInfo> sc = res.scenarios();
        String base = sc.get(0).id();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc("scosim comparison: " + String.join(" vs ", ids(sc)))).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
        h.append("<h1>Comparison of ").append(sc.size()).append(" scenarios</h1>\n");
        h.append("<p class=\"lead\">").append(res.replications()).append(" replications of each scenario with the same ")
                .append("seeds (master seed ").append(masterSeed).append("): replication <i>r</i> of every scenario ")
                .append("draws the same random numbers, so the differences below come from the scenarios. ")
                .append("Differences are paired, against <b>").append(esc(base)).append("</b>.</p>\n");
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
                .append("Tests: paired t-test and Wilcoxon signed-rank test (exact for up to ")
                .append(PairedStats.EXACT_MAX).append(" non-zero differences); effect size Cohen's d<sub>z</sub> = ")
                .append("mean difference / s.d. of the differences.</p>\n</section>\n");

        h.append("<nav><h2>Series</h2>\n<ul class=\"toc\">\n");
        for (Key k : res.keys()) {
            if (!Boolean.TRUE.equals(plotted.get(ComparisonPlots.stem(k)))) continue;
            h.append("<li><a href=\"#").append(esc(ComparisonPlots.stem(k))).append("\">")
                    .append(esc(ComparisonPlots.title(k, stateNames))).append("</a></li>\n");
        }
        h.append("</ul>\n</nav>\n");

        for (Key k : res.keys()) {
            String stem = ComparisonPlots.stem(k);
            if (!Boolean.TRUE.equals(plotted.get(stem))) continue;
            Measure m = Comparison.measure(k.measure());
            h.append("<section class=\"series\" id=\"").append(esc(stem)).append("\">\n<h2>")
                    .append(esc(ComparisonPlots.title(k, stateNames))).append("</h2>\n<p class=\"meta\"><code>")
                    .append(esc(k.measure())).append("</code> &middot; subject <code>").append(esc(k.subject()))
                    .append("</code> &middot; ").append(esc(m.unit())).append("</p>\n");
            if (images) {
                h.append("<div class=\"plots\">\n")
                        .append(img(ComparisonPlots.DIR + "/" + stem + ".png", "All scenarios: " + m.description()));
                if (sc.size() > 1) {
                    h.append(img(ComparisonPlots.DIR + "/" + stem + "-diff.png", "Difference to " + base + ": " + m.description()));
                }
                h.append("</div>\n");
            }
            table(h, res, k);
            h.append("</section>\n");
        }
        h.append("<footer>Made by scosim ").append(esc(Provenance.version()))
                .append(" (<code>scosim compare</code>). Data behind this page: <a href=\"comparison.csv\">comparison.csv</a>, ")
                .append("<a href=\"differences.csv\">differences.csv</a>, each scenario's folder; provenance in ")
                .append("<a href=\"provenance.json\">provenance.json</a>.</footer>\n</main>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void table(StringBuilder h, Comparison.Result res, Key k) {
        h.append("<table class=\"stats\">\n<thead><tr><th>Year</th><th>Scenario</th><th class=\"num\">n</th>")
                .append("<th class=\"num\">Mean</th><th class=\"num\">Difference to ").append(esc(res.scenarios().get(0).id()))
                .append("</th><th class=\"num\">95% CI</th><th class=\"num\">Relative</th><th class=\"num\">t-test p</th>")
                .append("<th class=\"num\">Wilcoxon p</th><th class=\"num\">d<sub>z</sub></th></tr></thead>\n<tbody>\n");
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
                    h.append("<td class=\"num\" colspan=\"6\">baseline</td>");
                } else {
                    h.append("<td class=\"num\">").append(signed(st.diff())).append("</td><td class=\"num\">")
                            .append(num(st.ciLow())).append(" to ").append(num(st.ciHigh())).append("</td><td class=\"num\">")
                            .append(pct(st.relDiff())).append("</td><td class=\"num\">").append(p(st.tP()))
                            .append("</td><td class=\"num\">").append(p(st.wilcoxonP())).append("</td><td class=\"num\">")
                            .append(num(st.cohensDz())).append("</td>");
                }
                h.append("</tr>\n");
            }
        }
        if (!any) h.append("<tr><td colspan=\"10\">No chosen year is in the scenarios' periods.</td></tr>\n");
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
        double rel = st.relDiff();
        boolean relative = Double.isFinite(rel) && st.baselineMean() > 0;
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
                    + ": not distinguishable from no difference, paired t-test p = " + pText(st.tP());
        }
        return head + " (" + ci + "; " + means + ").";
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

    /** A p-value as plain text (sentences are escaped as a whole). */
    static String pText(double v) {
        if (!Double.isFinite(v)) return "NA";
        if (v < 0.001) return "< 0.001";
        return String.format(Locale.ROOT, v < 0.01 ? "%.4f" : "%.3f", v);
    }

    private static String img(String src, String alt) {
        return "<figure><a href=\"" + esc(src) + "\"><img src=\"" + esc(src) + "\" alt=\"" + esc(alt)
                + "\" loading=\"lazy\"></a></figure>\n";
    }

    private static String swatch(int s) {
        Color c = ChartStyle.colour(s);
        return String.format(Locale.ROOT, "<span class=\"sw\" style=\"background:#%02x%02x%02x\"></span>",
                c.getRed(), c.getGreen(), c.getBlue());
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
            .plots { display: flex; flex-wrap: wrap; gap: 12px; }
            figure { margin: 0; flex: 1 1 520px; }
            figure img { width: 100%; height: auto; border: 1px solid var(--line); border-radius: 4px; }
            footer { margin-top: 48px; border-top: 1px solid var(--line); padding-top: 10px; }
            """;
}
