package org.scosim.output.report;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.scosim.experiment.Comparison;
import org.scosim.experiment.ExperimentDir;
import org.scosim.experiment.Sweep;
import org.scosim.output.Measure;
import org.scosim.output.plot.ChartFiles;
import org.scosim.output.plot.ChartStyle;

import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Summary plots of a sweep: each chosen measure in the runs' last year against each varying path, the mean with its
 * 95% band over the replications of all design points with that value (so over the other paths' values too). A
 * numeric path gets a number axis, a path varied over names one tick per name. PNG and SVG in {@code plots/}.
 */
public final class SweepPlots {
    public static final String DIR = "plots";

    private SweepPlots() {
    }

    public static String stem(Sweep.Summary s) {
        return s.measure() + "-vs-" + ExperimentDir.safeName(s.path());
    }

    public static List<Path> writeAll(List<Sweep.Summary> summaries, String scenarioTitle, Path outDir) throws IOException {
        Path dir = outDir.resolve(DIR);
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (Sweep.Summary s : summaries) {
            if (s.values().isEmpty()) continue;
            out.addAll(ChartFiles.write(chart(s, scenarioTitle), dir, stem(s)));
        }
        return out;
    }

    static JFreeChart chart(Sweep.Summary s, String scenarioTitle) {
        Measure m = Comparison.measure(s.measure());
        YIntervalSeries series = new YIntervalSeries(m.description(), false, true);
        for (int i = 0; i < s.values().size(); i++) {
            double x = s.numeric() ? Double.parseDouble(s.values().get(i)) : i;
            series.add(x, s.mean()[i], s.low()[i], s.high()[i]);
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(series);
        ValueAxis xAxis;
        if (s.numeric()) {
            NumberAxis a = new NumberAxis(s.path());
            a.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ENGLISH));
            a.setAutoRangeIncludesZero(false);
            a.setLowerMargin(0.03);
            a.setUpperMargin(0.03);
            xAxis = a;
        } else {
            SymbolAxis a = new SymbolAxis(s.path(), s.values().toArray(new String[0]));
            a.setGridBandsVisible(false);
            a.setLowerMargin(0.15);
            a.setUpperMargin(0.15);
            xAxis = a;
        }
        ChartStyle.styleAxis(xAxis);
        NumberAxis yAxis = ChartStyle.valueAxis(m.unit().isBlank() ? m.name() : m.unit(), false);
        yAxis.setAutoRangeIncludesZero(false);
        XYItemRenderer r;
        if (s.numeric()) {
            DeviationRenderer d = ChartStyle.bandRenderer(List.of(ChartStyle.colour(0)));
            d.setSeriesShapesVisible(0, true);
            d.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
            r = d;
        } else {
            // Names have no order: a point with its interval per name, no connecting line.
            XYErrorRenderer e = new XYErrorRenderer();
            e.setDrawXError(false);
            e.setBaseLinesVisible(false);
            e.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
            e.setSeriesPaint(0, ChartStyle.colour(0));
            e.setErrorPaint(ChartStyle.colour(0));
            e.setErrorStroke(new java.awt.BasicStroke(2f));
            e.setCapLength(14);
            r = e;
        }
        XYPlot plot = new XYPlot(data, xAxis, yAxis, r);
        ChartStyle.stylePlot(plot);
        long min = Long.MAX_VALUE, max = 0;
        for (long c : s.n()) {
            min = Math.min(min, c);
            max = Math.max(max, c);
        }
        String counts = min == max ? Long.toString(min) : min + "-" + max;
        return ChartStyle.chart(m.description() + " in the last year, by " + s.path(),
                List.of(scenarioTitle == null ? "" : "Sweep of: " + scenarioTitle,
                        "Line: mean of " + counts + " runs per value (replications x other parameters' values); band: 95% CI of the mean"),
                plot, false);
    }
}
