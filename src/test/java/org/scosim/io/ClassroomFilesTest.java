package org.scosim.io;

import org.junit.jupiter.api.Test;
import org.scosim.decision.Decider;
import org.scosim.decision.Decision;
import org.scosim.decision.DecisionRule;
import org.scosim.decision.Explainer;
import org.scosim.decision.Weighting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** Every classroom file loads and decides under every rule, and each shows the outcome changing with the rule. */
class ClassroomFilesTest {
    static final List<DecisionRule> RULES = List.of(new DecisionRule.Unanimity(), new DecisionRule.ConsensusMinusOne(),
            new DecisionRule.QualifiedMajority(0.67, Weighting.EQUAL), new DecisionRule.QualifiedMajority(0.5, Weighting.POPULATION),
            new DecisionRule.SimpleMajority(), new DecisionRule.OptOut(1), new DecisionRule.OptOut(2),
            new DecisionRule.OptOut(5), new DecisionRule.WeightedMajority(Weighting.GDP, 0.5),
            new DecisionRule.WeightedMajority(Weighting.CAPABILITY, 0.75));

    @Test
    void everyFileUnderEveryRule() throws IOException, InputException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("scenarios", "classroom"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(files.size() >= 3, "classroom files: " + files);
        for (Path f : files) {
            Set<String> outcomes = new HashSet<>();
            for (DecisionFileReader.Entry e : DecisionFileReader.read(f)) {
                for (DecisionRule r : RULES) {
                    Decision d = Decider.decide(e.issue(), r);
                    assertFalse(Explainer.explain(e.issue(), d).isEmpty());
                    outcomes.add(e.issue().id() + "=" + Explainer.num(d.outcome()));
                }
            }
            assertTrue(outcomes.size() > 1 + DecisionFileReader.read(f).size() - 1,
                    f + ": the outcome should change with the rule: " + outcomes);
        }
    }
}
