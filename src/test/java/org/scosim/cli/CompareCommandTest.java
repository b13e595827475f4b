package org.scosim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scosim.experiment.ExperimentDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

class CompareCommandTest {
    static final String BASELINE = "scenarios/sco-baseline.yaml";

    /** A scenario extending the baseline over 1996-2000 (fast), written into {@code dir}. */
    static String shortScenario(Path dir, String name, String extra) throws IOException {
        Path base = dir.toAbsolutePath().relativize(Path.of(BASELINE).toAbsolutePath());
        Path f = dir.resolve(name + ".yaml");
        Files.writeString(f, "extends: " + base + "\nname: " + name + "\nperiod: {end: 2000}\n" + extra);
        return f.toString();
    }

    /** Files whose bytes must not depend on threads or on an interruption. */
    static final List<String> DATA = List.of("comparison.csv", "differences.csv", "report.html",
            "base/measures.parquet", "base/trade.parquet", "base/series.csv", "base/values.bin",
            "unanimity/measures.parquet", "unanimity/decisions.parquet", "unanimity/values.bin");

    static int run(String... args) {
        return Main.commandLine().execute(args);
    }

    /** Runs and returns stderr. */
    static String runErr(int expected, String... args) {
        PrintStream old = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertEquals(expected, run(args), () -> "exit status; stderr: " + buf.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void sameBytesWhateverTheThreadsAndAfterAnInterruption(@TempDir Path tmp) throws IOException {
        String base = shortScenario(tmp, "base", ""), unanimity = shortScenario(tmp, "unanimity", "rule: {type: unanimity}\n");
        Path one = tmp.resolve("one"), two = tmp.resolve("two");
        assertEquals(0, run("compare", base, unanimity, "-n", "4", "--seed", "5", "--threads", "1",
                "--no-plots", "--no-comparison-plots", "--out", one.toString(), "-q"));
        assertEquals(0, run("compare", base, unanimity, "-n", "4", "--seed", "5", "--threads", "2",
                "--no-plots", "--no-comparison-plots", "--out", two.toString(), "-q"));
        for (String f : DATA) assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)), f);

        List<String> csv = Files.readAllLines(one.resolve("comparison.csv"));
        assertEquals(String.join(",", org.scosim.experiment.Comparison.COLUMNS), csv.get(0));
        assertTrue(csv.stream().anyMatch(l -> l.startsWith("agreements_adopted,SCO,2000,unanimity,base,4,")));
        assertTrue(csv.stream().anyMatch(l -> l.startsWith("china_trade_bn_usd,RUS,2000,unanimity,")));
        String html = Files.readString(one.resolve("report.html"));
        assertTrue(html.contains("Main differences"));
        assertTrue(html.contains("Under unanimity, "));
        assertFalse(html.contains("<svg"), "no plots drawn, none embedded");
        assertFalse(html.contains("http://") || html.contains("https://"), "no network references");
        assertTrue(Files.exists(one.resolve("provenance.json")));
        assertTrue(Files.readString(one.resolve("provenance.json")).contains("\"sha256\""));
        assertTrue(Files.exists(one.resolve("base/summary.json")));
        assertFalse(Files.exists(one.resolve("base/agreements.png")), "--no-plots: no per-scenario plots");

