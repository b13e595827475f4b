package org.scosim.gui;

import org.scosim.decision.Actor;
import org.scosim.decision.Decider;
import org.scosim.decision.Decision;
import org.scosim.decision.DecisionRule;
import org.scosim.decision.Issue;
import org.scosim.decision.Weighting;
import org.scosim.model.SummitRecord;

import javax.swing.JComponent;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The bargaining of one proposal on its own 0-100 scale, for a class to follow step by step (decision-core.md):
 * (1) the status quo and every state's position, sized by salience (members filled, observers hollow), and the
 * compromise, the capability x salience weighted mean; (2) what each member accepts, from the status quo to the mirror
 * image of the status quo around its position; (3) the outcome under the rule in force, beside what each other rule
 * would give on the same positions.
 */
final class BargainingView extends JComponent {
    private static final long serialVersionUID = 1L;
    static final int STEPS = 3;
    private static final int LEFT = 60, RIGHT = 20, TOP = 34, ROW = 17;
    private static final Color MEMBER = new Color(0x1f5fb4), OBSERVER = new Color(0xd98c00), OUTCOME = new Color(0x1a8a3a),
            COMPROMISE = new Color(0xb02020), ACCEPT = new Color(31, 95, 180, 80);

    private transient SummitRecord record;
    private int step = STEPS;

    BargainingView() {
        setPreferredSize(new Dimension(580, 300));
        setBackground(Color.WHITE);
        setOpaque(true);
    }

    void show(SummitRecord r) {
        record = r;
        repaint();
    }

    void setStep(int s) {
        step = Math.max(1, Math.min(STEPS, s));
        repaint();
    }

    int step() { return step; }

    /** The outcome each rule gives on these positions, for the third step's comparison row. */
    static List<Object[]> outcomesByRule(Issue issue) {
        List<Object[]> out = new ArrayList<>();
        DecisionRule[] rules = {new DecisionRule.Unanimity(), new DecisionRule.OptOut(2), new DecisionRule.ConsensusMinusOne(),
                new DecisionRule.QualifiedMajority(2.0 / 3.0, Weighting.EQUAL), new DecisionRule.SimpleMajority()};
        String[] names = {"unanimity", "opt-out", "consensus-1", "2/3 majority", "majority"};
        for (int k = 0; k < rules.length; k++) {
            Decision d = Decider.decide(issue, rules[k]);
            out.add(new Object[]{names[k], d.adopted() ? d.outcome() : issue.statusQuo(), d.adopted()});
        }
        return out;
    }

    private double x(double v) { return LEFT + (getWidth() - LEFT - RIGHT) * v / 100.0; }

