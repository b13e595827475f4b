package org.scosim.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The run-time check against scenarios/schema.json: located at the offending value, and silent on good files. */
class SchemaCheckTest {
    @Test
    void aViolationIsLocatedAtItsLineAndField(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("v.yaml");
        Files.writeString(f, "extends: base.yaml\nname: v\nparameters:\n  trustDecay: 1.5\n");
        InputException e = assertThrows(InputException.class, () -> SchemaCheck.check(InputTree.read(f)));
        String msg = e.userMessage();
        assertTrue(msg.contains("v.yaml:4") && msg.contains("parameters.trustDecay") && msg.contains("schema.json"), msg);
    }

    @Test
    void shippedScenariosPass() {
        for (String s : new String[]{"scenarios/sco-baseline.yaml", "scenarios/shocks/no-shocks.yaml", "scenarios/enlargement-2017.yaml"}) {
            assertDoesNotThrow(() -> SchemaCheck.check(InputTree.read(Path.of(s))), s);
        }
    }
}
