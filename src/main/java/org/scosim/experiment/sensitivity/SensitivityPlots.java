package org.scosim.experiment.sensitivity;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.ui.TextAnchor;
import org.scosim.output.Measure;
import org.scosim.output.Measures;
import org.scosim.output.plot.ChartFiles;
import org.scosim.output.plot.ChartStyle;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Plots of a sensitivity analysis, one per measure, in {@code plots/} as PNG and SVG: for Morris, sigma against mu*
 * with each factor labelled (far right: influential; high: non-linear or interacting); for Sobol, S1 and ST of each
 * factor as horizontal bars with their bootstrap 95% intervals.
 */
public final class SensitivityPlots {
    public static final String DIR = "plots";
    private static final Font LABEL_FONT = new Font(ChartStyle.FONT_FAMILY, Font.PLAIN, 12);

    private SensitivityPlots() {
    }

    public static String stem(SensitivityDesign.Method method, String measure) {
        return measure + "-" + method.label();
    }

    /** Writes every measure's plot; returns the stems, in measure order. */
    public static List<String> writeAll(SensitivityResults res, String subtitle, Path outDir) throws IOException {
        Path dir = outDir.resolve(DIR);
        Files.createDirectories(dir);
        List<String> stems = new ArrayList<>();
        for (int m = 0; m < res.measures().size(); m++) {
            String stem = stem(res.design().method(), res.measures().get(m));
            JFreeChart chart = res.morris() != null ? morris(res, m, subtitle) : sobol(res, m, subtitle);
            ChartFiles.write(chart, dir, stem);
            stems.add(stem);
        }
        return stems;
    }

    /** A factor's name without the {@code parameters.} prefix most paths share. */
    public static String shortName(String path) {
        return path.startsWith("parameters.") ? path.substring("parameters.".length()) : path;
    }

    static String title(String measure) {
        Measure m = Measures.byName(measure);
        return m == null ? measure : m.description();
    }

    static JFreeChart morris(SensitivityResults res, int m, String subtitle) {
        List<Factor> f = res.design().factors();
        XYSeries s = new XYSeries("factors", false, true);
        double maxX = 0, maxY = 0;
        for (int i = 0; i < f.size(); i++) {
            Morris.Effects e = res.morris()[m][i];
            if (Double.isNaN(e.muStar())) continue;
            double sigma = Double.isNaN(e.sigma()) ? 0 : e.sigma();
            s.add(e.muStar(), sigma);
            maxX = Math.max(maxX, e.muStar());
            maxY = Math.max(maxY, sigma);
        }
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        r.setSeriesPaint(0, ChartStyle.colour(0));
        NumberAxis x = ChartStyle.valueAxis("mu* (mean |elementary effect|, measure units per whole range)", false);
        NumberAxis y = ChartStyle.valueAxis("sigma (s.d. of the elementary effects)", false);
        x.setUpperMargin(0.25);
        XYPlot plot = new XYPlot(new XYSeriesCollection(s), x, y, r);
        ChartStyle.stylePlot(plot);
        for (int i = 0; i < f.size(); i++) {
            Morris.Effects e = res.morris()[m][i];
            if (Double.isNaN(e.muStar())) continue;
            double sigma = Double.isNaN(e.sigma()) ? 0 : e.sigma();
            // label only the factors away from the crowd at the origin, to keep the plot readable
            if (e.muStar() < SensitivityReport.NEGLIGIBLE * maxX && sigma < SensitivityReport.NEGLIGIBLE * maxY) continue;
            XYTextAnnotation a = new XYTextAnnotation("  " + shortName(f.get(i).path()), e.muStar(), sigma);
            a.setFont(LABEL_FONT);
            a.setPaint(ChartStyle.TEXT);
            a.setTextAnchor(TextAnchor.HALF_ASCENT_LEFT);
            plot.addAnnotation(a);
        }
        return ChartStyle.chart("Morris screening: " + title(res.measures().get(m)),
                List.of(subtitle, "Each point a factor over " + res.design().samples() + " trajectories; unlabelled "
                        + "points sit near the origin (little effect)"), plot, false);
    }

    static JFreeChart sobol(SensitivityResults res, int m, String subtitle) {
        List<Factor> f = res.design().factors();
        Saltelli.Indices ix = res.sobol().get(m);
        int k = f.size();
        String[] names = new String[k];
        // the first factor at the top: categories run from the bottom of a horizontal plot
        for (int i = 0; i < k; i++) names[k - 1 - i] = shortName(f.get(i).path());
        XYIntervalSeries s1 = new XYIntervalSeries("S1 (first order)"), st = new XYIntervalSeries("ST (total)");
        XYIntervalSeries s1ci = new XYIntervalSeries("S1 95% interval"), stci = new XYIntervalSeries("ST 95% interval");
        double w = 0.18;
        for (int i = 0; i < k; i++) {
            double pos = k - 1 - i;
            s1.add(pos + w, pos + 0.02, pos + 2 * w, nan0(ix.s1()[i]), nan0(ix.s1()[i]), nan0(ix.s1()[i]));
            st.add(pos - w, pos - 2 * w, pos - 0.02, nan0(ix.st()[i]), nan0(ix.st()[i]), nan0(ix.st()[i]));
            s1ci.add(pos + w, pos + w, pos + w, nan0(ix.s1()[i]), nan0(ix.s1Low()[i]), nan0(ix.s1High()[i]));
            stci.add(pos - w, pos - w, pos - w, nan0(ix.st()[i]), nan0(ix.stLow()[i]), nan0(ix.stHigh()[i]));
        }
        XYIntervalSeriesCollection bars = new XYIntervalSeriesCollection();
        bars.addSeries(s1);
        bars.addSeries(st);
        XYIntervalSeriesCollection ci = new XYIntervalSeriesCollection();
        ci.addSeries(s1ci);
        ci.addSeries(stci);
        XYBarRenderer br = new XYBarRenderer();
        br.setBarPainter(new StandardXYBarPainter());
        br.setShadowVisible(false);
        br.setSeriesPaint(0, ChartStyle.colour(0));
        br.setSeriesPaint(1, ChartStyle.colour(1));
        XYErrorRenderer er = new XYErrorRenderer();
        er.setDrawXError(false);
        er.setBaseShapesVisible(false);
        er.setBaseLinesVisible(false);
        er.setErrorPaint(ChartStyle.TEXT);
        er.setErrorStroke(new BasicStroke(1.5f));
        er.setCapLength(6);
        er.setBaseSeriesVisibleInLegend(false);
        SymbolAxis axis = new SymbolAxis(null, names);
        axis.setGridBandsVisible(false);
        ChartStyle.styleAxis(axis);
        NumberAxis value = ChartStyle.valueAxis("Sobol index (share of the variance of the point means)", false);
        XYPlot plot = new XYPlot(bars, axis, value, br);
        plot.setDataset(1, ci);
        plot.setRenderer(1, er);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);   // whiskers over the bars
        ChartStyle.stylePlot(plot);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeZeroBaselineVisible(true);
        plot.setRangeZeroBaselinePaint(Color.GRAY);
        return ChartStyle.chart("Sobol indices: " + title(res.measures().get(m)),
                List.of(subtitle, "Bars: estimates on " + org.scosim.output.Num.count(ix.rows())
                        + " rows; whiskers: bootstrap 95% intervals"), plot, true);
    }

    private static double nan0(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}
