package org.scosim.experiment.sensitivity;

import org.scosim.output.Num;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code report.html} of a sensitivity analysis: one self-contained page (the plots are inlined as SVG; no script,
 * no network, no external file) that ranks the factors of each measure in words, says how much of the variance is
 * replication noise, and then shows each measure's plot and table. Holds no time stamp, so the same analysis gives
 * the same bytes.
 */
public final class SensitivityReport {
    public static final String FILE = "report.html";
    /** A factor whose mu* (Morris) or upper ST bound (Sobol) is below this share of the largest counts as negligible. */
    static final double NEGLIGIBLE = 0.1;
    /** A Sobol estimate that moves more than this between N/2 and N rows has not converged. */
    static final double CONVERGED = 0.05;
    /** Noise share above which the report warns that the smaller indices are partly noise. */
    static final double NOISY = 0.2;

    private SensitivityReport() {
    }

    /** What the report says about the run; {@code outputsFile}: the tidy outputs' file (outputs.parquet or .csv). */
    public record Context(String scenarioTitle, String scenarioFile, int year, int replications, long masterSeed,
                          String outputsFile) {
    }

    public static void write(Path dir, SensitivityResults res, Context ctx, List<String> stems) throws IOException {
        org.scosim.output.AtomicFiles.write(dir.resolve(FILE), render(res, ctx, dir, stems));
    }

    static String render(SensitivityResults res, Context ctx, Path dir, List<String> stems) throws IOException {
        SensitivityDesign d = res.design();
        boolean morris = res.morris() != null;
        int k = d.factors().size();
        StringBuilder h = new StringBuilder(1 << 16);
        String title = (morris ? "Morris screening" : "Sobol indices") + " of " + k + " factor" + (k == 1 ? "" : "s");
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc("scosim sensitivity: " + title)).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n<main>\n<h1>").append(esc(title)).append("</h1>\n");
        long runs = (long) d.size() * ctx.replications();
        h.append("<p class=\"lead\">Scenario <b>").append(esc(ctx.scenarioTitle())).append("</b> (<code>")
                .append(esc(ctx.scenarioFile())).append("</code>), measures in ").append(ctx.year()).append(". ");
        if (morris) {
            h.append(Num.count(d.samples())).append(" trajectories &times; ").append(k + 1).append(" points on ").append(d.levels())
                    .append(" levels (&Delta; = ").append(brief(Morris.delta(d.levels()))).append(" of each range)");
        } else {
            h.append("N = ").append(Num.count(d.samples())).append(" Saltelli rows &times; ").append(k + 2).append(" points");
        }
        h.append(" = ").append(Num.count(d.size())).append(" design points, ").append(Num.count(ctx.replications()))
                .append(ctx.replications() == 1 ? " replication each (" : " replications each (").append(Num.count(runs))
                .append(runs == 1 ? " replication" : " replications").append(" in all). Every point uses the same replication seeds ")
                .append("(master seed ").append(ctx.masterSeed()).append("), and the indices are computed on the ")
                .append("points' replication means.</p>\n");

        h.append("<section class=\"summary\">\n<h2>Which factors matter</h2>\n<ul>\n");
        for (int m = 0; m < res.measures().size(); m++) {
            h.append("<li>").append(morris ? morrisWords(res, m) : sobolWords(res, m)).append("</li>\n");
        }
        h.append("</ul>\n</section>\n");

        h.append("<h2>Replication noise</h2>\n<p>The variance of the point means mixes the factors' effects with chance: ")
                .append("a point's mean over R replications carries noise of variance s&sup2;/R (s&sup2;: the variance ")
                .append("within the point). The share below is that noise, averaged over the points, against the variance ")
                .append("of the means across points.</p>\n<ul>\n");
        for (int m = 0; m < res.measures().size(); m++) {
            NoiseShare n = res.noise().get(m);
            h.append("<li>").append(esc(SensitivityPlots.title(res.measures().get(m)))).append(": ");
            if (Double.isNaN(n.share())) {
                h.append(ctx.replications() < 2 ? "one replication per point, so the noise cannot be told apart."
                        : "the point means do not vary, so there is nothing to attribute.");
            } else {
                h.append(percent(n.share())).append(" of the variance of the point means is replication noise");
                h.append(n.share() > NOISY ? "; the smaller indices are partly noise: raise --replications." : ".");
            }
            h.append("</li>\n");
        }
        h.append("</ul>\n");

