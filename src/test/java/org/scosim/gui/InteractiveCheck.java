package org.scosim.gui;

import org.scosim.scenario.Seeds;
import org.scosim.io.ScenarioReader;
import org.scosim.model.SummitRecord;
import org.scosim.scenario.Scenario;
import sim.display.Console;

import javax.swing.SwingUtilities;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Drives the GUI as a user would, in its own JVM on a display (started by {@link GuiSnapshotTest}): play with
 * "pause at each summit" on, wait for the pause, press "Replay this summit" under simple majority, check the summit
 * window, then play on. Prints OK and exits 0, or prints what went wrong and exits 1.
 */
public final class InteractiveCheck {
    public static void main(String[] args) throws Exception {
        try {
            run();
            System.out.println("OK");
            System.exit(0);
        } catch (Throwable t) {
            t.printStackTrace(System.out);
            System.exit(1);
        }
    }

    static void check(boolean ok, String what) {
        if (!ok) throw new AssertionError(what);
    }

    static void run() throws Exception {
        Scenario sc = ScenarioReader.read(Path.of("scenarios/classroom/gui/development-bank.yaml")).scenario();
        ScoWithUI gui = new ScoWithUI(sc, Seeds.replication(sc.seed(), 0), null);
        AtomicReference<Console> console = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            Console c = new Console(gui);
            console.set(c);
            gui.placeWindows(c);
            c.setVisible(true);
            gui.summitPanel.pause.doClick();   // "Pause at each summit"
            c.pressPlay();
        });
        check(gui.controls().isPauseAtEachSummit(), "pause checkbox did not reach the controls");
        Console c = console.get();
        long until = System.currentTimeMillis() + 20_000;
        while (c.getPlayState() != Console.PS_PAUSED && System.currentTimeMillis() < until) Thread.sleep(50);
        check(c.getPlayState() == Console.PS_PAUSED, "console did not pause at the summit");
        SwingUtilities.invokeAndWait(() -> { });
        YearView first = gui.summitPanel.shown();
        check(first != null && first.year() == 2010, "summit window shows " + (first == null ? null : first.year()));
        SummitRecord bank = bank(first);
        check(bank.decision().adopted() && bank.decision().participants().equals(java.util.List.of("CHN", "KGZ")),
                "under opt-out only Kyrgyzstan should join China: " + bank.decision());

        SwingUtilities.invokeAndWait(() -> {
            gui.summitPanel.replayRule.setSelectedIndex(ModelControls.SIMPLE_MAJORITY);
            gui.summitPanel.replay.doClick();
        });
        SwingUtilities.invokeAndWait(() -> { });
        YearView replayed = gui.summitPanel.shown();
        check(replayed.year() == 2010 && replayed.replayed(), "replay shows " + replayed.year());
        check(replayed.rule().type().equals("simple-majority"), "replay rule " + replayed.rule());
        check(bank(replayed).decision().adopted() && bank(replayed).decision().optOuts().isEmpty(),
                "a simple majority should adopt the bank with all: " + bank(replayed).decision());
        check(bank(replayed).issue().equals(bank.issue()), "replay changed the positions");
        check(gui.model().rule().type().equals("simple-majority"), "model rule after replay");

        // clicking Kazakhstan on the map hits its node, and opens an inspector on it
        int kaz = sc.indexOf("KAZ");
        double px = MapGeometry.x(sc.states().get(kaz).longitude()) * ScoWithUI.MAP_W / MapGeometry.WIDTH;
        double py = MapGeometry.y(sc.states().get(kaz).latitude()) * ScoWithUI.MAP_H / MapGeometry.HEIGHT;
        java.awt.geom.Rectangle2D.Double click = new java.awt.geom.Rectangle2D.Double(px - 1, py - 1, 3, 3);
        AtomicReference<String> hit = new AtomicReference<>("");
        SwingUtilities.invokeAndWait(() -> {
            for (sim.util.Bag b : gui.display.objectsHitBy(click)) {
                for (Object o : b) {
                    Object obj = ((sim.portrayal.LocationWrapper) o).getObject();
                    if (obj instanceof StateNode n) hit.set(hit.get() + n.state().iso3());
                }
            }
            gui.display.createInspectors(click, gui);
        });
        check(hit.get().equals("KAZ"), "click on Kazakhstan hit '" + hit.get() + "'");

        // play on to the end (2011, 2012); pausing at summits again, so press play until stopped
        gui.controls().setPauseAtEachSummit(false);
        SwingUtilities.invokeAndWait(c::pressPause);   // unpause
        until = System.currentTimeMillis() + 20_000;
        while (c.getPlayState() != Console.PS_STOPPED && System.currentTimeMillis() < until) Thread.sleep(50);
        check(c.getPlayState() == Console.PS_STOPPED, "run did not reach its end");
        SwingUtilities.invokeAndWait(() -> { });
        check(gui.lastView().year() == 2012, "last year " + gui.lastView().year());
        check(gui.charts.trade.getItemCount() == 3, "trade chart points: " + gui.charts.trade.getItemCount());
    }

    static SummitRecord bank(YearView v) {
        return v.records().stream().filter(r -> r.proposal().id().equals("development-bank")).findFirst().orElseThrow();
    }
}
