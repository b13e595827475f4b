package org.scosim.calibration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scosim.cli.Main;
import org.scosim.io.ResolvedScenario;
import org.scosim.io.ScenarioReader;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The calibrate command's checks of the calibration block, and a tiny calibration whose scenario loads. */
class CalibrateCommandTest {
    static final Path BASELINE = Paths.get("scenarios/sco-baseline.yaml").toAbsolutePath();
    static final Path TABLE1 = Paths.get("scenarios/data/table1-china-trade-1996-2008.csv").toAbsolutePath();

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.commandLine().execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /** A scenario extending the baseline with the given calibration block (merged key by key with the baseline's). */
    static Path scenario(Path dir, String calibration) throws Exception {
        Path f = dir.resolve("cal.yaml");
        String base = dir.toAbsolutePath().relativize(BASELINE).toString().replace('\\', '/');
        Files.writeString(f, "extends: " + base + "\n" + calibration);
        return f;
    }

    private static void assertUserError(Run r, Path file, String field, String text) {
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("scosim calibrate: "), r.err());
        assertTrue(r.err().contains(file.toString()), r.err());
        assertTrue(r.err().contains(field), r.err());
        assertTrue(r.err().contains(text), r.err());
        assertTrue(!r.err().contains("Exception"), r.err());
    }

    @Test
    void misspeltParameterIsNamedWithASuggestion(@TempDir Path dir) throws Exception {
        Path f = scenario(dir, "calibration:\n  free:\n    tradeGdpElastcity: {min: 0.4, max: 1.1}\n");
        Run r = run("calibrate", f.toString(), "--target", TABLE1.toString(), "--out", dir.resolve("o").toString());
        assertUserError(r, f, "calibration.free.tradeGdpElastcity", "did you mean 'largerGdpElasticity'");
    }

    @Test
    void boundsOutOfOrderMissingOrNotNumbers(@TempDir Path dir) throws Exception {
        Path f = scenario(dir, "calibration:\n  free:\n    exerciseRate: {min: 3, max: 1}\n");
        assertUserError(run("calibrate", f.toString(), "--target", TABLE1.toString(), "--out", dir.resolve("o").toString()), f,
                "calibration.free.exerciseRate", "min must be below max");
        f = scenario(dir, "calibration:\n  free:\n    exerciseRate: {min: 0}\n");
        assertUserError(run("calibrate", f.toString(), "--target", TABLE1.toString(), "--out", dir.resolve("o").toString()), f,
                "calibration.free.exerciseRate.max", "missing");
        f = scenario(dir, "calibration:\n  free:\n    exerciseRate: {min: 0, maks: 2}\n");
        assertUserError(run("calibrate", f.toString(), "--target", TABLE1.toString(), "--out", dir.resolve("o").toString()), f,
                "calibration.free.exerciseRate.maks", "did you mean 'max'");
        f = scenario(dir, "calibration:\n  free:\n    exerciseRate: {min: low, max: 2}\n");
        assertUserError(run("calibrate", f.toString(), "--target", TABLE1.toString(), "--out", dir.resolve("o").toString()), f,
                "calibration.free.exerciseRate.min", "expected a finite number");
        f = scenario(dir, "calibration:\n  free:\n    paperAfterYears: {min: 2, max: 8}\n");
        assertUserError(run("calibrate", f.toString(), "--target", TABLE1.toString(), "--out", dir.resolve("o").toString()), f,
                "calibration.free.paperAfterYears", "integer parameter");
        f = scenario(dir, "calibration:\n  fre: {}\n");
        assertUserError(run("calibrate", f.toString(), "--target", TABLE1.toString(), "--out", dir.resolve("o").toString()), f,
                "calibration.fre", "did you mean 'free'");
    }

    @Test
    void badTargetFileIsAUserError(@TempDir Path dir) throws Exception {
        Path t = dir.resolve("t.csv");
        Files.writeString(t, "partner,year,value\nRUS,1996,68.5\n");
        Run r = run("calibrate", BASELINE.toString(), "--target", t.toString(), "--out", dir.resolve("o").toString());
        assertUserError(r, t, "trade_100m_usd", "missing column");
    }

    @Test
    void tinyCalibrationWritesFilesAndTheCalibratedScenarioLoads(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("cal");
        Run r = run("calibrate", BASELINE.toString(), "--target", TABLE1.toString(), "--budget", "16",
                "--replications", "2", "--report-replications", "2", "--starts", "1", "--threads", "1",
                "--fit-years", "1996-2004", "--out", out.toString(), "--quiet");
        assertEquals(0, r.code(), r.err());
        for (String f : new String[]{"fit.json", "trace.csv", "calibrated.yaml", "validation/validation.md", "validation/trade-fit.png"}) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        String yaml = Files.readString(out.resolve("calibrated.yaml"));
        assertTrue(yaml.contains("calibrated against Table 1 of Gao Fei 2010 on "), yaml);
        assertTrue(yaml.contains("extends: "), yaml);
        ResolvedScenario rs = ScenarioReader.read(out.resolve("calibrated.yaml"));
        assertEquals(2, rs.files().size());
        assertEquals("sco-baseline", rs.scenario().name());
        // the trace has a header and at most budget + standard-error evaluations
        long lines = Files.readAllLines(out.resolve("trace.csv")).size();
        assertTrue(lines > 10, "trace rows: " + lines);
        assertTrue(Files.readString(out.resolve("fit.json")).contains("\"out_of_sample\""));
        assertTrue(!Files.exists(out.resolve("run")), "no per-replication tables unless --tables asks for them");
    }

    @Test
    void withTablesItWritesTheTablesOfARunOfTheCalibratedScenario(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("cal"), alone = dir.resolve("alone");
        Run r = run("calibrate", BASELINE.toString(), "--target", TABLE1.toString(), "--budget", "8",
                "--replications", "2", "--report-replications", "3", "--starts", "1", "--threads", "2", "--seed", "7",
                "--origins", "none", "--bootstrap", "0", "--tables", "trade,measures", "--format", "csv",
                "--out", out.toString(), "--quiet");
        assertEquals(0, r.code(), r.err());
        assertEquals(0, run("run", out.resolve("calibrated.yaml").toString(), "-n", "3", "--seed", "7", "--tables",
                "trade,measures", "--no-plots", "--out", alone.toString(), "--quiet").code());
        for (String t : new String[]{"trade.csv", "measures.csv"}) {
            assertTrue(Files.size(out.resolve("run").resolve(t)) > 1000, t);
            assertEquals(-1, Files.mismatch(out.resolve("run").resolve(t), alone.resolve(t)), t + " as scosim run writes it");
        }
        assertTrue(!Files.exists(out.resolve("run/states.csv")), "only the tables asked for");
        assertTrue(Files.readString(out.resolve("run/summary.json")).contains("--tables=trade,measures"));
        String command = Files.readString(out.resolve("fit.json"));
        assertTrue(command.contains("--report-replications 3 --origins none --bootstrap 0"), "the command line in full");
    }

    @Test
    void anUnknownTableIsAUserErrorBeforeAnyFitting(@TempDir Path dir) {
        Run r = run("calibrate", BASELINE.toString(), "--target", TABLE1.toString(), "--tables", "trades",
                "--out", dir.resolve("o").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("scosim calibrate: ") && r.err().contains("trades"), r.err());
        assertTrue(!r.err().contains("Exception") && !Files.exists(dir.resolve("o")), r.err());
    }
}
