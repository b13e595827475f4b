package org.scosim.calibration;

import org.jfree.chart.JFreeChart;
import org.scosim.output.AtomicFiles;
import org.scosim.output.plot.ChartFiles;
import org.scosim.scenario.BorderSpec;
import org.scosim.scenario.Scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores a scenario against observed China trade and the historical border settlements, and writes the validation
 * report ({@code validation.md}, {@code validation.json}-free: the numbers are in the markdown tables) with plots.
 */
public final class FitReport {
    /** Border settlements with China, per Gao Fei 2010 (data/sco-timeline.csv). */
    public static final Map<String, Integer> OBSERVED_SETTLEMENTS = Map.of("KAZ", 1998, "KGZ", 1999, "RUS", 2004, "TJK", 2006);
    /** The standard. */
    public static final double AIM_RMSE = 0.30, AIM_BIAS = Math.log(1.3), AIM_OOS_RATIO = 2.0;
    /** The largest observed flow in the target's last year (China-Russia 2008 in Table 1) within this relative error. */
    public static final double AIM_LARGEST_LAST = 0.25;

    /** Settlement of the China-partner border in the simulation. */
    public record Settlement(String partner, int observed, double median, int q05, int q95, double shareSettled,
                             boolean inside) {
    }

    /** Everything the report says, for the markdown and for fit.json. */
    public record Scores(Metrics overall, Map<String, Metrics> perPartner, YearRange fitYears, Metrics inFit,
                         Metrics outOfFit, Map<String, Metrics> perPartnerOutOfFit, List<Settlement> settlements,
                         TradeSimulator.Result result, List<Metrics.Point> points) {
    }

    private FitReport() {
    }

    public static Scores score(TradeSimulator.Result r, Scenario sc, List<TargetData.Observation> obs, YearRange fitYears) {
        List<Metrics.Point> all = Objective.points(r, obs, YearRange.ALL);
        Map<String, Metrics> per = new LinkedHashMap<>();
        Map<String, Metrics> perOut = new LinkedHashMap<>();
        List<Metrics.Point> in = new ArrayList<>(), out = new ArrayList<>();
        for (Metrics.Point p : all) (fitYears.contains(p.year()) ? in : out).add(p);
        for (String partner : r.partners()) {
            per.put(partner, Metrics.of(all.stream().filter(p -> p.partner().equals(partner)).toList()));
            perOut.put(partner, Metrics.of(out.stream().filter(p -> p.partner().equals(partner)).toList()));
        }
        List<Settlement> st = new ArrayList<>();
        int end = r.startYear() + r.years() - 1;
        for (int p = 0; p < r.partners().size(); p++) {
            String partner = r.partners().get(p);
            if (!disputed(sc, partner)) continue;
            Integer o = OBSERVED_SETTLEMENTS.get(partner);
            int n = r.replications().size();
            int[] years = new int[n];
            int settled = 0;
            for (int k = 0; k < n; k++) {
                int y = r.replications().get(k).settled()[p];
                years[k] = y > 0 ? y : end + 1;  // not settled within the run: later than its end
                if (y > 0) settled++;
            }
            Arrays.sort(years);
            double median = n % 2 == 1 ? years[n / 2] : 0.5 * (years[n / 2 - 1] + years[n / 2]);
            int q05 = years[(int) Math.floor(0.05 * (n - 1))];
            int q95 = years[(int) Math.ceil(0.95 * (n - 1))];
            int observed = o == null ? -1 : o;
            st.add(new Settlement(partner, observed, median, q05, q95, (double) settled / n,
                    o != null && q05 <= o && o <= q95));
        }
        return new Scores(Metrics.of(all), per, fitYears, Metrics.of(in), Metrics.of(out), perOut, st, r, all);
    }

    private static boolean disputed(Scenario sc, String partner) {
        for (BorderSpec b : sc.borders()) {
            if ((b.a().equals("CHN") && b.b().equals(partner)) || (b.b().equals("CHN") && b.a().equals(partner))) {
                return b.status() != BorderSpec.BorderStatus.SETTLED;
            }
        }
        return false;
    }