    @Override
    protected void paintComponent(Graphics g0) {
        Graphics2D g = (Graphics2D) g0.create();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(getBackground());
        g.fillRect(0, 0, getWidth(), getHeight());
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        if (record == null) {
            g.setColor(Color.GRAY);
            g.drawString("No proposal this year.", LEFT, TOP);
            g.dispose();
            return;
        }
        Issue issue = record.issue();
        Decision d = record.decision();
        List<Actor> actors = new ArrayList<>(issue.actors());
        actors.sort(Comparator.comparing((Actor a) -> !a.member()).thenComparing(Actor::name));
        double sq = issue.statusQuo();
        int axisY = TOP + ROW * actors.size() + 8;

        g.setColor(Color.BLACK);
        g.setFont(g.getFont().deriveFont(Font.BOLD, 12f));
        g.drawString(record.proposal().title() + "  (step " + step + " of " + STEPS + ": "
                + (step == 1 ? "positions and compromise" : step == 2 ? "what each member accepts" : "the outcome") + ")", 8, 16);
        g.setFont(g.getFont().deriveFont(Font.PLAIN, 11f));

        // axis and the status quo
        g.setColor(Color.GRAY);
        g.drawLine((int) x(0), axisY, (int) x(100), axisY);
        for (int v = 0; v <= 100; v += 10) {
            g.drawLine((int) x(v), axisY, (int) x(v), axisY + 4);
            String t = Integer.toString(v);
            g.drawString(t, (int) x(v) - g.getFontMetrics().stringWidth(t) / 2, axisY + 16);
        }
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[]{4f, 3f}, 0f));
        g.drawLine((int) x(sq), TOP - 8, (int) x(sq), axisY);
        g.setStroke(new BasicStroke(1f));
        g.drawString("status quo " + fmt(sq), (int) x(sq) + 3, TOP - 10);

        for (int k = 0; k < actors.size(); k++) {
            Actor a = actors.get(k);
            int y = TOP + ROW * k;
            g.setColor(Color.DARK_GRAY);
            g.drawString(a.name(), 8, y + 4);
            if (step >= 2 && a.member()) {
                double lo = Math.min(sq, 2 * a.position() - sq), hi = Math.max(sq, 2 * a.position() - sq);
                lo = Math.max(0, lo);
                hi = Math.min(100, hi);
                g.setColor(ACCEPT);
                g.setStroke(new BasicStroke(3f));
                g.drawLine((int) x(lo), y, (int) x(hi), y);
                g.setStroke(new BasicStroke(1f));
            }
            double r = 3 + 7 * Math.max(0, Math.min(1, a.salience()));
            Ellipse2D dot = new Ellipse2D.Double(x(a.position()) - r, y - r, 2 * r, 2 * r);
            if (a.member()) {
                g.setColor(MEMBER);
                g.fill(dot);
            } else {
                g.setColor(Color.WHITE);
                g.fill(dot);
                g.setColor(OBSERVER);
                g.draw(dot);
            }
        }

        double c = Decider.compromise(issue);
        if (!Double.isNaN(c)) {
            g.setColor(COMPROMISE);
            triangle(g, x(c), axisY - 2);
            g.drawString("compromise " + fmt(c), (int) x(c) - 30, axisY + 29);
        }
        int rowsY = axisY + 44;
        if (step >= 3) {
            double o = d.adopted() ? d.outcome() : sq;
            g.setColor(OUTCOME);
            g.setStroke(new BasicStroke(2.5f));
            g.drawLine((int) x(o), TOP - 8, (int) x(o), axisY);
            g.setStroke(new BasicStroke(1f));
            g.setFont(g.getFont().deriveFont(Font.BOLD, 11f));
            FontMetrics fm = g.getFontMetrics();
            String label = (d.adopted() ? "outcome " + fmt(o) : "not adopted") + " (" + org.scosim.output.RuleNames.describe(d.rule()) + ")";
            int lx = (int) x(o) + 4;
            if (lx + fm.stringWidth(label) > getWidth() - 4) lx = (int) x(o) - 4 - fm.stringWidth(label);
            g.drawString(label, lx, axisY - 6);
            g.setFont(g.getFont().deriveFont(Font.PLAIN, 11f));
            // what the other rules give on the same positions: marks on the axis, values in one line
            StringBuilder line = new StringBuilder("Other rules on the same positions: ");
            List<Object[]> others = outcomesByRule(issue);
            for (int k = 0; k < others.size(); k++) {
                Object[] e = others.get(k);
                double v = (Double) e[1];
                if ((Boolean) e[2]) {
                    g.setColor(OUTCOME);
                    g.fillRect((int) x(v) - 2, axisY - 3, 5, 5);
                }
                line.append(k == 0 ? "" : " · ").append(e[0]).append(' ').append((Boolean) e[2] ? fmt(v) : "none");
            }
            g.setColor(Color.DARK_GRAY);
            // wrap at the panel's width, at the separators
            String rest = line.toString();
            int y = rowsY;
            while (!rest.isEmpty()) {
                int cut = rest.length();
                while (g.getFontMetrics().stringWidth(rest.substring(0, cut)) > getWidth() - 16 && rest.lastIndexOf(" · ", cut - 1) > 0) {
                    cut = rest.lastIndexOf(" · ", cut - 1);
                }
                g.drawString(rest.substring(0, cut), 8, y);
                rest = cut >= rest.length() ? "" : rest.substring(cut + 3);
                y += 13;
            }
        } else {
            g.setColor(Color.GRAY);
            g.drawString(step == 1 ? "Next: what each member accepts." : "Next: the outcome under the rule in force.", 8, rowsY);
        }
        g.dispose();
    }

    private static void triangle(Graphics2D g, double x, double y) {
        Path2D t = new Path2D.Double();
        t.moveTo(x, y - 9);
        t.lineTo(x - 6, y + 2);
        t.lineTo(x + 6, y + 2);
        t.closePath();
        g.fill(t);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v).replace(".0", "");
    }
}
