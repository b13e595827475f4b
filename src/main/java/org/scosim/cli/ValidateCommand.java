package org.scosim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.scosim.io.DecisionFileReader;
import org.scosim.io.InputException;
import org.scosim.io.InputTree;
import org.scosim.io.ResolvedScenario;
import org.scosim.io.ScenarioReader;
import org.scosim.output.RuleNames;
import org.scosim.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code scosim validate FILE...}: reads and checks scenario files without running them. A decision file of
 * {@code scosim decide} (a mapping with 'issues', or a single issue with 'actors' or 'statusQuo') is recognised and
 * checked as one.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks scenario files (YAML or JSON, with their 'extends' bases) without running them; "
                + "a decision file of 'scosim decide' (with 'issues', or one issue with 'actors') is checked as one.",
                "Prints one line per file; exit code 0 if all are valid, 2 otherwise."})
public final class ValidateCommand implements Callable<Integer> {
    /** Exit code when a file is invalid. */
    public static final int INVALID = 2;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "scenario or decision files to check")
    List<Path> scenarios;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean ok = true;
        for (Path file : scenarios) {
            try {
                InputTree tree = InputTree.read(file);
                if (isDecisionFile(tree.root())) {
                    try {
                        out.println("OK " + file + ": " + describe(DecisionFileReader.read(tree)));
                    } catch (InputException e) {
                        err.println("scosim validate: " + e.userMessage() + " (read as a decision file for 'scosim decide')");
                        ok = false;
                    }
                    continue;
                }
                ResolvedScenario r = ScenarioReader.read(file);
                Scenario s = r.scenario();
                out.println("OK " + file + ": " + s.name() + ", " + s.startYear() + "-" + s.endYear() + ", "
                        + s.states().size() + " states, rule " + s.rule().type());
            } catch (InputException e) {
                err.println("scosim validate: " + e.userMessage());
                ok = false;
            }
        }
        out.flush();
        err.flush();
        return ok ? 0 : INVALID;
    }

    /**
     * A decision file has 'issues', or is a single issue ('actors' or 'statusQuo'); a scenario has none of these
     * (its proposals are 'summits'), so neither kind is mistaken for the other.
     */
    static boolean isDecisionFile(JsonNode root) {
        return root != null && root.isObject() && (root.has("issues") || root.has("actors") || root.has("statusQuo"));
    }

    private static String describe(List<DecisionFileReader.Entry> entries) {
        List<String> ids = entries.stream().map(e -> e.issue().id()).toList();
        Set<String> rules = new LinkedHashSet<>();
        for (DecisionFileReader.Entry e : entries) rules.add(RuleNames.describe(e.rule()));
        return "decision file for 'scosim decide', " + entries.size() + (entries.size() == 1 ? " issue" : " issues")
                + " (" + String.join(", ", ids) + "), " + entries.get(0).issue().actors().size() + " actors"
                + (entries.size() > 1 ? " in the first" : "") + ", rule " + String.join(" / ", rules);
    }
}