        // Interrupt "two": the second scenario never finished (no marker, half a table), combined files missing.
        Path b = two.resolve("unanimity");
        Files.delete(b.resolve(ExperimentDir.DONE));
        Files.move(b.resolve("measures.parquet"), b.resolve("measures.parquet.part"));
        Files.writeString(b.resolve("measures.parquet.part"), "PAR1 broken");
        Files.delete(b.resolve("values.bin"));
        for (String f : List.of("comparison.csv", "differences.csv", "report.html")) Files.delete(two.resolve(f));
        long before = Files.getLastModifiedTime(two.resolve("base/measures.parquet")).toMillis();
        assertEquals(0, run("compare", "--resume", two.toString(), "--threads", "2", "-q"));
        for (String f : DATA) assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)), f);
        assertEquals(before, Files.getLastModifiedTime(two.resolve("base/measures.parquet")).toMillis(),
                "a finished scenario is not run again");
        try (Stream<Path> s = Files.walk(two)) {
            assertTrue(s.noneMatch(p -> p.toString().endsWith(".part")), "no .part file left");
        }
    }

    @Test
    void tablesAndFormatAreChosenAndCheckedBeforeAnythingRuns(@TempDir Path tmp) throws IOException {
        String base = shortScenario(tmp, "base", ""), unanimity = shortScenario(tmp, "unanimity", "rule: {type: unanimity}\n");
        Path bad = tmp.resolve("bad");
        String err = runErr(2, "compare", base, unanimity, "-n", "2", "--tables", "measures,votes", "--out", bad.toString(), "-q");
        assertTrue(err.contains("--tables: unknown table 'votes'; choose from measures, trade, states, decisions, agreements, all, none"), err);
        err = runErr(2, "compare", base, unanimity, "-n", "2", "--format", "feather", "--out", bad.toString(), "-q");
        assertTrue(err.contains("--format must be parquet or csv, got 'feather'"), err);
        assertFalse(Files.exists(bad.resolve("base")));
        Path ok = tmp.resolve("ok");
        assertEquals(0, run("compare", base, unanimity, "-n", "2", "--tables", "trade", "--format", "csv",
                "--no-plots", "--no-comparison-plots", "--out", ok.toString(), "-q"));
        assertTrue(Files.exists(ok.resolve("base/trade.csv")));
        assertFalse(Files.exists(ok.resolve("base/measures.csv")) || Files.exists(ok.resolve("base/measures.parquet")));
        assertTrue(Files.exists(ok.resolve("comparison.csv")), "the combined files come from the replication values");
    }

    @Test
    void identicalScenariosGiveNoDifferenceAndNoNaN(@TempDir Path tmp) throws IOException {
        // The same rule written twice: identical runs.
        String a = shortScenario(tmp, "a", ""), b = shortScenario(tmp, "b", "rule: {type: opt-out, minParticipants: 2}\n");
        Path out = tmp.resolve("o");
        assertEquals(0, run("compare", a, b, "-n", "3", "--no-plots", "--years", "1997,2000",
                "--out", out.toString(), "-q"));
        List<String> rows = Files.readAllLines(out.resolve("comparison.csv"));
        int checked = 0;
        for (String r : rows.subList(1, rows.size())) {
            String[] c = r.split(",", -1);
            assertTrue(c[2].equals("1997") || c[2].equals("2000"));
            if (!c[3].equals("b")) continue;
            assertEquals("0", c[8], r);      // diff
            assertEquals("1", c[12], r);     // t_p
            assertEquals("1", c[13], r);     // wilcoxon_p
            assertEquals("0", c[14], r);     // cohens_dz
            checked++;
        }
        assertTrue(checked > 20);
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("in every replication"));
        assertTrue(html.contains("id=\"unchanged\""), "identical series are listed as unchanged");
        assertTrue(html.contains("None: every series is identical in every scenario."));
        assertEquals(0, html.split("<svg", -1).length - 1, "unchanged series get no plot in the report");
        // the plots of the comparison are drawn even with --no-plots
        assertTrue(Files.size(out.resolve("plots/agreements_adopted.png")) > 0);
        assertTrue(Files.size(out.resolve("plots/china_trade_bn_usd-RUS-diff.svg")) > 0);
    }

    /**
     * Every src or href of the page is a fragment of the page itself or a picture embedded in it (the dots of a large
     * sweep's plot): it can be mailed alone.
     */
    static void assertSelfContained(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)\\b(src|href|xlink:href)\\s*=\\s*[\"']?([^\"'\\s>]*)").matcher(html);
        int refs = 0;
        while (m.find()) {
            assertTrue(m.group(2).startsWith("#") || m.group(2).startsWith("data:image/png;base64,"),
                    "reference to another file: " + m.group());
            refs++;
        }
        assertTrue(refs > 0, "the table of contents links within the page");
        assertFalse(html.matches("(?is).*url\\((?!#).*"), "no CSS or SVG url() to another file");
        assertFalse(html.contains("<img") || html.contains("<link") || html.contains("<script"), "nothing loaded");
    }

    @Test
    void reportIsOneFileWithPlotsInsideAndAdjustedPValues(@TempDir Path tmp) throws IOException {
        String base = shortScenario(tmp, "base", ""), unanimity = shortScenario(tmp, "unanimity", "rule: {type: unanimity}\nparameters: {trustDecay: 0.4}\n");
        Path out = tmp.resolve("o");
        assertEquals(0, run("compare", base, unanimity, "-n", "6", "--no-plots", "--out", out.toString(), "-q"));
        String html = Files.readString(out.resolve("report.html"));
        assertSelfContained(html);
        assertTrue(html.contains("<svg"), "plots are inline SVG");
        assertTrue(html.contains("Holm"), "the adjustment is named");
        assertTrue(html.contains("Differences that matter"));
        assertFalse(html.contains("Only 6 replications"), "6 replications: no warning");
        int open = html.split("<svg", -1).length - 1, close = html.split("</svg>", -1).length - 1;
        assertEquals(open, close);
        // The adjusted column: never below the raw p-value, NA for the baseline's own rows.
        List<String> csv = Files.readAllLines(out.resolve("comparison.csv"));
        List<String> head = List.of(csv.get(0).split(","));
        int tp = head.indexOf("t_p"), holm = head.indexOf("t_p_holm"), sc = head.indexOf("scenario");
        assertTrue(holm > 0);
        int tested = 0;
        for (String r : csv.subList(1, csv.size())) {
            String[] c = r.split(",", -1);
            if (c[sc].equals("base")) {
                assertEquals("NA", c[holm], r);
            } else if (!c[holm].equals("NA")) {
                assertTrue(Double.parseDouble(c[holm]) >= Double.parseDouble(c[tp]) - 1e-12, r);
                tested++;
            }
        }
        assertTrue(tested > 0);

        Path few = tmp.resolve("few");
        assertEquals(0, run("compare", base, unanimity, "-n", "3", "--no-plots", "--no-comparison-plots",
                "--out", few.toString(), "-q"));
        assertTrue(Files.readString(few.resolve("report.html")).contains("Only 3 replications: confidence intervals"));
    }

    @Test
    void userErrorsGiveOneLineExitTwoAndWriteNothing(@TempDir Path tmp) throws IOException {
        String UNANIMITY = shortScenario(tmp, "u", "rule: {type: unanimity}\n");
        Path out = tmp.resolve("o");
        String err = runErr(2, "compare", BASELINE, "--out", out.toString(), "-q");
        assertTrue(err.startsWith("scosim compare: give at least two"), err);
        err = runErr(2, "compare", BASELINE, tmp.resolve("missing.yaml").toString(), "--out", out.toString(), "-q");
        assertTrue(err.startsWith("scosim compare: ") && err.contains("missing.yaml"), err);
        assertFalse(err.contains("Exception"), err);
        err = runErr(2, "compare", BASELINE, UNANIMITY, "--years", "1900", "--out", out.toString(), "-q");
        assertTrue(err.contains("--years: 1900"), err);
        err = runErr(2, "compare", "--resume", tmp.resolve("nothing").toString());
        assertTrue(err.contains("experiment.json"), err);
        assertFalse(Files.exists(out));
    }

    @Test
    void resumeAcceptsTheOriginalCommandRepeatedAndRefusesADifferentOne(@TempDir Path tmp) throws IOException {
        String a = shortScenario(tmp, "a", ""), b = shortScenario(tmp, "b", "rule: {type: unanimity}\n");
        Path out = tmp.resolve("o"), ref = tmp.resolve("ref");
        String[] original = {"compare", a, b, "-n", "2", "--seed", "9", "--no-plots", "--no-comparison-plots",
                "--out", out.toString(), "-q"};
        assertEquals(0, run(original));
        assertEquals(0, run("compare", a, b, "-n", "2", "--seed", "9", "--no-plots", "--no-comparison-plots",
                "--out", ref.toString(), "-q"));
        Files.delete(out.resolve("b/done"));
        Files.delete(out.resolve("comparison.csv"));

        // Different options: refused, each difference named, nothing run.
        String err = runErr(2, "compare", a, b, "-n", "3", "--seed", "9", "--no-comparison-plots",
                "--out", out.toString(), "--resume", out.toString(), "-q");
        assertTrue(err.contains("--replications: 3 here, 2 when started"), err);
        assertTrue(err.contains("--no-plots: not given here, given when started"), err);
        assertFalse(err.contains("--seed"), "an option that agrees is not listed: " + err);
        assertEquals(1, err.strip().lines().count(), err);
        err = runErr(2, "compare", b, a, "-n", "2", "--seed", "9", "--no-plots", "--no-comparison-plots",
                "--resume", out.toString(), "-q");
        assertTrue(err.contains("scenario files: "), err);
        err = runErr(2, "compare", a, b, "-n", "2", "--seed", "9", "--no-plots", "--no-comparison-plots",
                "--out", tmp.resolve("elsewhere").toString(), "--resume", out.toString(), "-q");
        assertTrue(err.contains("--out: "), err);
        err = runErr(2, "compare", "--resume", out.toString(), "--tables", "measures", "-q");
        assertTrue(err.contains("--tables: measures here, not given when started"), err);
        assertFalse(Files.exists(out.resolve("b/done")));

        // The same command with --resume appended finishes the experiment.
        String[] repeated = java.util.Arrays.copyOf(original, original.length + 2);
        repeated[original.length] = "--resume";
        repeated[original.length + 1] = out.toString();
        assertEquals(0, run(repeated));
        assertArrayEquals(Files.readAllBytes(ref.resolve("comparison.csv")), Files.readAllBytes(out.resolve("comparison.csv")));
    }

    @Test
    void resumeRefusesChangedScenarioFiles(@TempDir Path tmp) throws IOException {
        Path a = Path.of(shortScenario(tmp, "a", "")), b = Path.of(shortScenario(tmp, "b", "rule: {type: unanimity}\n"));
        Path out = tmp.resolve("o");
        assertEquals(0, run("compare", a.toString(), b.toString(), "-n", "2", "--no-plots", "--no-comparison-plots",
                "--out", out.toString(), "-q"));
        Files.delete(out.resolve("b/done"));
        Files.writeString(b, Files.readString(b) + "title: changed\n");
        String err = runErr(2, "compare", "--resume", out.toString(), "-q");
        assertTrue(err.contains("changed since the experiment started"), err);
        assertFalse(Files.exists(out.resolve("b/done")));
    }
}
