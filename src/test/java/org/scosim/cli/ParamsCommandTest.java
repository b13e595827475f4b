package org.scosim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scosim.output.ParameterTable;
import org.scosim.scenario.ParameterCatalog;
import org.scosim.scenario.Parameters;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One declaration of the parameters: the command, the schema and the docs all say what the catalog says. */
class ParamsCommandTest {
    static String run(String... args) {
        StringWriter w = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(w));
        assertEquals(0, cl.execute(args));
        return w.toString();
    }

    @Test
    void everyParameterTheModelReadsIsListedWithTheScenariosValue() {
        String out = run("params", "scenarios/sco-baseline.yaml");
        for (RecordComponent c : Parameters.class.getRecordComponents()) {
            assertTrue(out.lines().anyMatch(l -> l.startsWith(c.getName() + " ")), c.getName() + " missing from\n" + out);
        }
        // the baseline sets the larger economy's GDP elasticity to 1.0 (default 0.8): shown and marked
        assertTrue(out.lines().anyMatch(l -> l.startsWith("largerGdpElasticity ") && l.contains(" 1*") && l.contains("0.8")), out);
    }

    @Test
    void jsonHasEveryDeclarationAndTheDefaultsRecordIsBuiltFromThem() throws Exception {
        JsonNode a = new ObjectMapper().readTree(run("params", "--json"));
        assertEquals(Parameters.class.getRecordComponents().length, a.size());
        for (JsonNode o : a) {
            ParameterCatalog.Spec s = ParameterCatalog.get(o.get("name").asText());
            assertEquals(s.defaultValue(), o.get("value").asDouble(), 0, s.name());
            assertEquals(s.defaultValue(), ParameterTable.value(Parameters.DEFAULTS, s.name()), 0, s.name());
            assertTrue(s.admits(s.defaultValue()), s.name() + ": default outside its own range");
            assertTrue(!s.source().isBlank() && !s.unit().isBlank(), s.name());
        }
    }

    @Test
    void theSchemaParametersSectionIsTheCatalog() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(Files.readString(Path.of("scenarios/schema.json")));
        JsonNode expected = new ObjectMapper().readTree(ParameterTable.schemaProperties().toString());
        boolean same = expected.equals(schema.at("/properties/parameters/properties"));
        assertTrue(same, "scenarios/schema.json's parameters differ from ParameterCatalog: regenerate them with 'scosim params --schema'");
    }

    @Test
    void docsParametersMdIsGeneratedFromTheCatalog() throws Exception {
        assertEquals(ParameterTable.markdown(), Files.readString(Path.of("docs/parameters.md")),
                "docs/parameters.md is stale: regenerate it with 'scosim params --markdown > docs/parameters.md'");
    }

    @Test
    void aBadScenarioIsAnErrorWithExitCode2(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, "extends: " + dir.toAbsolutePath().relativize(Path.of("scenarios/sco-baseline.yaml").toAbsolutePath())
                + "\nparameters: {trustDecay: 2}\n");
        assertEquals(2, Main.commandLine().execute("params", f.toString()));
    }
}
