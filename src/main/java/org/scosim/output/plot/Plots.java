package org.scosim.output.plot;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.scosim.output.Layout;
import org.scosim.output.Measures;
import org.scosim.output.SeriesStats;
import org.scosim.output.SeriesStats.Band;
import org.scosim.scenario.StateSpec;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The standard result plots of a run, drawn from the replication statistics: each a mean line with its 95% confidence
 * band over replications, written as PNG (for slides and reports) and SVG (for print). A plot whose measures the run
 * did not collect is left out. Rendering needs no display; run with {@code -Djava.awt.headless=true} on machines
 * that have one but should not use it.
 */
public final class Plots {
    public static final String INTRA_SCO_TRADE = "intra-sco-trade";
    public static final String CHINA_TRADE_VS_TABLE1 = "china-trade-vs-table1";
    public static final String MEAN_TRUST = "mean-trust";
    public static final String AGREEMENTS = "agreements";
    public static final String SECURITY = "security";

    /** The partners of Table 1, in its order (largest trade first). */
    public static final List<String> TABLE1_PARTNERS = List.of("RUS", "KAZ", "KGZ", "TJK", "UZB");

    /** Log-scale plots span at most this many decades below their largest value. */
    private static final int MAX_DECADES = 6;

    private Plots() {
    }

