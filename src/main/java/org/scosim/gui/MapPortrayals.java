package org.scosim.gui;

import org.scosim.model.MemberState;
import org.scosim.model.ScoModel;
import org.scosim.scenario.Status;
import sim.field.network.Edge;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.SimplePortrayal2D;
import sim.portrayal.network.EdgeDrawInfo2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/** The map's portrayals: states, trust and trade ties, the schematic background, the legend and the title. */
final class MapPortrayals {
    private MapPortrayals() {
    }

    /** Pixels per degree at the drawing's current zoom, relative to the design zoom of 8. */
    static double zoom(DrawInfo2D info, double unitsWide) { return info.draw.width / unitsWide / 8.0; }

    static void smooth(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    }

    /** A state: a disc sized by GDP, coloured by status, with its ISO3 code. Clicking it opens its inspector. */
    static final class StatePortrayal extends SimplePortrayal2D {
        private static final long serialVersionUID = 1L;

        private double radius(Object o, DrawInfo2D info) {
            StateNode n = (StateNode) o;
            return Palette.radius(n.state().gdp()) * info.draw.width / 8.0;
        }

        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            StateNode n = (StateNode) object;
            MemberState s = n.state();
            smooth(g);
            double r = radius(object, info);
            double x = info.draw.x, y = info.draw.y;
            Ellipse2D e = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
            Color c = Palette.status(s.status());
            g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 215));
            g.fill(e);
            g.setColor(info.selected ? Color.BLACK : Color.WHITE);
            g.setStroke(new BasicStroke(info.selected ? 3f : 1.5f));
            g.draw(e);
            float size = (float) Math.max(10, 13 * info.draw.width / 8.0);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.round(size)));
            FontMetrics fm = g.getFontMetrics();
            String label = s.iso3();
            int w = fm.stringWidth(label);
            float lx = (float) (x + r + 2), ly = (float) (y + fm.getAscent() / 2.0 - 1);
            if (s.iso3().equals("TJK") || s.iso3().equals("AFG") || s.iso3().equals("PAK")) {
                ly = (float) (y + r + fm.getAscent());
                lx = (float) (x - w / 2.0);
            }
            g.setColor(new Color(255, 255, 255, 200));
            g.fill(new Rectangle2D.Double(lx - 1, ly - fm.getAscent() + 1, w + 2, fm.getAscent()));
            g.setColor(Palette.TEXT);
            g.drawString(label, lx, ly);
        }

        @Override
        public boolean hitObject(Object object, DrawInfo2D range) {
            double r = Math.max(radius(object, range), 6);
            return new Ellipse2D.Double(range.draw.x - r, range.draw.y - r, 2 * r, 2 * r).intersects(range.clip);
        }

        /** Clicking a state also shows it in the charts' "One state" list. */
        @Override
        public sim.portrayal.Inspector getInspector(sim.portrayal.LocationWrapper wrapper, sim.display.GUIState state) {
            if (wrapper != null && wrapper.getObject() instanceof StateNode n && state instanceof ScoWithUI g && g.charts != null) {
                javax.swing.SwingUtilities.invokeLater(() -> g.charts.state.setSelectedIndex(n.index()));
            }
            return super.getInspector(wrapper, state);
        }
    }

    /** A pair of states that are both members or observers: colour = mutual trust, width = trade. */
    static final class TiePortrayal extends SimpleEdgePortrayal2D {
        private static final long serialVersionUID = 1L;
        private final ScoWithUI gui;

        TiePortrayal(ScoWithUI gui) { this.gui = gui; }

        static boolean eligible(ScoModel m, int i, int j, boolean observers) {
            Status a = m.state(i).status(), b = m.state(j).status();
            if (!observers && (a != Status.MEMBER || b != Status.MEMBER)) return false;
            return (a == Status.MEMBER || a == Status.OBSERVER) && (b == Status.MEMBER || b == Status.OBSERVER);
        }

        /**
         * Whether the map draws pair (i, j): both members or observers (observers only when their lines are on), and
         * among the {@code largest} eligible pairs by trade (ties at the cut all drawn).
         */
        static boolean shown(ScoModel m, int i, int j, int largest, boolean observers) {
            if (!eligible(m, i, j, observers)) return false;
            double t = m.trade(i, j);
            int above = 0, n = m.states().length;
            for (int a = 0; a < n; a++) {
                for (int b = a + 1; b < n; b++) {
                    if (eligible(m, a, b, observers) && m.trade(a, b) > t && ++above >= largest) return false;
                }
            }
            return true;
        }

        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            Edge e = (Edge) object;
            int i = ((StateNode) e.getFrom()).index(), j = ((StateNode) e.getTo()).index();
            ScoModel m = gui.model();
            ModelControls c = gui.controls();
            if (!shown(m, i, j, c.getLinesShown(), c.isObserverLines())) return;
            EdgeDrawInfo2D ei = (EdgeDrawInfo2D) info;
            smooth(g);
            double k = info.draw.width / 8.0;
            boolean observer = m.state(i).status() != Status.MEMBER || m.state(j).status() != Status.MEMBER;
            g.setColor(Palette.trust(m.trustSymmetric(i, j), observer ? 95 : 210));
            float w = (float) (Palette.width(m.trade(i, j)) * k);
            g.setStroke(observer
                    ? new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[]{6f * (float) k, 4f * (float) k}, 0f)
                    : new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(ei.draw.x, ei.draw.y, ei.secondPoint.x, ei.secondPoint.y));
        }

        @Override
        public boolean hitObject(Object object, DrawInfo2D range) { return false; }
    }

    /**
     * Seas, then the countries (Natural Earth 1:110m, {@link CountryOutlines}) with their borders, the scenario's
     * members and observers tinted by status, drawn under everything.
     */
    static final class BackgroundPortrayal extends FieldPortrayal2D {
        private static final long serialVersionUID = 1L;
        static final Color BORDER = new Color(0x9A, 0x92, 0x84);
        private final ScoWithUI gui;

        BackgroundPortrayal(ScoWithUI gui) {
            this.gui = gui;
            setField(new Object());
        }

        static Path2D.Double path(double[] lonLat, Rectangle2D.Double d) {
            double kx = d.width / MapGeometry.WIDTH, ky = d.height / MapGeometry.HEIGHT;
            Path2D.Double p = new Path2D.Double();
            for (int q = 0; q < lonLat.length; q += 2) {
                double x = d.x + (lonLat[q] - MapGeometry.WEST) * kx, y = d.y + (MapGeometry.NORTH - lonLat[q + 1]) * ky;
                if (q == 0) p.moveTo(x, y);
                else p.lineTo(x, y);
            }
            p.closePath();
            return p;
        }

        /** The status of the state a country is in the scenario, or null. */
        private Status status(String iso3) {
            ScoModel m = gui == null ? null : gui.model();
            if (m == null || iso3.equals("-")) return null;
            for (int i = 0; i < m.states().length; i++) if (m.states()[i].iso3().equals(iso3)) return m.state(i).status();
            return null;
        }

        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            smooth(g);
            Rectangle2D.Double d = info.draw;
            Shape clip = g.getClip();
            g.clip(d);
            g.setColor(Palette.WATER);
            g.fill(d);
            List<CountryOutlines.Ring> rings = CountryOutlines.rings();
            for (CountryOutlines.Ring r : rings) {
                Status st = r.hole() ? null : status(r.iso3());
                g.setColor(r.hole() ? Palette.WATER : st == null ? Palette.LAND : Palette.territory(st));
                g.fill(path(r.lonLat(), d));
            }
            g.setStroke(new BasicStroke(0.8f));
            g.setColor(BORDER);
            for (CountryOutlines.Ring r : rings) g.draw(path(r.lonLat(), d));
            // graticule every 10 degrees, faint
            g.setColor(new Color(0, 0, 0, 14));
            double kx = d.width / MapGeometry.WIDTH, ky = d.height / MapGeometry.HEIGHT;
            for (int lon = 30; lon < 125; lon += 10) g.draw(new Line2D.Double(d.x + (lon - 20) * kx, d.y, d.x + (lon - 20) * kx, d.y + d.height));
            for (int lat = 20; lat < 60; lat += 10) g.draw(new Line2D.Double(d.x, d.y + (60 - lat) * ky, d.x + d.width, d.y + (60 - lat) * ky));
            g.setClip(clip);
        }
    }

    /** The legend, the year and rule, and the "schematic" note, drawn over everything. */
    static final class LegendPortrayal extends FieldPortrayal2D {
        private static final long serialVersionUID = 1L;
        private final ScoWithUI gui;

        LegendPortrayal(ScoWithUI gui) {
            this.gui = gui;
            setField(new Object());
        }

        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            smooth(g);
            Rectangle2D.Double d = info.draw;
            double k = d.width / MapGeometry.WIDTH / 8.0;
            int fs = (int) Math.round(Math.max(10, 12 * k));
            Font plain = new Font(Font.SANS_SERIF, Font.PLAIN, fs), bold = new Font(Font.SANS_SERIF, Font.BOLD, fs);

            // Title, top right: year and rule.
            ScoModel m = gui.model();
            String title = gui.yearLabel();
            String rule = "rule: " + SummitReport.ruleLabel(m.rule());
            Font big = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(Math.max(14, 22 * k)));
            g.setFont(big);
            FontMetrics fb = g.getFontMetrics();
            g.setFont(bold);
            FontMetrics f = g.getFontMetrics();
            double tw = Math.max(fb.stringWidth(title), f.stringWidth(rule)) + 16 * k;
            double tx = d.x + d.width - tw - 6 * k, ty = d.y + 6 * k;
            box(g, tx, ty, tw, fb.getHeight() + f.getHeight() + 8 * k);
            g.setColor(Palette.TEXT);
            g.setFont(big);
            g.drawString(title, (float) (tx + 8 * k), (float) (ty + 4 * k + fb.getAscent()));
            g.setFont(bold);
            g.drawString(rule, (float) (tx + 8 * k), (float) (ty + 4 * k + fb.getHeight() + f.getAscent()));

            // Legend, bottom left.
            g.setFont(plain);
            f = g.getFontMetrics();
            double line = f.getHeight() + 2 * k;
            double[] refGdp = {100, 1000, 5000};
            double discRow = 2 * Palette.radius(refGdp[2]) * k + 4 * k;
            double lw = 300 * k, lh = line * 7 + discRow + 12 * k;
            double lx = d.x + 6 * k, ly = d.y + d.height - lh - 6 * k;
            box(g, lx, ly, lw, lh);
            double y = ly + 6 * k + f.getAscent();
            double x = lx + 8 * k;
            g.setFont(bold);
            g.setColor(Palette.TEXT);
            g.drawString("Status", (float) x, (float) y);
            g.setFont(plain);
            g.drawString("(discs; land shaded)", (float) (x + g.getFontMetrics(bold).stringWidth("Status ") + 2 * k), (float) y);
            g.setFont(plain);
            Status[] st = Status.values();
            for (int q = 0; q < st.length; q++) {
                double cx = x + (q % 2) * 128 * k, cy = y + line * (1 + q / 2);
                double r = 5 * k;
                g.setColor(Palette.status(st[q]));
                g.fill(new Ellipse2D.Double(cx, cy - f.getAscent() / 2.0 - r + 1, 2 * r, 2 * r));
                g.setColor(Palette.TEXT);
                g.drawString(Palette.statusLabel(st[q]), (float) (cx + 2 * r + 4 * k), (float) cy);
            }
            // GDP: reference discs at the map's scale, bottom-aligned, each labelled
            double yy = y + line * 3;
            g.setColor(Palette.TEXT);
            g.drawString("GDP, US$ bn (disc area):", (float) x, (float) yy);
            double base = yy + discRow;
            double cx = x + 4 * k;
            g.setStroke(new BasicStroke((float) Math.max(1, k)));
            for (double gdp : refGdp) {
                double r = Palette.radius(gdp) * k;
                g.draw(new Ellipse2D.Double(cx, base - 2 * r, 2 * r, 2 * r));
                String lab = String.format(java.util.Locale.ROOT, "%,.0f", gdp);
                g.drawString(lab, (float) (cx + 2 * r + 3 * k), (float) (base - 2 * k));
                cx += 2 * r + f.stringWidth(lab) + 12 * k;
            }
            yy = base + line;
            g.drawString("Lines: " + gui.controls().getLinesShown() + " largest flows; colour trust, width trade", (float) x, (float) yy);
            yy += line * 0.55;
            double barW = 120 * k, barH = 9 * k;
            String lo = "trust " + Palette.TRUST_LOW + " ", hi = " " + Palette.TRUST_HIGH;
            g.setColor(Palette.TEXT);
            g.drawString(lo, (float) x, (float) (yy + barH));
            double bx = x + f.stringWidth(lo);
            for (int q = 0; q < 50; q++) {
                double t = Palette.TRUST_LOW + (Palette.TRUST_HIGH - Palette.TRUST_LOW) * q / 49.0;
                g.setColor(Palette.trust(t, 255));
                g.fill(new Rectangle2D.Double(bx + barW * q / 50.0, yy, barW / 50.0 + 1, barH));
            }
            g.setColor(Palette.TEXT);
            g.drawString(hi, (float) (bx + barW), (float) (yy + barH));
            yy += barH + line * 0.9;
            g.drawString("dashed: with an observer", (float) x, (float) yy);

            // Note, bottom right.
            String note = "Borders: Natural Earth 1:110m (public domain); discs at the capitals";
            Font small = new Font(Font.SANS_SERIF, Font.ITALIC, Math.max(9, (int) Math.round(10 * k)));
            g.setFont(small);
            FontMetrics fs2 = g.getFontMetrics();
            double nw = fs2.stringWidth(note) + 8 * k;
            box(g, d.x + d.width - nw - 6 * k, d.y + d.height - fs2.getHeight() - 8 * k, nw, fs2.getHeight() + 2 * k);
            g.setColor(new Color(0x50, 0x50, 0x50));
            g.drawString(note, (float) (d.x + d.width - nw - 2 * k), (float) (d.y + d.height - 8 * k - fs2.getDescent()));
        }

        private static void box(Graphics2D g, double x, double y, double w, double h) {
            g.setColor(new Color(255, 255, 255, 225));
            g.fill(new Rectangle2D.Double(x, y, w, h));
            g.setColor(new Color(0x90, 0x90, 0x90));
            g.setStroke(new BasicStroke(1f));
            g.draw(new Rectangle2D.Double(x, y, w, h));
        }
    }
}
