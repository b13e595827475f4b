package org.scosim.calibration;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.scosim.output.plot.ChartStyle;

import java.awt.Color;
import java.util.List;

/** Simulated trade (mean, and the central 95% of the replications as a band) against the observed values, on a log scale. */
final class TradeFitChart {
    private TradeFitChart() {
    }

    /** One partner's series: simulated by year, observed by year. */
    record Series(String label, int colour, int[] years, double[] mean, double[] low, double[] high,
                  int[] obsYears, double[] observed) {
    }

    static JFreeChart chart(String title, List<String> subtitles, List<Series> series) {
        YIntervalSeriesCollection sim = new YIntervalSeriesCollection();
        XYSeriesCollection obs = new XYSeriesCollection();
        double min = Double.POSITIVE_INFINITY, max = 0;
        for (Series s : series) {
            YIntervalSeries y = new YIntervalSeries(s.label() + " (simulated)");
            for (int t = 0; t < s.years().length; t++) {
                double lo = Math.max(s.low()[t], 1e-6);
                y.add(s.years()[t], s.mean()[t], lo, s.high()[t]);
                if (s.mean()[t] > 0) min = Math.min(min, s.mean()[t]);
                max = Math.max(max, s.high()[t]);
            }
            sim.addSeries(y);
            XYSeries o = new XYSeries(s.label() + " (Table 1)");
            for (int k = 0; k < s.obsYears().length; k++) {
                o.add(s.obsYears()[k], s.observed()[k]);
                min = Math.min(min, s.observed()[k]);
                max = Math.max(max, s.observed()[k]);
            }
            obs.addSeries(o);
        }
        if (!(max > 0)) {
            min = 0.01;
            max = 100;
        }
        double upper = Math.pow(10, Math.ceil(Math.log10(max) - 1e-9));
        double lower = Math.pow(10, Math.floor(Math.log10(min) + 1e-9));
        if (lower >= upper) lower = upper / 10;
        LogAxis axis = ChartStyle.decadeLogAxis("US$ billions (log scale)", lower, upper);

        XYPlot plot = new XYPlot();
        plot.setDomainAxis(ChartStyle.yearAxis());
        plot.setRangeAxis(axis);
        ChartStyle.stylePlot(plot);
        plot.setRangeMinorGridlinesVisible(true);
        List<Color> colours = series.stream().map(s -> ChartStyle.colour(s.colour())).toList();
        DeviationRenderer band = ChartStyle.bandRenderer(colours);
        XYLineAndShapeRenderer marks = new XYLineAndShapeRenderer(false, true);
        for (int i = 0; i < series.size(); i++) {
            marks.setSeriesPaint(i, colours.get(i));
            marks.setSeriesShape(i, ChartStyle.marker(series.get(i).colour()));
        }
        plot.setDataset(0, obs);
        plot.setRenderer(0, marks);
        plot.setDataset(1, sim);
        plot.setRenderer(1, band);
        return ChartStyle.chart(title, subtitles, plot, true);
    }
}
