package org.scosim.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A driver the cluster may have started again (a later attempt of a YARN application, a supervised standalone
 * driver) takes over the experiment found in --out, and nothing else does: not a first attempt, not a run outside a
 * cluster, not a run with --resume, not a folder without a manifest.
 */
class RestartedDriverResumeTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "started again {0}, manifest {1}, --resume {2}, --out {3}: resumes {4}")
    @CsvSource({
            "true, true, false, true, true",
            "false, true, false, true, false",
            "true, false, false, true, false",
            "true, true, true, true, false",
            "true, true, false, false, false"})
    void onlyADriverStartedAgainResumesAStartedExperiment(boolean startedAgain, boolean manifest, boolean resumeGiven,
                                                         boolean outGiven, boolean resumes) throws Exception {
        Path out = dir.resolve("sweep");
        Files.createDirectories(out);
        Files.writeString(out.resolve("points.csv"), "run\n");
        if (manifest) Files.writeString(out.resolve("experiment.json"), "{}");
        assertEquals(resumes, ExperimentCommand.resumesEarlierStart(resumeGiven ? out : null, outGiven ? out : null,
                startedAgain));
    }
}
