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
    private static final JsonSchema SCHEMA = load();

    private SchemaCheck() {
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
        Set<ValidationMessage> errors = SCHEMA.validate(tree.root());
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
