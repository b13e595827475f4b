package org.scosim.gui;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JEditorPane;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridLayout;

/**
 * The summit window: this year's proposals, each with proposer and domain, every state's position, vote or opt-out
 * and gain, the rule, the outcome, vetoes and pivotal states, and the plain-language explanation. Its top strip
 * holds "pause at each summit" and "replay this summit under another rule".
 */
final class SummitPanel extends JPanel {
    private static final long serialVersionUID = 1L;

    private final ScoWithUI gui;
    final JEditorPane text = new JEditorPane();
    final JCheckBox pause = new JCheckBox("Pause at each summit");
    final JComboBox<String> replayRule = new JComboBox<>(ModelControls.RULES);
    final JButton replay = new JButton("Replay this summit");
    final BargainingView bargaining = new BargainingView();
    final JComboBox<String> proposal = new JComboBox<>();
    final JButton nextStep = new JButton("Next step");
    private YearView shown;

    SummitPanel(ScoWithUI gui) {
        super(new BorderLayout());
        this.gui = gui;
        text.setContentType("text/html");
        text.setEditable(false);
        text.putClientProperty(JEditorPane.HONOR_DISPLAY_PROPERTIES, Boolean.TRUE);
        text.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        text.setText(SummitReport.html(null));
        JScrollPane scroll = new JScrollPane(text);
        scroll.getVerticalScrollBar().setUnitIncrement(16);

        JPanel top = new JPanel(new GridLayout(2, 1));
        top.setBorder(BorderFactory.createMatteBorder(0, 0, 1, 0, Color.LIGHT_GRAY));
        JPanel row1 = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 2));
        pause.setToolTipText("Pause the console after every year in which the summit decided something");
        pause.addActionListener(e -> gui.controls().setPauseAtEachSummit(pause.isSelected()));
        row1.add(pause);
        JPanel row2 = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 2));
        row2.add(new JLabel("Replay under:"));
        replayRule.setToolTipText("Thresholds and the opt-out minimum are set in the console's Model tab");
        row2.add(replayRule);
        replay.setToolTipText("Go back to the start of this year and let the same summit decide under the chosen rule");
        replay.addActionListener(e -> {
            gui.controls().setRule(replayRule.getSelectedIndex());
            gui.replayShownYear();
        });
        row2.add(replay);
        top.add(row1);
        top.add(row2);
        add(top, BorderLayout.NORTH);

        // The bargaining view: one proposal on its own scale, stepped through compromise -> limits -> outcome.
        JPanel view = new JPanel(new BorderLayout());
        JPanel strip = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 2));
        strip.add(new JLabel("Bargaining over:"));
        proposal.setToolTipText("The proposal whose bargaining is drawn below");
        proposal.addActionListener(e -> showProposal());
        strip.add(proposal);
        nextStep.setToolTipText("Step through: positions and compromise, what each member accepts, the outcome");
        nextStep.addActionListener(e -> bargaining.setStep(bargaining.step() % BargainingView.STEPS + 1));
        strip.add(nextStep);
        view.add(strip, BorderLayout.NORTH);
        view.add(bargaining, BorderLayout.CENTER);
        javax.swing.JSplitPane split = new javax.swing.JSplitPane(javax.swing.JSplitPane.VERTICAL_SPLIT, scroll, view);
        split.setResizeWeight(0.55);
        split.setDividerLocation(360);
        add(split, BorderLayout.CENTER);
        syncControls();
    }

    /** Puts the strip's controls in line with the model controls. */
    void syncControls() {
        pause.setSelected(gui.controls().isPauseAtEachSummit());
        replayRule.setSelectedIndex(gui.controls().getRule());
        replay.setEnabled(gui.canReplay());
    }

    /** Shows a year (EDT). */
    void show(YearView v) {
        shown = v;
        text.setText(SummitReport.html(v));
        text.setCaretPosition(0);
        Object was = proposal.getSelectedItem();
        proposal.removeAllItems();
        if (v != null) for (var r : v.records()) proposal.addItem(r.proposal().id());
        if (was != null) proposal.setSelectedItem(was);   // a replay keeps the proposal in view
        bargaining.setStep(BargainingView.STEPS);
        showProposal();
        syncControls();
    }

    YearView shown() { return shown; }

    /** The id of the proposal in the bargaining view, or null. */
    String selectedProposal() { return (String) proposal.getSelectedItem(); }

    private void showProposal() {
        int i = proposal.getSelectedIndex();
        bargaining.show(shown == null || i < 0 || i >= shown.records().size() ? null : shown.records().get(i));
    }

    static void later(Runnable r) {
        if (SwingUtilities.isEventDispatchThread()) r.run();
        else SwingUtilities.invokeLater(r);
    }
}
