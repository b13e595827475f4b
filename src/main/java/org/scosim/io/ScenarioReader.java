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
        // read once: the overrides go into the merged tree itself, which no variant shares
        Variants once = prepare(file, false);
        ScenarioMerge.Merged m = ScenarioMerge.applied(once.base, overrides);
        return new ResolvedScenario(once.bind(m), m.tree(), m.sha256(), m.files());
    }

    /**
     * Reads and merges a scenario file and its bases once, for the many variants of a sweep or a sensitivity
     * analysis: each {@link Variants#read} then costs a copy of the merged tree's paths to its overrides and the
     * check of the sections they touch, where a {@link #read(Path, List)} of each would parse every file again. The
     * files are not read again, so all the variants see them as they were at this call.
     */
    public static Variants prepare(Path file) throws InputException {
        return prepare(file, true);
    }

    /** {@code shareSections}: bind once the sections the variants leave as in the file (not for a tree changed in place). */
    private static Variants prepare(Path file, boolean shareSections) throws InputException {
        SchemaCheck.prepare();
        return new Variants(ScenarioMerge.load(file), shareSections);
    }

    /** A scenario file read once, from which variants are bound; safe to share between threads. */
    public static final class Variants {
        private final ScenarioMerge.Merged base;
        private final DriverData.Cache driverFiles = new DriverData.Cache();
        /** The sections the variants share with the file, bound once (null: a scenario read once). */
        private final ScenarioBinder.Sections sections;
        private boolean schemaChecked;

        private Variants(ScenarioMerge.Merged base, boolean shareSections) {
            this.base = base;
            this.sections = shareSections ? new ScenarioBinder.Sections(base.tree()) : null;
        }

        /** The scenario with the overrides applied, in order (an empty list: the file as written). */
        public ResolvedScenario read(List<ScenarioOverride> overrides) throws InputException {
            ScenarioMerge.Merged m = ScenarioMerge.variant(base, overrides);
            return new ResolvedScenario(bind(m), m.tree(), m.sha256(), m.files());
        }

        /** As {@link #read}, the scenario alone. */
        public Scenario scenario(List<ScenarioOverride> overrides) throws InputException {
            return bind(ScenarioMerge.variant(base, overrides));
        }

        private Scenario bind(ScenarioMerge.Merged m) throws InputException {
            Scenario s = ScenarioBinder.bind(m.tree(), m.origins(), m.mainTree(), driverFiles, sections);
            // The binder has said what is wrong in the user's terms; the schema, which editors use, must agree with
            // it. It checks the files as written, the same for every variant.
            synchronized (this) {
                if (!schemaChecked) {
                    for (InputTree t : m.chain()) SchemaCheck.check(t);
                    schemaChecked = true;
                }
            }
            return s;
        }
    }
}