    /**
     * What a calibration adds to the report: rolling-origin checks, bootstrap intervals of the free parameters (either
     * may be empty) and a sentence on how the search ended.
     */
    public record Extras(List<RollingOrigin> origins, List<FreeParameter> free, List<Fitting.Interval> intervals,
                         double[] fitted, String searchNote) {
        public static final Extras NONE = new Extras(List.of(), List.of(), List.of(), new double[0], null);
    }

    /** A holdout check from another calibration: fitted on {@code fitYears}, scored on the rest. */
    public record Holdout(YearRange fitYears, Metrics inSample, Metrics outOfSample, String source) {
    }

    /**
     * Writes {@code validation.md} and the plots into {@code dir}.
     *
     * @param heading     e.g. the scenario title
     * @param parameters  name -> value lines to list (the fitted or free parameters); may be empty
     * @param holdout     may be null
     */
    public static void write(Path dir, Scores s, Scenario sc, String scenarioFile, String heading,
                             Map<String, Double> parameters, Holdout holdout, long seed, String date) throws IOException {
        write(dir, s, sc, scenarioFile, heading, parameters, holdout, seed, date, Extras.NONE);
    }

    public static void write(Path dir, Scores s, Scenario sc, String scenarioFile, String heading,
                             Map<String, Double> parameters, Holdout holdout, long seed, String date, Extras extras) throws IOException {
        Files.createDirectories(dir);
        TradeSimulator.Result r = s.result();
        List<TradeFitChart.Series> series = new ArrayList<>();
        int lastObs = s.points().stream().mapToInt(Metrics.Point::year).max().orElse(r.startYear() + r.years() - 1);
        int years = Math.min(r.years(), lastObs - r.startYear() + 1);
        for (int p = 0; p < r.partners().size(); p++) {
            String partner = r.partners().get(p);
            int[] ys = new int[years];
            double[] mean = new double[years], lo = new double[years], hi = new double[years];
            for (int t = 0; t < years; t++) {
                ys[t] = r.startYear() + t;
                mean[t] = r.mean(p, t);
                lo[t] = r.quantile(p, t, 0.025);
                hi[t] = r.quantile(p, t, 0.975);
            }
            List<Metrics.Point> pts = s.points().stream().filter(x -> x.partner().equals(partner)).toList();
            int[] oy = pts.stream().mapToInt(Metrics.Point::year).toArray();
            double[] ov = pts.stream().mapToDouble(Metrics.Point::observed).toArray();
            series.add(new TradeFitChart.Series(name(sc, partner), p, ys, mean, lo, hi, oy, ov));
        }
        String sub = r.replications().size() + " replications; lines: mean, bands: spread of the replications (central 95%, not a CI of the mean); markers: Table 1 of Gao Fei 2010";
        JFreeChart all = TradeFitChart.chart("China's trade: simulated vs observed", List.of(heading, sub), series);
        ChartFiles.write(all, dir, "trade-fit");
        for (int p = 0; p < series.size(); p++) {
            String partner = r.partners().get(p);
            Metrics m = s.perPartner().get(partner);
            JFreeChart c = TradeFitChart.chart("China-" + series.get(p).label() + " trade",
                    List.of(heading, String.format(Locale.ROOT, "log-RMSE %.3f, bias %+.3f, R² %.3f; %s", m.logRmse(),
                            m.bias(), m.r2(), sub)), List.of(series.get(p)));
            ChartFiles.write(c, dir, "trade-fit-" + partner);
        }
        AtomicFiles.write(dir.resolve("validation.md"), markdown(s, sc, scenarioFile, heading, parameters, holdout, seed, date, extras));
    }

    static String name(Scenario sc, String iso3) {
        int i = sc.indexOf(iso3);
        return i >= 0 ? sc.states().get(i).name() : iso3;
    }

    /** Four significant digits; rounding noise (below 1e-9 in size) shown as 0. */
    private static String num(double v) { return org.scosim.output.Num.format(Math.abs(v) < 1e-9 ? 0 : Double.parseDouble(String.format(Locale.ROOT, "%.4g", v))); }

    private static String f(double v) { return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "–"; }

    private static String sf(double v) { return Double.isFinite(v) ? String.format(Locale.ROOT, "%+.3f", v) : "–"; }

