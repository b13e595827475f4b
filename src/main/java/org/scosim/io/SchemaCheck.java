package org.scosim.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.Set;

/**
 * Checks each scenario file as written (before merging: the schema describes files, which may extend others) against
 * the published scenarios/schema.json, shipped in the jar. The binder checks the merged scenario more closely; this
 * keeps the schema that editors use and the reader in agreement at run time as well as in the tests.
 */
final class SchemaCheck {
    /** The schema, loaded when this class is first used: by {@link #prepare}'s thread, or by the first check. */
    private static final class Loaded {
        static final JsonSchema SCHEMA = load();
    }

    private static final java.util.concurrent.atomic.AtomicBoolean PREPARING = new java.util.concurrent.atomic.AtomicBoolean();

    private SchemaCheck() {
    }

    /**
     * Loads the schema on a thread of its own, once a process, so that it is ready when the first scenario's files
     * are parsed: loading it cold (the validator's classes, the schema compiled) takes about 0.1 s, as long again
     * as parsing the baseline. A check that comes sooner waits for the class to be ready, as the JVM makes any.
     */
    static void prepare() {
        if (!PREPARING.compareAndSet(false, true)) return;
        Thread t = new Thread(() -> {
            try {
                Class.forName(Loaded.class.getName(), true, Loaded.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                // the check itself meets the same failure and reports it on the reader's thread
            }
        }, "scosim-schema");
        t.setDaemon(true);
        t.start();
    }

    private static JsonSchema load() {
        try (InputStream in = SchemaCheck.class.getResourceAsStream("/org/scosim/schema/schema.json")) {
            if (in == null) throw new IllegalStateException("scenario schema missing from the build");
            JsonNode tree = new ObjectMapper().readTree(in);
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(tree);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the scenario schema", e);
        }
    }

    /** Throws for the first violation (in document order), located at the offending value of the file. */
    static void check(InputTree tree) throws InputException {
        Set<ValidationMessage> errors = Loaded.SCHEMA.validate(tree.root());
        if (errors.isEmpty()) return;
        ValidationMessage first = errors.stream().min(Comparator.comparing(m -> m.getInstanceLocation().toString())).orElseThrow();
        throw tree.error(pointer(first.getInstanceLocation()),
                "does not conform to scenarios/schema.json: " + first.getMessage().replaceFirst("^\\$[^:]*: ", ""));
    }

    private static String pointer(JsonNodePath path) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object e = path.getElement(i);
            b.append('/').append(e instanceof Integer ? e.toString() : Origins.escape(String.valueOf(e)));
        }
        return b.toString();
    }
}
