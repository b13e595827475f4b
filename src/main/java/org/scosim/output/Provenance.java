package org.scosim.output;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** Where a run's outputs come from, recorded in summary.json. */
public record Provenance(String command, String scenarioFile, String scenarioSha256, JsonNode resolvedScenario,
                         long masterSeed, int replications, List<Long> seeds, String startedAt) {

    public static String version() {
        String v = Provenance.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /**
     * The commit the program was built from (git.properties, written into the jar at build time; "-dirty" when the
     * working copy had uncommitted changes), or null for a build outside a git checkout. Not the folder the user runs
     * from: that may be another repository or none.
     */
    public static String gitCommit() {
        return Build.COMMIT;
    }

    /** Read once: the jar does not change while it runs, and a sweep asks for every point. */
    private static final class Build {
        static final String COMMIT = readGitCommit();
    }

    private static String readGitCommit() {
        try (java.io.InputStream in = Provenance.class.getResourceAsStream("/org/scosim/git.properties")) {
            if (in == null) return null;
            java.util.Properties p = new java.util.Properties();
            p.load(in);
            String id = p.getProperty("git.commit.id.full");
            if (id == null || !id.matches("[0-9a-f]{40}")) return null;
            return "true".equals(p.getProperty("git.dirty")) ? id + "-dirty" : id;
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
