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

import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import java.awt.BasicStroke;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Color;
import java.awt.Font;
import java.awt.GridLayout;
import java.text.DecimalFormat;

/**
 * Live charts (JFreeChart 1.0.19) in two tabs: the organization (intra-SCO trade, mean trust, agreements adopted vs
 * implemented) and one state chosen from a list (its trade with the members, its trust in them, its GDP). EDT only.
 */
final class ChartsPanel extends JPanel {
    private static final long serialVersionUID = 1L;

    final XYSeries trade = new XYSeries("trade among members", true, false);
    final XYSeries trust = new XYSeries("mean trust", true, false);
    final XYSeries adopted = new XYSeries("adopted", true, false);
    final XYSeries implemented = new XYSeries("implemented", true, false);
    final XYSeries stateTrade = new XYSeries("trade with members", true, false);
    final XYSeries stateTrust = new XYSeries("trust in members", true, false);
    final XYSeries stateGdp = new XYSeries("GDP", true, false);
    final JComboBox<String> state;
    final JTabbedPane tabs = new JTabbedPane();
    private final JFreeChart[] stateCharts;
    /** Per year: each state's trade with the members, mean trust in them and GDP, for the state tab. */
    private final java.util.TreeMap<Integer, double[][]> byState = new java.util.TreeMap<>();

    /** @param states the states' labels, "China (CHN)", in the model's order */
    ChartsPanel(String[] states) {
        super(new BorderLayout());
        JPanel org = new JPanel(new GridLayout(3, 1, 0, 2));
        for (ChartPanel p : new ChartPanel[]{
                chart("Trade among members, US$ bn", new Color(0x00, 0x5A, 0xB5), false, trade),
                chart("Mean trust among members (0-1)", new Color(0x1A, 0x98, 0x50), false, trust),
                chart("Agreements: adopted vs implemented", null, true, adopted, implemented)}) {
            org.add(p);
            all.add(p.getChart());
        }
        state = new JComboBox<>(states);
        JPanel one = new JPanel(new BorderLayout());
        JPanel pick = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 1));
        pick.add(new JLabel("State:"));
        pick.add(state);
        one.add(pick, BorderLayout.NORTH);
        JPanel grid = new JPanel(new GridLayout(3, 1, 0, 2));
        ChartPanel[] ps = {chart("Trade with the members, US$ bn", new Color(0x00, 0x5A, 0xB5), false, stateTrade),
                chart("Trust in the members (mean, 0-1)", new Color(0x1A, 0x98, 0x50), false, stateTrust),
                chart("GDP, US$ bn", new Color(0x55, 0x55, 0x55), false, stateGdp)};
        stateCharts = new JFreeChart[ps.length];
        for (int k = 0; k < ps.length; k++) {
            grid.add(ps[k]);
            stateCharts[k] = ps[k].getChart();
        }
        one.add(grid, BorderLayout.CENTER);
        state.addActionListener(e -> showState());
        tabs.addTab("Organization", org);
        tabs.addTab("One state", one);
        add(tabs, BorderLayout.CENTER);
    }

    /** Shows state {@code i} in the state tab (and selects the tab). */
    void selectState(int i) {
        if (i >= 0 && i < state.getItemCount()) state.setSelectedIndex(i);
        tabs.setSelectedIndex(1);
    }

    private void showState() {
        int i = state.getSelectedIndex();
        for (XYSeries s : new XYSeries[]{stateTrade, stateTrust, stateGdp}) s.clear();
        if (i < 0) return;
        byState.forEach((year, v) -> {
            stateTrade.add((double) year, v[0][i]);
            if (!Double.isNaN(v[1][i])) stateTrust.add((double) year, v[1][i]);
            stateGdp.add((double) year, v[2][i]);
        });
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
        byState.clear();
        showState();
    }

    /** Removes the points of {@code year} and later (before a year is replayed). */
    void truncateFrom(int year) {
        for (XYSeries s : new XYSeries[]{trade, trust, adopted, implemented}) {
            for (int k = s.getItemCount() - 1; k >= 0; k--) if (s.getX(k).doubleValue() >= year) s.remove(k);
        }
        byState.tailMap(year, true).clear();
    }

    /** A year's points; {@code perState} holds each state's trade with the members, trust in them and GDP. */
    void add(int year, double tradeBn, double meanTrust, double nAdopted, double nImplemented, double[][] perState) {
        truncateFrom(year);
        trade.add(year, tradeBn);
        if (!Double.isNaN(meanTrust)) trust.add(year, meanTrust);
        adopted.add(year, nAdopted);
        implemented.add(year, nImplemented);
        byState.put(year, perState);
        showState();
    }

    /** The state tab's series, for tests: trade with members, trust in members, GDP. */
    XYSeries[] stateSeries() { return new XYSeries[]{stateTrade, stateTrust, stateGdp}; }
}
