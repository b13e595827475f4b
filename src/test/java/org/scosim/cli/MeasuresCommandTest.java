package org.scosim.cli;

import org.junit.jupiter.api.Test;
import org.scosim.calibration.ParameterAccess;
import org.scosim.experiment.ValueSeries;
import org.scosim.output.Measure;
import org.scosim.output.Measures;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.*;

class MeasuresCommandTest {
    static String run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        assertEquals(0, cl.execute(args));
        return out.toString();
    }

    @Test
    void listsEveryMeasureAndEveryPath() {
        String measures = run("measures");
        for (Measure m : Measures.STANDARD) assertTrue(measures.contains(m.name() + " "), m.name());
        String paths = run("measures", "--paths");
        for (String p : ParameterAccess.names()) assertTrue(paths.contains("parameters." + p + " "), p);
        assertTrue(paths.contains("rule.threshold"));
    }

    @Test
    void sweepHelpNamesTheValidMeasuresAndPointsToThePaths() {
        String help = run("sweep", "--help").replaceAll("\\s+", " ");
        for (String m : ValueSeries.scoMeasures()) assertTrue(help.contains(m), m);
        assertTrue(help.contains("'scosim measures --paths' lists every parameter"), help);
    }
}