        for (int m = 0; m < res.measures().size(); m++) {
            String measure = res.measures().get(m);
            h.append("<section>\n<h2>").append(esc(SensitivityPlots.title(measure))).append(" <code>")
                    .append(esc(measure)).append("</code></h2>\n<figure>").append(inlineSvg(dir, stems.get(m)))
                    .append("</figure>\n");
            h.append(table(res, m));
            h.append("</section>\n");
        }

        h.append("<h2>Factors</h2>\n<table>\n<thead><tr><th>path</th><th>min</th><th>max</th></tr></thead>\n<tbody>\n");
        for (Factor f : d.factors()) {
            h.append("<tr><td><code>").append(esc(f.path())).append("</code></td><td>").append(Num.format(f.min()))
                    .append("</td><td>").append(Num.format(f.max())).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n<h2>How to read this report</h2>\n<p>");
        h.append(morris ? MORRIS_HELP : SOBOL_HELP).append("</p>\n");
        h.append("<footer>Made by scosim ").append(esc(org.scosim.output.Provenance.version()))
                .append(" (<code>scosim sensitivity</code>). Data behind this page, in the analysis's folder: <code>")
                .append(SensitivityResults.INDICES_CSV).append("</code> (every index), <code>").append(SensitivityResults.DESIGN_CSV)
                .append("</code> (every point's factor values), <code>").append(esc(ctx.outputsFile()))
                .append("</code> (every point's, replication's and measure's value, with the point's factor values), <code>")
                .append(SensitivityResults.NOISE_CSV).append("</code>");
        if (!morris) h.append(", <code>").append(SensitivityResults.CONVERGENCE_CSV).append("</code>");
        h.append(", each point's exact values in <code>").append(PointRuns.DIR).append("/</code>, the plots as PNG and SVG in <code>")
                .append(SensitivityPlots.DIR).append("/</code>; provenance in <code>")
                .append(org.scosim.experiment.ExperimentDir.PROVENANCE).append("</code>.</footer>\n");
        h.append("</main>\n</body>\n</html>\n");
        return h.toString();
    }

    private static String morrisWords(SensitivityResults res, int m) {
        List<Integer> order = ranked(res, m, i -> res.morris()[m][i].muStar());
        String measure = SensitivityPlots.title(res.measures().get(m));
        double top = order.isEmpty() ? Double.NaN : res.morris()[m][order.get(0)].muStar();
        if (order.isEmpty() || !(top > 0)) return "<b>" + esc(measure) + "</b>: no factor changes it over its range.";
        StringBuilder s = new StringBuilder("<b>").append(esc(measure)).append("</b> depends most on ");
        int shown = 0;
        for (int i : order) {
            Morris.Effects e = res.morris()[m][i];
            if (shown == 3 || e.muStar() < NEGLIGIBLE * top) break;
            if (shown > 0) s.append("; ");
            s.append("<code>").append(esc(SensitivityPlots.shortName(res.design().factors().get(i).path()))).append("</code> (mu* ")
                    .append(brief(e.muStar())).append(unit(res.measures().get(m))).append(", ").append(direction(e)).append(")");
            shown++;
        }
        long negligible = order.stream().filter(i -> res.morris()[m][i].muStar() < NEGLIGIBLE * top).count()
                + (res.design().factors().size() - order.size());
        s.append(". ").append(negligible).append(" of ").append(res.design().factors().size())
                .append(" factors have mu* below ").append(percent(NEGLIGIBLE))
                .append(" of the largest: fixing them anywhere in their ranges changes this measure little.");
        return s.toString();
    }

    private static String direction(Morris.Effects e) {
        String sign = Math.abs(e.mu()) >= 0.9 * e.muStar() ? (e.mu() > 0 ? "raises it" : "lowers it") : "either way";
        boolean nonLinear = e.sigma() > e.muStar();
        return sign + (nonLinear ? ", non-linear or interacting (sigma " + brief(e.sigma()) + ")" : "");
    }

