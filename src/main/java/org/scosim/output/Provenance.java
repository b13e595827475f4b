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

    /** The commit of the working copy the program runs from, when git can tell; null otherwise. */
    public static String gitCommit() {
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
            if (!p.waitFor(2, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            String out = new String(p.getInputStream().readAllBytes()).trim();
            return p.exitValue() == 0 && out.matches("[0-9a-f]{40}") ? out : null;
        } catch (Exception e) {
            return null;
        }
    }
}
