package org.scosim.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A later attempt of a YARN application takes over the experiment its first attempt started in --out, and nothing
 * else does: not a first attempt, not a run outside YARN (attempt 0), not a run with --resume, not a folder without
 * a manifest.
 */
class YarnAttemptResumeTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "attempt {0}, manifest {1}, --resume {2}, --out {3}: resumes {4}")
    @CsvSource({
            "2, true, false, true, true",
            "3, true, false, true, true",
            "1, true, false, true, false",
            "0, true, false, true, false",
            "2, false, false, true, false",
            "2, true, true, true, false",
            "2, true, false, false, false"})
    void onlyALaterAttemptResumesAStartedExperiment(int attempt, boolean manifest, boolean resumeGiven, boolean outGiven,
                                                    boolean resumes) throws Exception {
        Path out = dir.resolve("sweep");
        Files.createDirectories(out);
        Files.writeString(out.resolve("points.csv"), "run\n");
        if (manifest) Files.writeString(out.resolve("experiment.json"), "{}");
        assertEquals(resumes, ExperimentCommand.resumesEarlierAttempt(resumeGiven ? out : null, outGiven ? out : null,
                attempt));
    }
}
