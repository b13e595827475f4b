package org.scosim.experiment.sensitivity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scosim.output.TableFormat;
import org.scosim.scenario.Seeds;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A sensitivity analysis's outputs table in either format, from values made here: its rows, and one file at a time. */
class OutputsFileTest {
    private static final SensitivityDesign DESIGN = SensitivityDesign.morris(
            List.of(Factor.parse("parameters.trustDecay=0.05:0.3"), Factor.parse("trust.initial=0.2:0.5")), 2, 4, 9);
    private static final List<String> MEASURES = List.of("mean_trust", "agreements_adopted");

    /** {@code [measure][k][replication]} for points 2, 5 and 6 (k = 0, 1, 2), 3 replications: 100 m + 10 k + r + 0.1234567. */
    private static double[][][] values() {
        double[][][] v = new double[2][3][3];
        for (int m = 0; m < 2; m++) for (int k = 0; k < 3; k++) for (int r = 0; r < 3; r++) v[m][k][r] = 100 * m + 10 * k + r + 0.1234567;
        v[1][2][1] = Double.NaN;   // a replication whose measure is undefined
        return v;
    }

    /** Six significant digits, rounded half up by BigDecimal: 0.1234567 is 0.123457, 100.1234567 is 100.123. */
    private static double sixDigits(double v) {
        return new java.math.BigDecimal(Double.toString(v)).round(new java.math.MathContext(6, java.math.RoundingMode.HALF_UP)).doubleValue();
    }

    @Test
    void parquetHoldsEachPointReplicationAndMeasureWithThePointsFactors(@TempDir Path tmp) throws Exception {
        int[] points = {1, 4, 5};
        SensitivityResults.writeOutputs(tmp, TableFormat.PARQUET, DESIGN, points, MEASURES, values(), 77);
        Path file = tmp.resolve("outputs.parquet");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT * FROM '" + file + "'")) {
            int row = 0;
            while (r.next()) {
                int k = row / 6, rep = (row / 2) % 3, m = row % 2;
                String where = "row " + row;
                assertEquals(Integer.toString(points[k] + 1), r.getString("run"), where);
                assertEquals(rep, r.getInt("replication"), where);
                assertEquals(Seeds.replication(77, rep), r.getLong("seed"), where);
                assertEquals(MEASURES.get(m), r.getString("measure"), where);
                if (m == 1 && k == 2 && rep == 1) assertNull(r.getObject("value"), where);
                else assertEquals(sixDigits(100 * m + 10 * k + rep + 0.1234567), r.getDouble("value"), 0.0, where);
                List<String> factors = DESIGN.values(points[k]);
                assertEquals(Double.parseDouble(factors.get(0)), r.getDouble("parameters.trustDecay"), 0.0, where);
                assertEquals(Double.parseDouble(factors.get(1)), r.getDouble("trust.initial"), 0.0, where);
                row++;
            }
            assertEquals(3 * 3 * 2, row, "points x replications x measures");
        }
    }

    @Test
    void theOutputsAreOneFileWhicheverFormatWroteLast(@TempDir Path tmp) throws Exception {
        int[] points = {1, 4, 5};
        SensitivityResults.writeOutputs(tmp, TableFormat.CSV, DESIGN, points, MEASURES, values(), 77);
        List<String> csv = Files.readAllLines(tmp.resolve("outputs.csv"));
        assertEquals("run,replication,seed,measure,value,parameters.trustDecay,trust.initial", csv.get(0));
        assertEquals(1 + 18, csv.size());
        assertTrue(csv.get(16).startsWith("6,1," + Seeds.replication(77, 1) + ",agreements_adopted,NA,"), csv.get(16));
        SensitivityResults.writeOutputs(tmp, TableFormat.PARQUET, DESIGN, points, MEASURES, values(), 77);
        assertFalse(Files.exists(tmp.resolve("outputs.csv")), "a folder an earlier version wrote in the other format keeps one file");
        assertTrue(Files.exists(tmp.resolve("outputs.parquet")));
        SensitivityResults.writeOutputs(tmp, TableFormat.CSV, DESIGN, points, MEASURES, values(), 77);
        assertFalse(Files.exists(tmp.resolve("outputs.parquet")));
        assertEquals(csv, Files.readAllLines(tmp.resolve("outputs.csv")));
    }
}
