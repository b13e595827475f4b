package org.scosim.cli;

import org.scosim.decision.DecisionRule;
import org.scosim.scenario.Seeds;
import org.scosim.gui.ScoWithUI;
import org.scosim.gui.Snapshot;
import org.scosim.io.InputException;
import org.scosim.io.RuleReader;
import org.scosim.io.ScenarioReader;
import org.scosim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import sim.display.Console;

import javax.swing.SwingUtilities;
import java.awt.GraphicsEnvironment;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/** {@code scosim gui}: the classroom GUI (map, summit window, charts, MASON console), or a PNG snapshot of it. */
@Command(name = "gui", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Opens the classroom GUI: a map of the states, the summit window (positions, votes, outcome and "
                + "why), live charts and the MASON console (play, pause, step; Model tab: rule, threshold, shocks).",
                "With --snapshot, runs --steps years, writes a PNG of the map, charts and summit window, and exits.",
                "Needs a display: a desktop, or a virtual one (xvfb-run -a ./scosim gui ...)."},
        exitCodeList = {"0:closed, or snapshot written", "1:cannot write the snapshot",
                "2:bad input (scenario, option or rule) or no display"})
public final class GuiCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SCENARIO", arity = "0..1", defaultValue = "scenarios/sco-baseline.yaml",
            description = "Scenario file (default: ${DEFAULT-VALUE}).")
    Path scenarioFile;

    @Option(names = "--rule", paramLabel = "RULE",
            description = "Start with this rule instead of the scenario's. RULE: " + RuleReader.CLI_SYNTAX + ".")
    String rule;

    @Option(names = "--steps", paramLabel = "N", description = "Run N years at once (default: 0; with --snapshot: 1).")
    Integer steps;

    @Option(names = {"-s", "--seed"}, paramLabel = "S",
            description = "Master seed (default: the scenario's); the GUI runs replication 0 of it, like 'scosim run'.")
    Long seed;

    @Option(names = "--snapshot", paramLabel = "FILE.png", description = "Write a PNG of the map (charts under it) and the summit window, and exit.")
    Path snapshot;

    @Option(names = "--snapshot-area", paramLabel = "AREA", defaultValue = "map-summit",
            description = "What --snapshot shows: map-summit (default) or screen (all windows, 1366x768).")
    String snapshotArea;

    @Option(names = "--dump", paramLabel = "FILE", hidden = true,
            description = "With --snapshot: also write the window layout and the summit window's content as text (tests).")
    Path dump;

    @Override
    public Integer call() throws Exception {
        Scenario sc;
        try {
            sc = ScenarioReader.read(scenarioFile).scenario();
        } catch (InputException e) {
            return fail(e.userMessage());
        }
        DecisionRule r = null;
        if (rule != null) {
            try {
                r = RuleReader.parseCli(rule);
            } catch (IllegalArgumentException e) {
                return fail("--rule: " + e.getMessage());
            }
        }
        int n = steps != null ? steps : (snapshot != null ? 1 : 0);
        if (n < 0 || n > sc.years()) {
            return fail("--steps must be between 0 and " + sc.years() + " (the scenario runs " + sc.startYear() + "-"
                    + sc.endYear() + "), got " + n);
        }
        if (!snapshotArea.equals("map-summit") && !snapshotArea.equals("screen")) {
            return fail("--snapshot-area must be map-summit or screen, got '" + snapshotArea + "'");
        }
        if (snapshot != null && !snapshot.getFileName().toString().toLowerCase().endsWith(".png")) {
            return fail("--snapshot must name a .png file, got " + snapshot);
        }
        if (GraphicsEnvironment.isHeadless()) {
            return fail("no display available (DISPLAY is not set, or java.awt.headless is true); "
                    + "run it on a desktop, or under a virtual display: xvfb-run -a ./scosim gui ...");
        }
        long master = seed != null ? seed : sc.seed();
        ScoWithUI gui = new ScoWithUI(sc, Seeds.replication(master, 0), r);
        AtomicReference<Console> console = new AtomicReference<>();
        CountDownLatch closed = new CountDownLatch(1);
        try {
            SwingUtilities.invokeAndWait(() -> {
                Console c = new Console(gui);
                console.set(c);
                gui.placeWindows(c);
                c.setVisible(true);
                c.addWindowListener(new WindowAdapter() {
                    @Override public void windowClosed(WindowEvent e) { closed.countDown(); }
                });
                if (n > 0) {
                    c.setNumStepsPerStepButtonPress(1);
                    c.pressPause();   // starts the simulation, paused
                    for (int k = 0; k < n; k++) c.pressPlay();   // in paused mode: one step each
                }
            });
        } catch (java.lang.reflect.InvocationTargetException e) {
            Throwable t = e.getCause();
            if (t instanceof java.awt.HeadlessException) return fail("no display available: " + t.getMessage());
            throw e;
        }
        if (snapshot == null) {
            closed.await();
            return 0;
        }
        SwingUtilities.invokeAndWait(() -> { });   // let the summit window and charts take the last year
        if (snapshotArea.equals("screen")) SwingUtilities.invokeAndWait(() -> showModelTab(console.get()));
        AtomicReference<BufferedImage> img = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> img.set(snapshotArea.equals("screen")
                ? Snapshot.screen(gui, console.get()) : Snapshot.mapAndSummit(gui)));
        try {
            Snapshot.write(img.get(), snapshot);
            if (dump != null) {
                AtomicReference<String> text = new AtomicReference<>();
                SwingUtilities.invokeAndWait(() -> text.set(gui.describeWindows(console.get())));
                java.nio.file.Files.writeString(dump, text.get());
            }
        } catch (IOException e) {
            System.err.println("scosim gui: cannot write " + snapshot + ": " + CliSupport.reason(e));
            return 1;
        }
        System.out.println(snapshot + " (" + img.get().getWidth() + "x" + img.get().getHeight() + ", year "
                + (gui.lastView() == null ? sc.startYear() : gui.lastView().year()) + ")");
        return 0;
    }

    /** Shows the console's Model tab (rule, threshold, shocks), so that a screen snapshot shows the controls. */
    static void showModelTab(java.awt.Container c) {
        for (java.awt.Component k : c.getComponents()) {
            if (k instanceof javax.swing.JTabbedPane t && t.indexOfTab("Model") >= 0) {
                t.setSelectedIndex(t.indexOfTab("Model"));
                t.validate();
                return;
            }
            if (k instanceof java.awt.Container cc) showModelTab(cc);
        }
    }

    private static int fail(String message) {
        System.err.println("scosim gui: " + message);
        return 2;
    }
}
