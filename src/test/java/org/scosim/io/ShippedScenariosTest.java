package org.scosim.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scosim.scenario.Scenario;
import org.scosim.scenario.Shock;
import org.scosim.scenario.ShockMode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every shipped scenario loads and conforms to scenarios/schema.json; the schema matches the reader. */
class ShippedScenariosTest {
    static final Path ROOT = Path.of("scenarios");
    static JsonSchema schema;
    static JsonNode schemaTree;

    @BeforeAll
    static void loadSchema() throws IOException {
        schemaTree = new ObjectMapper().readTree(ROOT.resolve("schema.json").toFile());
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaTree);
    }

    static Stream<Path> shipped() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(ROOT)) {
            s.filter(Files::isRegularFile)
                    .filter(p -> !p.startsWith(ROOT.resolve("classroom")) && !p.startsWith(ROOT.resolve("data")))
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted().forEach(out::add);
        }
        return out.stream();
    }

    @Test
    void theShippedSetIsComplete() throws IOException {
        Set<String> names = new TreeSet<>();
        shipped().forEach(p -> names.add(ROOT.relativize(p).toString().replace('\\', '/')));
        for (String expected : List.of("sco-baseline.yaml", "enlargement-2017.yaml", "rules/unanimity.yaml",
                "rules/opt-out.yaml", "rules/consensus-minus-one.yaml", "rules/qualified-majority.yaml",
                "rules/weighted-majority-gdp.yaml", "rules/simple-majority.yaml", "shocks/no-shocks.yaml",
                "shocks/financial-crisis-2008.yaml", "shocks/oil-collapse-2014.yaml")) {
            assertTrue(names.contains(expected), expected + " in " + names);
        }
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void loads(Path file) throws InputException {
        Scenario s = ScenarioReader.read(file).scenario();
        assertFalse(s.name().isEmpty());
        assertTrue(s.states().size() >= 2);
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void conformsToTheSchema(Path file) throws IOException {
        Set<ValidationMessage> errors = schema.validate(new YAMLMapper().readTree(file.toFile()));
        assertEquals(Set.of(), errors, file.toString());
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void pointsEditorsAtTheSchema(Path file) throws IOException {
        String first = Files.readAllLines(file).get(0);
        String rel = file.getParent().relativize(ROOT.resolve("schema.json")).toString().replace('\\', '/');
        assertEquals("# yaml-language-server: $schema=" + rel, first);
    }

    private static Map<String, Shock> byName(List<Shock> shocks) {
        Map<String, Shock> m = new java.util.LinkedHashMap<>();
        for (Shock x : shocks) m.put(x.name(), x);
        return m;
    }

    @Test
    void theVariantsChangeWhatTheySay() throws InputException {
        Scenario base = ScenarioReader.read(ROOT.resolve("sco-baseline.yaml")).scenario();
        Scenario qm = ScenarioReader.read(ROOT.resolve("rules/qualified-majority.yaml")).scenario();
        assertEquals("qualified-majority", qm.rule().type());
        assertEquals(base.states(), qm.states());
        assertEquals(base.agenda(), qm.agenda());
        // With observed GDP and oil prices, a variant without a shock removes it from the data (mode remove) and keeps
        // the baseline's others exactly.
        Map<String, Shock> b = byName(base.shocks());
        Map<String, Shock> none = byName(ScenarioReader.read(ROOT.resolve("shocks/no-shocks.yaml")).scenario().shocks());
        assertEquals(List.of("financial-crisis-2008", "oil-dip-2009", "oil-collapse-2014", "uzbekistan-convertibility-1997"),
                List.copyOf(none.keySet()));
        for (String n : List.of("financial-crisis-2008", "oil-dip-2009", "oil-collapse-2014")) {
            assertEquals(ShockMode.OBSERVED, b.get(n).mode(), n);
            assertEquals(ShockMode.REMOVE, none.get(n).mode(), n);
            assertNull(none.get(n).response(), n);
        }
        Map<String, Shock> crisis = byName(ScenarioReader.read(ROOT.resolve("shocks/financial-crisis-2008.yaml")).scenario().shocks());
        for (String n : List.of("financial-crisis-2008", "trade-collapse-2009", "oil-dip-2009")) assertEquals(b.get(n), crisis.get(n), n);
        assertEquals(ShockMode.REMOVE, crisis.get("oil-collapse-2014").mode());
        assertFalse(crisis.containsKey("sanctions-russia-2014"));
        Map<String, Shock> oil = byName(ScenarioReader.read(ROOT.resolve("shocks/oil-collapse-2014.yaml")).scenario().shocks());
        for (String n : List.of("oil-collapse-2014", "sanctions-russia-2014")) assertEquals(b.get(n), oil.get(n), n);
        assertEquals(ShockMode.REMOVE, oil.get("financial-crisis-2008").mode());
        assertFalse(oil.containsKey("trade-collapse-2009"));
        Scenario en = ScenarioReader.read(ROOT.resolve("enlargement-2017.yaml")).scenario();
        assertEquals(2030, en.endYear());
        assertEquals(base.events(), en.events().subList(0, base.events().size()));
        assertTrue(en.events().stream().anyMatch(e -> e.year() == 2017 && e.state().equals("IND") && e.status().label().equals("member")));
    }

    @Test
    void theSchemaRejectsWhatTheReaderRejects() throws IOException {
        YAMLMapper y = new YAMLMapper();
        for (String bad : List.of("nmae: x", "states: {RUS: {securityWeigth: 0.3}}", "parameters: {trustGain: 0.1}",
                "rule: {type: opt-outt}", "rule: {type: unanimity, threshold: 0.5}", "shocks: [{name: a, kind: gpd, targets: [all], start: 2000, duration: 1, magnitude: 0, recovery: 0}]",
                "period: {start: 1800}", "states: {RUS: {gdp: {1996: -1}}}", "states: {rus: {name: Russia}}",
                "agenda: [{year: 2000, id: a, domain: security, proposer: CHN, ambition: 10, subject: IND}]")) {
            assertFalse(schema.validate(y.readTree(bad)).isEmpty(), "schema accepts: " + bad);
        }
        assertTrue(schema.validate(y.readTree("extends: base.yaml\nstates: {RUS: {securityWeight: 0.8}}")).isEmpty(),
                "a partial file that extends another is valid");
        assertTrue(schema.validate(y.readTree("rule: unanimity")).isEmpty(), "a rule may be a bare name");
    }

    @Test
    void theSchemaListsTheReadersFields() {
        assertEquals(new TreeSet<>(ScenarioBinder.TOP_FIELDS), fieldNames(schemaTree.get("properties")));
        assertEquals(new TreeSet<>(ParametersBinder.names()), fieldNames(schemaTree.at("/properties/parameters/properties")));
        assertEquals(new TreeSet<>(ScenarioBinder.STATE_FIELDS), fieldNames(schemaTree.at("/$defs/state/properties")));
        assertEquals(new TreeSet<>(ScenarioBinder.PROPOSAL_FIELDS), fieldNames(schemaTree.at("/$defs/proposal/properties")));
        assertEquals(new TreeSet<>(ScenarioBinder.SHOCK_FIELDS), fieldNames(schemaTree.at("/$defs/shock/properties")));
    }

    private static Set<String> fieldNames(JsonNode n) {
        Set<String> out = new TreeSet<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
