package org.scosim.output;

import org.scosim.model.ModelBasis;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scosim.experiment.ReplicationRunner;
import org.scosim.scenario.Seeds;
import org.scosim.io.ScenarioReader;
import org.scosim.scenario.Scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** Every shipped scenario runs under many seeds with the invariants checked after every year. */
class ShippedScenariosInvariantTest {

    static Stream<Path> shippedScenarios() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("scenarios"))) {
            return files.filter(p -> p.toString().endsWith(".yaml"))
                    .filter(p -> !p.startsWith(Path.of("scenarios", "classroom")) || p.startsWith(Path.of("scenarios", "classroom", "gui")))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("shippedScenarios")
    void invariantsHoldForManySeeds(Path file) throws Exception {
        Scenario sc = ScenarioReader.read(file).scenario();
        Layout layout = new Layout(sc, Measures.STANDARD);
        for (int r = 0; r < 12; r++) {
            // the model checks its Invariants after every year and throws on a breach.
            ReplicationOutput out = ReplicationRunner.runOne(ModelBasis.of(sc), layout, sc.name(), r, Seeds.replication(sc.seed() + 31L * r, r));
            for (double v : out.values()) assertFalse(Double.isInfinite(v), file + ": infinite measure value");
            int last = layout.index(layout.measures().indexOf(Measures.byName("mean_trust")), 0, sc.years() - 1);
            double trust = out.values()[last];
            assertTrue(trust >= 0 && trust <= 1, file + ": mean trust " + trust);
        }
    }
}
