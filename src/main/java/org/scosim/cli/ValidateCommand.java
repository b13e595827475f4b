package org.scosim.cli;

import org.scosim.io.InputException;
import org.scosim.io.ResolvedScenario;
import org.scosim.io.ScenarioReader;
import org.scosim.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code scosim validate SCENARIO...}: reads and checks scenario files without running them. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks scenario files (YAML or JSON, with their 'extends' bases) without running them.",
                "Prints one line per file; exit code 0 if all are valid, 2 otherwise."})
public final class ValidateCommand implements Callable<Integer> {
    /** Exit code when a file is invalid. */
    public static final int INVALID = 2;

    @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "scenario files to check")
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
}
