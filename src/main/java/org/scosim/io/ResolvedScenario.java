package org.scosim.io;

import com.fasterxml.jackson.databind.JsonNode;
import org.scosim.scenario.Scenario;

import java.nio.file.Path;
import java.util.List;

/**
 * A scenario as read: the validated record and, for provenance, what it was built from.
 *
 * @param scenario the validated scenario
 * @param resolved the merged tree after {@code extends} and overrides (without {@code extends}); includes fields the
 *                 model ignores, such as {@code description} and {@code calibration}
 * @param sha256   SHA-256 (hex) over the bytes of the file followed by those of its bases, in {@link #files} order;
 *                 for a file without {@code extends} it equals the file's own SHA-256. Overrides are not included.
 * @param files    the file and its bases: the file first, then its base, the base's base, ...
 */
public record ResolvedScenario(Scenario scenario, JsonNode resolved, String sha256, List<Path> files) {
    public ResolvedScenario {
        resolved = resolved.deepCopy();
        files = List.copyOf(files);
    }

    /** A copy of the merged tree (the record keeps its own). */
    @Override
    public JsonNode resolved() { return resolved.deepCopy(); }
}