    /**
     * Writes the standard plots to {@code dir} (created if needed) as {@code NAME.png} and {@code NAME.svg}.
     *
     * @param scenarioTitle shown under each title; may be null
     * @return the files written, PNG then SVG for each plot, in the order of the plots
     */
    public static List<Path> writeStandard(SeriesStats stats, String scenarioTitle, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, JFreeChart> e : standardCharts(stats, scenarioTitle).entrySet()) {
            written.addAll(ChartFiles.write(e.getValue(), dir, e.getKey()));
        }
        return written;
    }

    /** File name (without extension) -> chart, in a fixed order; charts with no data at all are absent. */
    public static Map<String, JFreeChart> standardCharts(SeriesStats stats, String scenarioTitle) throws IOException {
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        put(charts, INTRA_SCO_TRADE, intraScoTrade(stats, scenarioTitle));
        put(charts, CHINA_TRADE_VS_TABLE1, chinaTradeVsTable1(stats, scenarioTitle, ObservedTrade.table1()));
        put(charts, MEAN_TRUST, meanTrust(stats, scenarioTitle));
        put(charts, AGREEMENTS, agreements(stats, scenarioTitle));
        put(charts, SECURITY, security(stats, scenarioTitle));
        return charts;
    }

    private static void put(Map<String, JFreeChart> charts, String name, JFreeChart chart) {
        if (chart != null) charts.put(name, chart);
    }

    // ---------------------------------------------------------------------------------------------------- charts

    static JFreeChart intraScoTrade(SeriesStats stats, String scenarioTitle) {
        Band b = stats.band("intra_sco_trade_bn_usd", Measures.SCO);
        if (b == null) return null;
        XYPlot plot = bandPlot(List.of(new Line("Trade among members", b, ChartStyle.colour(0))),
                ChartStyle.valueAxis("US$ billions", false));
        return ChartStyle.chart("Trade among SCO members",
                subtitles(scenarioTitle, bandNote(replications(stats, b))), plot, false);
    }

    static JFreeChart meanTrust(SeriesStats stats, String scenarioTitle) {
        Band b = stats.band("mean_trust", Measures.SCO);
        if (b == null) return null;
        XYPlot plot = bandPlot(List.of(new Line("Mean trust", b, ChartStyle.colour(2))),
                ChartStyle.unitAxis("Mean trust among members (0-1)"));
        return ChartStyle.chart("Mean trust among SCO members",
                subtitles(scenarioTitle, bandNote(replications(stats, b))), plot, false);
    }

    static JFreeChart agreements(SeriesStats stats, String scenarioTitle) {
        List<Line> lines = new ArrayList<>();
        add(lines, "Adopted", stats.band("agreements_adopted", Measures.SCO), ChartStyle.colour(0));
        add(lines, "Fully implemented", stats.band("agreements_implemented", Measures.SCO), ChartStyle.colour(2));
        add(lines, "Left on paper", stats.band("agreements_on_paper", Measures.SCO), ChartStyle.colour(1));
        if (lines.isEmpty()) return null;
        XYPlot plot = bandPlot(lines, countAxis("Agreements (cumulative count)", lines));
        return ChartStyle.chart("Agreements of the SCO",
                subtitles(scenarioTitle, bandNote(replications(stats, lines.get(0).band()))), plot, true);
    }

    /** Two stacked panels sharing the year axis: exposure to the three evils (0-1) and joint exercises per year. */
    static JFreeChart security(SeriesStats stats, String scenarioTitle) {
        Band threat = stats.band("mean_threat", Measures.SCO);
        Band exercises = stats.band("joint_exercises", Measures.SCO);
        if (threat == null && exercises == null) return null;
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(ChartStyle.yearAxis());
        plot.setGap(16);
        ChartStyle.stylePlot(plot);
        if (threat != null) {
            plot.add(bandPlot(List.of(new Line("Mean exposure of members to the three evils (0-1)", threat,
                    ChartStyle.colour(1))), ChartStyle.unitAxis("Exposure (0-1)")), 1);
        }
        if (exercises != null) {
            List<Line> line = List.of(new Line("Joint exercises per year", exercises, ChartStyle.colour(0)));
            plot.add(bandPlot(line, countAxis("Exercises per year", line)), 1);
        }
        Band first = threat != null ? threat : exercises;
        return ChartStyle.chart("Security: the three evils and joint exercises",
                subtitles(scenarioTitle, bandNote(replications(stats, first))), plot, true);
    }

    /**
     * China's trade with each Table 1 partner: simulated mean and band per partner, observed values as markers of the
     * same colour, on a log scale (the values span four orders of magnitude).
     */
    static JFreeChart chinaTradeVsTable1(SeriesStats stats, String scenarioTitle,
                                         Map<String, SortedMap<Integer, Double>> observed) {
        List<Line> lines = new ArrayList<>();
        List<Integer> lineColour = new ArrayList<>();
        for (int i = 0; i < TABLE1_PARTNERS.size(); i++) {
            String p = TABLE1_PARTNERS.get(i);
            Band b = stats.band("china_trade_bn_usd", p);
            if (b != null) {
                lines.add(new Line(stateName(stats.layout(), p), b, ChartStyle.colour(i)));
                lineColour.add(i);
            }
        }
        if (lines.isEmpty()) return null;

        // Axis range from everything plotted: whole decades, at most MAX_DECADES of them.
        double min = Double.POSITIVE_INFINITY, max = 0;
        // Wide bands of few replications would stretch the axis down to nothing: the bottom follows the means and
        // the observations, and a band reaching below it is cut off there.
        for (Line l : lines) {
            for (double v : l.band().mean()) {
                if (v > 0 && Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
            for (double v : l.band().high()) if (v > 0 && Double.isFinite(v)) max = Math.max(max, v);
        }
        for (String p : TABLE1_PARTNERS) {
            for (double v : observed.getOrDefault(p, java.util.Collections.emptySortedMap()).values()) {
                if (v > 0) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (max <= 0) {
            min = 0.01;
            max = 100;
        }
        double upper = Math.pow(10, Math.ceil(Math.log10(max) - 1e-9));
        double lower = Math.pow(10, Math.floor(Math.log10(min) + 1e-9));
        lower = Math.max(lower, upper / Math.pow(10, MAX_DECADES));
        if (lower >= upper) lower = upper / 10;
        final double floor = lower;

        // The range reaches a hair beyond the decades: LogAxis 1.0.19 drops a tick that sits exactly on a bound
        // (log10(0.01) is -1.9999999999999996). Major ticks every decade, minor gridlines at 2..9 times it.
        LogAxis axis = ChartStyle.decadeLogAxis("US$ billions (log scale)", lower, upper);

        XYPlot plot = bandPlot(lines, axis, lower);
        plot.setRangeMinorGridlinesVisible(true);

        // Observed points: same colour as the partner's line, a shape of its own, no line; drawn over the bands.
        XYSeriesCollection obs = new XYSeriesCollection();
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        dots.setDrawOutlines(true);
        dots.setUseOutlinePaint(true);
        LegendItemCollection legend = new LegendItemCollection();
        for (int i = 0; i < TABLE1_PARTNERS.size(); i++) {
            String p = TABLE1_PARTNERS.get(i);
            SortedMap<Integer, Double> values = observed.get(p);
            boolean simulated = lineColour.contains(i);
            if ((values == null || values.isEmpty()) && !simulated) continue;
            Color c = ChartStyle.colour(i);
            if (values != null && !values.isEmpty()) {
                XYSeries s = new XYSeries(p + " observed", true, false);
                values.forEach((y, v) -> s.add((double) y, Math.max(v, floor)));
                int k = obs.getSeriesCount();
                obs.addSeries(s);
                dots.setSeriesPaint(k, c);
                dots.setSeriesFillPaint(k, c);
                dots.setSeriesShape(k, ChartStyle.marker(i));
                dots.setSeriesOutlinePaint(k, Color.WHITE);
                dots.setSeriesOutlineStroke(k, new BasicStroke(1f));
            }
            legend.add(new LegendItem(stateName(stats.layout(), p), null, null, null,
                    values != null && !values.isEmpty(), ChartStyle.marker(i), true, c,
                    false, Color.WHITE, new BasicStroke(1f),
                    simulated, new Line2D.Double(-14, 0, 14, 0), ChartStyle.MEAN_STROKE, c));
        }
        plot.setDataset(1, obs);
        plot.setRenderer(1, dots);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setFixedLegendItems(legend);

        long n = replications(stats, lines.get(0).band());
        String sim = n >= 2 ? "mean of " + n + " replications, band: 95% confidence interval of the mean"
                : "mean of " + n + " replication" + (n == 1 ? "" : "s") + " (no band)";
        return ChartStyle.chart("China's trade with Russia and the Central Asian members",
                subtitles(scenarioTitle, "Observed (markers): Table 1 of Gao Fei 2010 (China MFA / Customs); "
                        + "simulated (lines): " + sim), plot, true);
    }

    // --------------------------------------------------------------------------------------------------- helpers

    /** One simulated series: its legend label, statistics and colour. */
    record Line(String label, Band band, Color colour) {
    }

    /** Integer ticks from zero; at least 0..2 so that small mean counts still get labelled ticks. */
    private static NumberAxis countAxis(String label, List<Line> lines) {
        NumberAxis axis = ChartStyle.valueAxis(label, true);
        double max = 0;
        for (Line l : lines) {
            for (double v : l.band().high()) if (Double.isFinite(v)) max = Math.max(max, v);
        }
        if (max < 2) axis.setRange(0, 2);
        return axis;
    }

    private static void add(List<Line> lines, String label, Band band, Color colour) {
        if (band != null) lines.add(new Line(label, band, colour));
    }

    /** All standard measures are counts, amounts or shares: a band reaching below zero is drawn from zero. */
    private static XYPlot bandPlot(List<Line> lines, ValueAxis rangeAxis) {
        return bandPlot(lines, rangeAxis, 0);
    }

    /** Mean lines with shaded bands; values below {@code floor} are drawn at it (zero, or a log axis' bottom). */
    private static XYPlot bandPlot(List<Line> lines, ValueAxis rangeAxis, double floor) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        List<Color> colours = new ArrayList<>();
        for (Line l : lines) {
            YIntervalSeries s = new YIntervalSeries(l.label(), false, true);
            Band b = l.band();
            for (int t = 0; t < b.years().length; t++) {
                double m = b.mean()[t], lo = b.low()[t], hi = b.high()[t];
                if (!Double.isFinite(m)) continue;
                if (!Double.isFinite(lo)) lo = m;
                if (!Double.isFinite(hi)) hi = m;
                m = Math.max(m, floor);
                lo = Math.max(lo, floor);
                hi = Math.max(hi, floor);
                s.add(b.years()[t], m, lo, hi);
            }
            data.addSeries(s);
            colours.add(l.colour());
        }
        DeviationRenderer r = ChartStyle.bandRenderer(colours);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            if (data.getItemCount(i) == 1) r.setSeriesShapesVisible(i, true);   // a one-year run: a dot, not a line
        }
        r.setLegendLine(new Line2D.Double(-14, 0, 14, 0));
        XYPlot plot = new XYPlot(data, ChartStyle.yearAxis(), rangeAxis, r);
        ChartStyle.stylePlot(plot);
        return plot;
    }

    private static List<String> subtitles(String scenarioTitle, String note) {
        List<String> s = new ArrayList<>();
        if (scenarioTitle != null && !scenarioTitle.isBlank()) s.add(scenarioTitle);
        s.add(note);
        return s;
    }

    static String bandNote(long n) {
        if (n >= 2) return "Line: mean of " + n + " replications; band: 95% confidence interval of the mean";
        return n == 1 ? "Single replication (no confidence band)" : "No replications";
    }

    /** Number of replications behind a band: the largest count of values in any of its years. */
    static long replications(SeriesStats stats, Band band) {
        Layout layout = stats.layout();
        int mi = -1;
        for (int i = 0; i < layout.measures().size(); i++) {
            if (layout.measures().get(i).name().equals(band.measure())) mi = i;
        }
        int si = layout.subjectIndex(band.subject());
        if (mi < 0 || si < 0) return 0;
        long n = 0;
        for (int t = 0; t < layout.years(); t++) n = Math.max(n, stats.cell(mi, si, t).n());
        return n;
    }

    /** A state's display name from the scenario, or its ISO3 code. */
    static String stateName(Layout layout, String iso3) {
        for (StateSpec s : layout.scenario().states()) {
            if (s.iso3().equals(iso3) && s.name() != null && !s.name().isBlank()) return s.name();
        }
        return iso3;
    }
}