    private static String sobolWords(SensitivityResults res, int m) {
        Saltelli.Indices ix = res.sobol().get(m);
        String measure = SensitivityPlots.title(res.measures().get(m));
        List<Integer> order = ranked(res, m, i -> ix.st()[i]);
        if (order.isEmpty()) return "<b>" + esc(measure) + "</b>: the point means do not vary; no index is defined.";
        StringBuilder s = new StringBuilder("<b>").append(esc(measure)).append("</b> depends most on ");
        double top = ix.st()[order.get(0)];
        int shown = 0;
        double sumS1 = 0;
        for (int i = 0; i < ix.s1().length; i++) if (!Double.isNaN(ix.s1()[i])) sumS1 += ix.s1()[i];
        for (int i : order) {
            if (shown == 3 || ix.st()[i] < NEGLIGIBLE * top) break;
            if (shown > 0) s.append("; ");
            s.append("<code>").append(esc(SensitivityPlots.shortName(res.design().factors().get(i).path())))
                    .append("</code> (alone ").append(percent(ix.s1()[i])).append(" of the variance, 95% CI ")
                    .append(percent(ix.s1Low()[i])).append(" to ").append(percent(ix.s1High()[i]))
                    .append("; with its interactions ").append(percent(ix.st()[i])).append(")");
            shown++;
        }
        long none = order.stream().filter(i -> ix.stHigh()[i] < NEGLIGIBLE * top).count();
        s.append(". First-order indices sum to ").append(percent(sumS1)).append(", so interactions account for about ")
                .append(percent(Math.max(0, 1 - sumS1))).append(". ").append(none).append(" of ")
                .append(res.design().factors().size()).append(" factors have a total index whose upper bound is below ")
                .append(percent(NEGLIGIBLE)).append(" of the largest.");
        double gap = res.convergenceGap(m);
        s.append(" Convergence: from N/2 to N rows the indices moved by at most ").append(brief(gap))
                .append(gap > CONVERGED ? " &mdash; not converged; raise --samples." : ".");
        return s.toString();
    }

