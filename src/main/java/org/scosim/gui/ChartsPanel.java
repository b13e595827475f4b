package org.scosim.gui;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import javax.swing.JPanel;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GridLayout;
import java.text.DecimalFormat;

/** Live charts (JFreeChart 1.0.19): intra-SCO trade, mean trust, agreements adopted vs implemented. EDT only. */
final class ChartsPanel extends JPanel {
    private static final long serialVersionUID = 1L;

    final XYSeries trade = new XYSeries("trade among members", true, false);
    final XYSeries trust = new XYSeries("mean trust", true, false);
    final XYSeries adopted = new XYSeries("adopted", true, false);
    final XYSeries implemented = new XYSeries("implemented", true, false);

    ChartsPanel() {
        super(new GridLayout(3, 1, 0, 2));
        for (ChartPanel p : new ChartPanel[]{
                chart("Trade among members, US$ bn", new Color(0x00, 0x5A, 0xB5), false, trade),
                chart("Mean trust among members (0-1)", new Color(0x1A, 0x98, 0x50), false, trust),
                chart("Agreements: adopted vs implemented", null, true, adopted, implemented)}) {
            add(p);
            all.add(p.getChart());
        }
    }

    private static ChartPanel chart(String title, Color colour, boolean legend, XYSeries... series) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (XYSeries s : series) data.addSeries(s);
        JFreeChart c = ChartFactory.createXYLineChart(title, null, null, data, PlotOrientation.VERTICAL, legend, false, false);
        c.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        c.setBackgroundPaint(Color.WHITE);
        if (c.getLegend() != null) c.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        XYPlot p = c.getXYPlot();
        p.setBackgroundPaint(new Color(0xF7, 0xF7, 0xF7));
        p.setDomainGridlinePaint(Color.LIGHT_GRAY);
        p.setRangeGridlinePaint(Color.LIGHT_GRAY);
        NumberAxis x = (NumberAxis) p.getDomainAxis();
        x.setNumberFormatOverride(new DecimalFormat("0"));
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = (NumberAxis) p.getRangeAxis();
        y.setAutoRangeIncludesZero(true);
        y.setAutoRangeMinimumSize(1.0);
        if (legend) y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        Font tick = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
        x.setTickLabelFont(tick);
        y.setTickLabelFont(tick);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        Color[] colours = colour != null ? new Color[]{colour} : new Color[]{new Color(0x00, 0x5A, 0xB5), new Color(0xD5, 0x5E, 0x00)};
        for (int k = 0; k < series.length; k++) {
            r.setSeriesPaint(k, colours[k % colours.length]);
            r.setSeriesStroke(k, new BasicStroke(2.2f));
            r.setSeriesShape(k, new java.awt.geom.Ellipse2D.Double(-2.5, -2.5, 5, 5));
        }
        p.setRenderer(r);
        ChartPanel cp = new ChartPanel(c, false);
        cp.setMinimumDrawWidth(100);
        cp.setMinimumDrawHeight(60);
        cp.setMaximumDrawWidth(4000);
        cp.setMaximumDrawHeight(3000);
        return cp;
    }

    private final java.util.List<JFreeChart> all = new java.util.ArrayList<>();

    /** Draws the three charts stacked in {@code area} (for snapshots, at any size). */
    void drawInto(java.awt.Graphics2D g, java.awt.Rectangle area) {
        int h = area.height / all.size();
        for (int k = 0; k < all.size(); k++) {
            all.get(k).draw(g, new java.awt.geom.Rectangle2D.Double(area.x, area.y + k * h, area.width, h - 2));
        }
    }

    void clear() {
        trade.clear();
        trust.clear();
        adopted.clear();
        implemented.clear();
    }

    /** Removes the points of {@code year} and later (before a year is replayed). */
    void truncateFrom(int year) {
        for (XYSeries s : new XYSeries[]{trade, trust, adopted, implemented}) {
            for (int k = s.getItemCount() - 1; k >= 0; k--) if (s.getX(k).doubleValue() >= year) s.remove(k);
        }
    }

    void add(int year, double tradeBn, double meanTrust, double nAdopted, double nImplemented) {
        truncateFrom(year);
        trade.add(year, tradeBn);
        if (!Double.isNaN(meanTrust)) trust.add(year, meanTrust);
        adopted.add(year, nAdopted);
        implemented.add(year, nImplemented);
    }
}