    static String markdown(Scores s, Scenario sc, String scenarioFile, String heading, Map<String, Double> parameters,
                           Holdout holdout, long seed, String date) {
        return markdown(s, sc, scenarioFile, heading, parameters, holdout, seed, date, Extras.NONE);
    }

    static String markdown(Scores s, Scenario sc, String scenarioFile, String heading, Map<String, Double> parameters,
                           Holdout holdout, long seed, String date, Extras extras) {
        StringBuilder b = new StringBuilder();
        TradeSimulator.Result r = s.result();
        b.append("# Validation: ").append(heading).append("\n\n");
        b.append("Scenario `").append(scenarioFile).append("`, ").append(r.replications().size())
                .append(" replications from master seed ").append(seed).append(", written ").append(date)
                .append(". Target: China's total trade with each partner, Table 1 of Gao Fei 2010 ")
                .append("(`scenarios/data/table1-china-trade-1996-2008.csv`, US$ 100 million converted to US$ bn). ")
                .append("Errors are e = ln(mean simulated) − ln(observed), the mean over replications; log-RMSE = √mean(e²), ")
                .append("bias = mean(e) (positive: the model is too high), R² = 1 − Σe² / Σ(ln obs − mean ln obs)².\n\n");
        if (!parameters.isEmpty()) {
            b.append("Parameters: ");
            List<String> l = new ArrayList<>();
            parameters.forEach((k, v) -> l.add("`" + k + "` = " + org.scosim.output.Num.format(v)));
            b.append(String.join(", ", l)).append(".\n\n");
        }
        b.append("## Fit to Table 1\n\n");
        b.append("| partner | n | log-RMSE | bias | factor exp(abs bias) | R² (logs) |").append(s.fitYears().equals(YearRange.ALL) ? "" : " log-RMSE outside " + s.fitYears() + " |").append('\n');
        b.append("|---|---:|---:|---:|---:|---:|").append(s.fitYears().equals(YearRange.ALL) ? "" : "---:|").append('\n');
        s.perPartner().forEach((p, m) -> {
            b.append("| ").append(name(sc, p)).append(" | ").append(m.n()).append(" | ").append(f(m.logRmse())).append(" | ")
                    .append(sf(m.bias())).append(" | ").append(f(m.biasFactor())).append(" | ").append(f(m.r2())).append(" |");
            if (!s.fitYears().equals(YearRange.ALL)) b.append(' ').append(f(s.perPartnerOutOfFit().get(p).logRmse())).append(" |");
            b.append('\n');
        });
        Metrics o = s.overall();
        b.append("| **all** | ").append(o.n()).append(" | **").append(f(o.logRmse())).append("** | ").append(sf(o.bias()))
                .append(" | ").append(f(o.biasFactor())).append(" | ").append(f(o.r2())).append(" |")
                .append(s.fitYears().equals(YearRange.ALL) ? "" : " " + f(s.outOfFit().logRmse()) + " |").append("\n\n");

        b.append("## In-sample and out-of-sample\n\n");
        b.append("| check | years fitted | years scored | n | log-RMSE | bias |\n|---|---|---|---:|---:|---:|\n");
        if (!s.fitYears().equals(YearRange.ALL)) {
            b.append("| these parameters, fit years | ").append(s.fitYears()).append(" | ").append(s.fitYears()).append(" | ")
                    .append(s.inFit().n()).append(" | ").append(f(s.inFit().logRmse())).append(" | ").append(sf(s.inFit().bias())).append(" |\n");
            b.append("| these parameters, other years | ").append(s.fitYears()).append(" | the rest | ")
                    .append(s.outOfFit().n()).append(" | ").append(f(s.outOfFit().logRmse())).append(" | ").append(sf(s.outOfFit().bias())).append(" |\n");
        } else {
            b.append("| these parameters | all | all | ").append(o.n()).append(" | ").append(f(o.logRmse())).append(" | ").append(sf(o.bias())).append(" |\n");
        }
        if (holdout != null) {
            b.append("| holdout calibration, in-sample | ").append(holdout.fitYears()).append(" | ").append(holdout.fitYears()).append(" | ")
                    .append(holdout.inSample().n()).append(" | ").append(f(holdout.inSample().logRmse())).append(" | ").append(sf(holdout.inSample().bias())).append(" |\n");
            b.append("| holdout calibration, out-of-sample | ").append(holdout.fitYears()).append(" | the rest | ")
                    .append(holdout.outOfSample().n()).append(" | ").append(f(holdout.outOfSample().logRmse())).append(" | ").append(sf(holdout.outOfSample().bias())).append(" |\n");
            b.append("\nThe holdout calibration (").append(holdout.source()).append(") re-estimates the free parameters on ")
                    .append(holdout.fitYears()).append(" only and scores the later years it never saw.\n");
        }
        if (!extras.origins().isEmpty()) {
            b.append("\n### Rolling origins against naive benchmarks\n\n")
                    .append("Each row re-fits the free parameters on the rows up to the origin only and scores the later rows, ")
                    .append("beside two benchmarks fitted on the same rows: each partner's last observation carried forward, and ")
                    .append("each partner's log-linear trend. Log-RMSE on the same scored rows.\n\n")
                    .append("| fitted | scored | n | model in-sample | model out-of-sample | last value | log-linear trend | out/in | beats both |\n")
                    .append("|---|---|---:|---:|---:|---:|---:|---:|---|\n");
            for (RollingOrigin ro : extras.origins()) {
                b.append("| ").append(ro.fitted()).append(" | ").append(ro.scored()).append(" | ").append(ro.outOfSample().n())
                        .append(" | ").append(f(ro.inSample().logRmse())).append(" | **").append(f(ro.outOfSample().logRmse()))
                        .append("** | ").append(f(ro.lastValue().logRmse())).append(" | ").append(f(ro.trend().logRmse()))
                        .append(" | ").append(f(ro.ratio())).append(" | ").append(ro.beatsBenchmarks() ? "yes" : "**no**").append(" |\n");
            }
        }
        if (!extras.intervals().isEmpty()) {
            b.append("\n### Parameter uncertainty\n\n").append("Bootstrap over replications: each draw re-fits the free ")
                    .append("parameters from the fitted values with its own replication seeds; 90% percentile interval and s.d. of the ")
                    .append("re-fitted values (Monte Carlo uncertainty of the simulated objective, not sampling error of Table 1).\n\n")
                    .append("| parameter | fitted | s.d. | 5% | 95% |\n|---|---:|---:|---:|---:|\n");
            for (int i = 0; i < extras.free().size(); i++) {
                Fitting.Interval iv = extras.intervals().get(i);
                b.append("| `").append(extras.free().get(i).name()).append("` | ").append(num(extras.fitted()[i]))
                        .append(" | ").append(num(iv.sd())).append(" | ").append(num(iv.low()))
                        .append(" | ").append(num(iv.high())).append(" |\n");
            }
        }
        if (extras.searchNote() != null) b.append("\n").append(extras.searchNote()).append("\n");
        b.append("\n## Against the issue's standard\n\n");
        for (RollingOrigin ro : extras.origins()) {
            b.append("- origin ").append(ro.fitted().to()).append(": beats both naive benchmarks ").append(ro.beatsBenchmarks() ? "— met" : "— **not met**")
                    .append("; out-of-sample ≤ 2 × in-sample (ratio ").append(f(ro.ratio())).append(ro.ratio() <= AIM_OOS_RATIO ? ") — met" : ") — **not met**").append('\n');
        }
        b.append("- overall log-RMSE ≤ 0.30: ").append(f(o.logRmse())).append(o.logRmse() <= AIM_RMSE ? " — met" : " — **not met**").append('\n');
        List<String> off = new ArrayList<>();
        s.perPartner().forEach((p, m) -> { if (Math.abs(m.bias()) > AIM_BIAS) off.add(name(sc, p) + " (bias " + sf(m.bias()) + ", factor " + f(m.biasFactor()) + ")"); });
        b.append("- no partner systematically off by more than a factor 1.3 (|bias| ≤ ln 1.3 = 0.262): ")
                .append(off.isEmpty() ? "met" : "**not met** for " + String.join(", ", off)).append('\n');
        int last = s.points().stream().mapToInt(Metrics.Point::year).max().orElse(0);
        s.points().stream().filter(p -> p.year() == last).max(java.util.Comparator.comparingDouble(Metrics.Point::observed))
                .ifPresent(p -> {
                    double rel = p.simulated() / p.observed() - 1;
                    b.append("- the largest flow in the last year, China–").append(name(sc, p.partner())).append(' ').append(last)
                            .append(", within 25%: ").append(String.format(Locale.ROOT, "%.1f against %.1f US$ bn (%+.0f%%)",
                                    p.simulated(), p.observed(), 100 * rel))
                            .append(Math.abs(rel) <= AIM_LARGEST_LAST ? " — met" : " — **not met**").append('\n');
                });
        if (holdout != null) {
            double ratio = holdout.outOfSample().logRmse() / holdout.inSample().logRmse();
            b.append("- out-of-sample error ≤ 2 × in-sample: ").append(f(holdout.outOfSample().logRmse())).append(" vs ")
                    .append(f(holdout.inSample().logRmse())).append(" (ratio ").append(f(ratio)).append(")")
                    .append(ratio <= AIM_OOS_RATIO ? " — met" : " — **not met**").append('\n');
        } else if (!s.fitYears().equals(YearRange.ALL) && s.outOfFit().n() > 0) {
            double ratio = s.outOfFit().logRmse() / s.inFit().logRmse();
            b.append("- error outside the fit years ≤ 2 × inside: ratio ").append(f(ratio)).append(ratio <= AIM_OOS_RATIO ? " — met" : " — **not met**").append('\n');
        }

        b.append("\n## Timeline events\n\n");
        b.append("Border settlements between China and its Shanghai Five neighbours (observed years: Gao Fei 2010, `scenarios/data/sco-timeline.csv`). ")
                .append(sc.borders().stream().anyMatch(BorderSpec::prescribed)
                        ? "Where the scenario gives a border's year (settledIn), the run settles it then: those rows are prescribed, not reproduced, and no evidence of fit. "
                        : "")
                .append("Otherwise the model settles them itself (ODD 7.3); simulated years over replications, \"after ")
                .append(r.startYear() + r.years() - 1).append("\" when a run never settles.\n\n");
        b.append("| border | observed | median simulated | 90% interval | settled within run | observed inside 90% interval |\n|---|---:|---:|---|---:|---|\n");
        int end = r.startYear() + r.years() - 1;
        for (Settlement st : s.settlements()) {
            b.append("| China–").append(name(sc, st.partner())).append(" | ").append(st.observed() > 0 ? Integer.toString(st.observed()) : "–")
                    .append(" | ").append(st.median() > end ? "after " + end : String.format(Locale.ROOT, "%.1f", st.median()).replace(".0", ""))
                    .append(" | ").append(st.q05() > end ? "after " + end : st.q05()).append("–").append(st.q95() > end ? "after " + end : st.q95())
                    .append(" | ").append(String.format(Locale.ROOT, "%.0f%%", 100 * st.shareSettled()))
                    .append(" | ").append(st.observed() <= 0 ? "–" : st.inside() ? "yes" : "**no**").append(" |\n");
        }
        b.append("\nPrescribed, not reproduced: the scenario's `events:` block sets Uzbekistan's accession (2001), Mongolia ")
                .append("observer (2004), India, Iran and Pakistan observers (2005) and later status changes by date; the model ")
                .append("does not decide them, so they are not evidence of fit.\n");

        b.append("\n## Plots\n\n![China's trade, simulated vs observed](trade-fit.png)\n\n");
        for (String p : r.partners()) b.append("- [").append(name(sc, p)).append("](trade-fit-").append(p).append(".png)\n");
        b.append("\n## Largest errors\n\n| partner | year | simulated | observed | ln ratio |\n|---|---:|---:|---:|---:|\n");
        s.points().stream().sorted((x, y) -> Double.compare(Math.abs(y.logError()), Math.abs(x.logError()))).limit(10)
                .forEach(p -> b.append("| ").append(name(sc, p.partner())).append(" | ").append(p.year()).append(" | ")
                        .append(String.format(Locale.ROOT, "%.3f", p.simulated())).append(" | ")
                        .append(String.format(Locale.ROOT, "%.3f", p.observed())).append(" | ").append(sf(p.logError())).append(" |\n"));
        return b.toString();
    }
}