    private static List<Integer> ranked(SensitivityResults res, int m, java.util.function.IntToDoubleFunction key) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < res.design().factors().size(); i++) if (!Double.isNaN(key.applyAsDouble(i))) order.add(i);
        // largest first; ties keep the order of the --factor options
        order.sort(Comparator.comparingDouble((Integer i) -> -key.applyAsDouble(i)));
        return order;
    }

    private static String table(SensitivityResults res, int m) {
        boolean morris = res.morris() != null;
        List<String> cols = SensitivityResults.indexColumns(res.design().method());
        StringBuilder h = new StringBuilder("<table>\n<thead><tr><th>rank</th><th>factor</th>");
        for (String c : cols) h.append("<th>").append(esc(c)).append("</th>");
        h.append("</tr></thead>\n<tbody>\n");
        List<Integer> order = ranked(res, m, i -> morris ? res.morris()[m][i].muStar() : res.sobol().get(m).st()[i]);
        for (int i = 0; i < res.design().factors().size(); i++) if (!order.contains(i)) order.add(i);
        int rank = 1;
        for (int i : order) {
            h.append("<tr><td>").append(rank++).append("</td><td><code>").append(esc(res.design().factors().get(i).path()))
                    .append("</code></td>");
            for (double v : res.row(m, i)) h.append("<td class=\"num\">").append(cell(v)).append("</td>");
            h.append("</tr>\n");
        }
        return h.append("</tbody>\n</table>\n").toString();
    }

    private static String inlineSvg(Path dir, String stem) throws IOException {
        String svg = Files.readString(dir.resolve(SensitivityPlots.DIR).resolve(stem + ".svg"), StandardCharsets.UTF_8);
        int start = svg.indexOf("<svg");
        if (start < 0) return "";
        // a viewBox lets the page scale the drawing to its width
        String body = svg.substring(start).strip();
        return body.replaceFirst("<svg ", "<svg viewBox='0 0 " + org.scosim.output.plot.ChartFiles.WIDTH + " "
                + org.scosim.output.plot.ChartFiles.HEIGHT + "' ");
    }

    /**
     * A table cell: six significant digits, as in indices.csv, but a magnitude below 10^-6 (an index that is zero but
     * for rounding) in scientific notation with six digits too, "-7.45971e-8", where the CSV keeps every digit.
     */
    static String cell(double v) {
        return tiny(v) ? scientific(v, 6) : Num.format(v);
    }

    /** Three significant digits, for prose (the tables keep six); below 10^-6 as {@code 8.64e-7}. */
    static String brief(double v) {
        if (Double.isNaN(v)) return "NA";
        return tiny(v) ? scientific(v, 3) : Num.format(Double.parseDouble(String.format(java.util.Locale.ROOT, "%.3g", v)));
    }

    /** Nonzero and below 10^-6 in magnitude, where {@link Num#format} would write every digit of the double. */
    private static boolean tiny(double v) {
        double a = Math.abs(v);
        return a > 0 && a < 1e-6;
    }

    /** {@code digits} significant digits in scientific notation, without padding zeros: -7.45971e-8. */
    private static String scientific(double v, int digits) {
        String s = String.format(java.util.Locale.ROOT, "%." + (digits - 1) + "e", v);   // -7.45971e-08
        int e = s.indexOf('e');
        String mantissa = s.substring(0, e).replaceFirst("\\.?0+$", "");
        return mantissa + "e" + Integer.parseInt(s.substring(e + 1));
    }

    private static String unit(String measure) {
        org.scosim.output.Measure m = org.scosim.output.Measures.byName(measure);
        return m == null || m.unit().isBlank() ? "" : " " + esc(m.unit()) + " per whole range";
    }

    static String percent(double share) {
        if (Double.isNaN(share)) return "NA";
        return Num.format(Math.round(share * 1000) / 10.0) + "%";
    }

    static String esc(String s) {
        if (s == null) return "";
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    static final String MORRIS_HELP = "Each factor moves once per trajectory by &Delta; of its range, the others held; "
            + "its elementary effect is the change in the measure divided by that move, so in measure units per whole "
            + "range of the factor. <b>mu*</b>, the mean absolute effect (Campolongo et al. 2007), ranks the factors: "
            + "a factor with mu* near 0 can be fixed at any value in its range. <b>mu</b>, the mean signed effect, "
            + "gives the direction when |mu| is close to mu*. <b>sigma</b>, the standard deviation of the effects, is "
            + "large when the effect depends on where the other factors are (non-linearity or interaction): in the plot, "
            + "factors far to the right matter, factors high up act non-linearly or together with others. Morris ranks "
            + "factors with few runs; it does not apportion variance. For shares of variance run --method sobol on the "
            + "factors that matter.";
    static final String SOBOL_HELP = "<b>S1</b> is the share of the variance of the measure that a factor explains "
            + "alone (Saltelli et al. 2010 estimator); <b>ST</b> the share it is involved in, including interactions "
            + "(Jansen 1999). ST &minus; S1 is what it contributes through interactions; a factor whose ST interval "
            + "reaches 0 has no detectable effect and can be fixed. The intervals are percentile bootstrap 95% "
            + "intervals over the Saltelli rows. The convergence check compares the indices from the first N/2 rows "
            + "with those from all N: a large move means N is too small.";

    static final String CSS = """
            body { margin: 0; font: 15px/1.55 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #222; }
            main { max-width: 1100px; margin: 0 auto; padding: 24px; }
            h1 { font-size: 26px; margin-bottom: 4px; } h2 { font-size: 20px; margin-top: 32px; border-bottom: 1px solid #e2e2e2; }
            .lead { color: #444; } code { font-size: 13px; background: #f7f7f8; padding: 0 3px; }
            .summary li { margin-bottom: 8px; }
            table { border-collapse: collapse; margin: 12px 0; font-size: 14px; }
            th, td { border-bottom: 1px solid #e2e2e2; padding: 4px 10px; text-align: left; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; }
            figure { margin: 8px 0; } figure svg { width: 100%; height: auto; }
            footer { color: #666; font-size: 13px; margin-top: 32px; }
            """;
}
