package org.scosim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code scosim synth}: writes a file that {@code validate} accepts; bad sizes are refused without writing. */
class SynthCommandTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void writesAScenarioThatValidates() throws Exception {
        Path f = dir.resolve("sub").resolve("s.yaml");
        Run r = run("synth", "--states", "25", "--years", "8", "--seed", "5", "--out", f.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(f).startsWith("# Synthetic scenario written by 'scosim synth --states 25 --years 8 --seed 5'"));
        Run v = run("validate", f.toString());
        assertEquals(0, v.code(), v.err());
        assertTrue(v.out().contains("25 states"), v.out());
        assertFalse(Files.exists(dir.resolve("sub").resolve("s.yaml.part")));
    }

    @Test
    void refusesSizesOutOfRangeWithoutWriting() {
        Path f = dir.resolve("bad.yaml");
        Run r = run("synth", "--states", "2", "--years", "8", "--out", f.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--states must be between 3 and"), r.err());
        assertFalse(Files.exists(f));
        Run y = run("synth", "--states", "10", "--years", "0");
        assertEquals(2, y.code());
        assertTrue(y.err().contains("--years must be between 1 and 500, got 0"), y.err());
    }
}
