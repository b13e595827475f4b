package org.scosim.cli;

import org.scosim.io.InputException;
import org.scosim.io.ScenarioReader;
import org.scosim.output.ParameterTable;
import org.scosim.scenario.Parameters;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code scosim params [SCENARIO]}: every mechanism parameter with its value, default, range, unit and source. */
@Command(name = "params", mixinStandardHelpOptions = true,
        description = {"Lists every mechanism parameter the model reads: its value in SCENARIO (or the default), default, "
                + "admissible range, unit and what it rests on (data, literature, calibrated, assumption), so that sweep "
                + "and sensitivity factors can be chosen without reading Java.",
                "With --sources each line is followed by its source; --json gives all of it as JSON."})
public final class ParamsCommand implements Callable<Integer> {
    @CommandLine.Parameters(paramLabel = "SCENARIO", arity = "0..1", description = "Scenario file (default: none, the defaults).")
    Path scenario;

    @Option(names = "--sources", description = "Print each parameter's source under it.")
    boolean sources;

    @Option(names = "--json", description = "JSON instead of the table.")
    boolean json;

    @Option(names = "--markdown", description = "The table of docs/parameters.md (defaults only).")
    boolean markdown;

    @Option(names = "--schema", description = "The 'properties' of scenarios/schema.json's parameters section, as JSON.")
    boolean schema;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (schema) {
            out.println(ParameterTable.schemaProperties().toPrettyString());
            out.flush();
            return 0;
        }
        if (markdown) {
            out.print(ParameterTable.markdown());
            out.flush();
            return 0;
        }
        Parameters p = Parameters.DEFAULTS;
        String name = null;
        if (scenario != null) {
            try {
                var s = ScenarioReader.read(scenario).scenario();
                p = s.parameters();
                name = scenario.toString();
            } catch (InputException e) {
                System.err.println("scosim params: " + e.userMessage());
                return 2;
            }
        }
        out.print(json ? ParameterTable.json(p) : ParameterTable.text(p, name, sources));
        out.flush();
        return 0;
    }
}
