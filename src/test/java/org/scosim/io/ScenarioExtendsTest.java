package org.scosim.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scosim.scenario.Scenario;
import org.scosim.scenario.StateSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioExtendsTest {
    @TempDir
    Path dir;

    @Test
    void overridesOneFieldOfOneStateAndKeepsTheRest() throws Exception {
        Path base = TinyScenario.write(dir, "base.yaml", TinyScenario.TEXT);
        Path child = TinyScenario.write(dir, "child.yaml", """
                extends: base.yaml
                name: child
                states: {AAA: {securityWeight: 0.8}}
                """);
        Scenario b = ScenarioReader.read(base).scenario();
        ResolvedScenario r = ScenarioReader.read(child);
        Scenario c = r.scenario();
        StateSpec a0 = b.states().get(0), a1 = c.states().get(0);
        assertEquals("child", c.name());
        assertEquals(0.8, a1.securityWeight());
        assertEquals(new StateSpec(a0.iso3(), a0.name(), a0.latitude(), a0.longitude(), a0.status(), a0.gdp(),
                a0.population(), a0.milexPctGdp(), a0.energyExporter(), 0.8, a0.sovereigntySensitivity(),
                a0.threeEvilsExposure(), a0.rivalInstitutions()), a1);
        assertEquals(b.states().get(1), c.states().get(1));
        assertEquals(b.shocks(), c.shocks());
        assertEquals(b.agenda(), c.agenda());
        assertEquals(b.startYear(), c.startYear());
        assertEquals("child", r.resolved().get("name").asText());
        assertTrue(r.resolved().get("extends") == null, "extends is not part of the resolved tree");
        assertEquals(List.of(child, base), r.files());
    }

    @Test
    void listsAndTheRuleAreReplacedWhole() throws Exception {
        TinyScenario.write(dir, "base.yaml", TinyScenario.TEXT);
        Path child = TinyScenario.write(dir, "child.yaml", """
                extends: base.yaml
                rule: {type: unanimity}
                shocks: []
                period: {end: 2020}
                """);
        Scenario c = ScenarioReader.read(child).scenario();
        assertEquals("unanimity", c.rule().type());
        assertEquals(List.of(), c.shocks());
        assertEquals(2000, c.startYear());
        assertEquals(2020, c.endYear());
    }

    @Test
    void hashCoversTheFileAndItsBases() throws Exception {
        Path base = TinyScenario.write(dir, "base.yaml", TinyScenario.TEXT);
        Path child = TinyScenario.write(dir, "child.yaml", "extends: base.yaml\nname: child\n");
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        md.update(Files.readAllBytes(child));
        md.update(Files.readAllBytes(base));
        String before = ScenarioReader.read(child).sha256();
        assertEquals(HexFormat.of().formatHex(md.digest()), before);
        Files.writeString(base, TinyScenario.TEXT.replace("ambition: 40", "ambition: 41"));
        assertTrue(!before.equals(ScenarioReader.read(child).sha256()), "changing a base changes the hash");
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(base))),
                ScenarioReader.read(base).sha256());
    }

    @Test
    void aCycleIsAnErrorNamingTheChain() {
        TinyScenario.write(dir, "a.yaml", "extends: b.yaml\nname: a\n");
        TinyScenario.write(dir, "b.yaml", "name: b\nextends: a.yaml\n");
        InputException e = assertThrows(InputException.class, () -> ScenarioReader.read(dir.resolve("a.yaml")));
        assertTrue(e.getMessage().contains("a.yaml -> b.yaml -> a.yaml"), e.userMessage());
        assertTrue(e.userMessage().contains("b.yaml:2:"), e.userMessage());
        assertEquals("extends", e.fieldPath());
    }

    @Test
    void extendingItselfIsACycle() {
        Path self = TinyScenario.write(dir, "self.yaml", "extends: self.yaml\n");
        InputException e = assertThrows(InputException.class, () -> ScenarioReader.read(self));
        assertTrue(e.getMessage().contains("cycle"), e.userMessage());
    }

    @Test
    void aMissingBaseNamesTheExtendsLine() {
        Path child = TinyScenario.write(dir, "child.yaml", "# a comment\nname: child\nextends: ../nowhere/base.yaml\n");
        InputException e = assertThrows(InputException.class, () -> ScenarioReader.read(child));
        assertTrue(e.userMessage().startsWith(child + ":3:"), e.userMessage());
        assertTrue(e.getMessage().contains("not found"), e.userMessage());
        assertTrue(e.getMessage().contains("base.yaml"), e.userMessage());
        assertEquals("extends", e.fieldPath());
    }

    @Test
    void chainsAreCappedAtTenBases() throws Exception {
        TinyScenario.write(dir, "s0.yaml", TinyScenario.TEXT);
        for (int i = 1; i <= 11; i++) TinyScenario.write(dir, "s" + i + ".yaml", "extends: s" + (i - 1) + ".yaml\n");
        assertEquals("tiny", ScenarioReader.read(dir.resolve("s10.yaml")).scenario().name());
        InputException e = assertThrows(InputException.class, () -> ScenarioReader.read(dir.resolve("s11.yaml")));
        assertTrue(e.getMessage().contains("longer than 10"), e.userMessage());
    }

    @Test
    void errorsPointIntoTheFileThatWroteTheValue() throws Exception {
        String badBase = TinyScenario.TEXT.replace("threeEvilsExposure: 0.3", "threeEvilsExposure: 3");
        Path base = TinyScenario.write(dir, "base.yaml", badBase);
        Path child = TinyScenario.write(dir, "child.yaml", "extends: base.yaml\nname: child\nstates:\n  AAA:\n    securityWeight: 0.9\n");
        InputException inBase = assertThrows(InputException.class, () -> ScenarioReader.read(child));
        assertTrue(inBase.userMessage().startsWith(base + ":" + TinyScenario.lineOf(badBase, "threeEvilsExposure: 3") + ":"),
                inBase.userMessage());
        assertEquals("states.BBB.threeEvilsExposure", inBase.fieldPath());

        TinyScenario.write(dir, "base.yaml", TinyScenario.TEXT);
        Path child2 = TinyScenario.write(dir, "child2.yaml", "extends: base.yaml\nname: child\nstates:\n  AAA:\n    securityWeight: 9\n");
        InputException inChild = assertThrows(InputException.class, () -> ScenarioReader.read(child2));
        assertTrue(inChild.userMessage().startsWith(child2 + ":5:"), inChild.userMessage());
        assertEquals("states.AAA.securityWeight", inChild.fieldPath());
    }

    @Test
    void extendsMustBeARelativePath() {
        Path child = TinyScenario.write(dir, "child.yaml", "extends: /etc/hostname\n");
        InputException e = assertThrows(InputException.class, () -> ScenarioReader.read(child));
        assertTrue(e.getMessage().contains("relative"), e.userMessage());
    }
}
