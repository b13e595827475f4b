package org.scosim.output;

import org.scosim.model.ModelBasis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scosim.experiment.ReplicationRunner;
import org.scosim.model.Fixtures;
import org.scosim.scenario.Scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class RunOutputTest {
    @Test
    void anInterruptedRunLeavesOnlyPartFiles(@TempDir Path dir) throws IOException {
        Scenario sc = Fixtures.small();
        Layout layout = new Layout(sc, Measures.STANDARD);
        try (RunOutput out = new RunOutput(dir)) {
            out.accept(ReplicationRunner.runOne(ModelBasis.of(sc), layout, "small", 0, 1));
            // no finish(): the run stops here
        }
        for (Tables t : Tables.values()) {
            assertFalse(Files.exists(dir.resolve(t.file())), t.file() + " must not look complete");
            assertTrue(Files.exists(dir.resolve(t.file() + ".part")));
        }
    }

    @Test
    void statisticsMatchTheRowsWritten(@TempDir Path dir) throws IOException {
        Scenario sc = Fixtures.small();
        Layout layout = new Layout(sc, Measures.STANDARD);
        double sum = 0;
        try (RunOutput out = new RunOutput(dir)) {
            for (int r = 0; r < 3; r++) {
                ReplicationOutput o = ReplicationRunner.runOne(ModelBasis.of(sc), layout, "small", r, 100 + r);
                sum += o.values()[layout.index(0, 0, sc.years() - 1)];
                out.accept(o);
            }
            out.finish();
        }
        SeriesStats.Cell c = out(dir, layout, sum);
        assertEquals(3, c.n());
        assertEquals(sum / 3, c.mean(), 1e-9);
        assertTrue(c.low() <= c.mean() && c.mean() <= c.high());
        long rows = Files.readAllLines(dir.resolve("measures.csv")).stream()
                .filter(l -> l.contains(",intra_sco_trade_bn_usd,SCO,")).count();
        assertEquals(3L * sc.years(), rows);
    }

    private static SeriesStats.Cell out(Path dir, Layout layout, double sum) throws IOException {
        SeriesStats s = new SeriesStats(layout);
        Scenario sc = layout.scenario();
        for (int r = 0; r < 3; r++) s.add(ReplicationRunner.runOne(ModelBasis.of(sc), layout, "small", r, 100 + r).values());
        return s.cell(0, 0, sc.years() - 1);
    }
}
