package org.scosim.io;

import org.scosim.scenario.Scenario;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads a scenario file (YAML or JSON) into a validated {@link Scenario}.
 *
 * <p>Steps: read the file and the chain of files it {@code extends} (paths relative to each file's folder, at most
 * {@value ScenarioMerge#MAX_BASES} bases, no cycles); merge them (mappings key by key, lists and scalars replaced
 * wholesale, {@code rule} replaced whole); apply the overrides; check every field and build the records. Any
 * problem is an {@link InputException} naming the file, line and column where the offending value was written and its
 * dotted field path. Loading is safe for files from strangers (see {@link InputTree}); scenarios name no output paths.
 */
public final class ScenarioReader {
    private ScenarioReader() {
    }

    public static ResolvedScenario read(Path file) throws InputException {
        return read(file, List.of());
    }

    /**
     * Reads a scenario with overrides applied, in order, to the merged tree before validation (see
     * {@link ScenarioOverride}). An override of a field the format does not have is rejected like an unknown field in
     * the file.
     */
    public static ResolvedScenario read(Path file, List<ScenarioOverride> overrides) throws InputException {
        SchemaCheck.prepare();
        ScenarioMerge.Merged m = ScenarioMerge.load(file, overrides);
        InputTree mainTree = m.mainTree();
        Scenario s = ScenarioBinder.bind(m.tree(), m.origins(), mainTree);
        // The binder has said what is wrong in the user's terms; the schema, which editors use, must agree with it.
        for (InputTree t : m.chain()) SchemaCheck.check(t);
        return new ResolvedScenario(s, m.tree(), m.sha256(), m.files());
    }
}
