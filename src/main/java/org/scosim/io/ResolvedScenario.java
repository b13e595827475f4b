package org.scosim.io;

import com.fasterxml.jackson.databind.JsonNode;
import org.scosim.scenario.Scenario;

import java.nio.file.Path;
import java.util.List;

/**
 * A scenario as read: the validated record and, for provenance, what it was built from. Made by the reader alone,
 * which hands over a merged tree that nothing changes afterwards; a variant's tree shares its untouched parts with
 * the file's, so keeping many variants costs little.
 */
public final class ResolvedScenario {
    private final Scenario scenario;
    private final JsonNode resolved;
    private final String sha256;
    private final List<Path> files;

    ResolvedScenario(Scenario scenario, JsonNode resolved, String sha256, List<Path> files) {
        this.scenario = scenario;
        this.resolved = resolved;
        this.sha256 = sha256;
        this.files = List.copyOf(files);
    }

    /** The validated scenario. */
    public Scenario scenario() { return scenario; }

    /**
     * A copy of the merged tree after {@code extends} and overrides (without {@code extends}); it includes fields the
     * model ignores, such as {@code description} and {@code calibration}.
     */
    public JsonNode resolved() { return resolved.deepCopy(); }

    /**
     * SHA-256 (hex) over the bytes of the file followed by those of its bases, in {@link #files} order; for a file
     * without {@code extends} it equals the file's own SHA-256. Overrides are not included.
     */
    public String sha256() { return sha256; }

    /** The file and its bases: the file first, then its base, the base's base, ... */
    public List<Path> files() { return files; }
}
