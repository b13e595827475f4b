package org.scosim.output;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The commit comes from the build (git.properties in the jar), not from running git where the user stands. */
class ProvenanceTest {
    @Test
    void theBuildRecordsItsCommit() {
        Assumptions.assumeTrue(Files.exists(Path.of(".git")), "built outside a git checkout: no commit to record");
        String c = Provenance.gitCommit();
        assertTrue(c != null && c.matches("[0-9a-f]{40}(-dirty)?"), "commit from git.properties: " + c);
    }
}
