package org.scosim.experiment.sensitivity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Counting the design points a resumed analysis finds written: only whole files count, by the points' names. */
class PointRunsWrittenTest {
    @TempDir
    Path dir;

    @Test
    void countsThePointsWithTheirFile() throws Exception {
        assertEquals(0, PointRuns.written(dir, 5), "no runs folder yet");
        Path runs = Files.createDirectories(dir.resolve("runs"));
        Files.writeString(runs.resolve("0001.csv"), "x");
        Files.writeString(runs.resolve("0003.csv"), "x");
        Files.writeString(runs.resolve("0004.csv.part"), "x");   // an interrupted write
        Files.createDirectories(runs.resolve("0005"));           // a point's tables, its file not yet written
        Files.writeString(runs.resolve("0006.csv"), "x");        // beyond the design
        assertEquals(2, PointRuns.written(dir, 5));
        // 12,000 points: five-digit names, so 0001.csv is no point's file
        Files.writeString(runs.resolve("00002.csv"), "x");
        assertEquals(1, PointRuns.written(dir, 12_000));
    }
}
