package org.scosim.cli;

import org.scosim.calibration.ParameterAccess;
import org.scosim.experiment.ValueSeries;
import org.scosim.io.RuleReader;
import org.scosim.output.Measure;
import org.scosim.output.Measures;
import org.scosim.scenario.Parameters;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code scosim measures}: the names other options take. Lists every measure a run collects (for {@code sweep
 * --measures} and the tables), and with {@code --paths} the scenario paths {@code sweep --vary} can set.
 */
@Command(name = "measures", mixinStandardHelpOptions = true,
        description = {"Lists the measures every run collects (names for 'sweep --measures' and the measure column of "
                + "the tables); with --paths, the scenario paths 'sweep --vary' can set, with their defaults."})
public final class MeasuresCommand implements Callable<Integer> {

    @Option(names = "--paths", description = "List the paths for 'sweep --vary' instead.")
    boolean paths;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (paths) {
            out.println("Paths for 'scosim sweep --vary PATH=VALUES' (any field of a scenario file can be set; these are the usual ones):");
            out.printf(Locale.ROOT, "  %-38s %s%n", "rule.type", String.join(", ", RuleReader.TYPES) + " (replaces the whole rule)");
            out.printf(Locale.ROOT, "  %-38s %s%n", "rule.threshold", "qualified- and weighted-majority: share of votes, e.g. 0.5,2/3,0.8");
            out.printf(Locale.ROOT, "  %-38s %s%n", "rule.minParticipants", "opt-out: members needed to go ahead");
            out.printf(Locale.ROOT, "  %-38s %s%n", "rule.weights", String.join(", ", RuleReader.WEIGHTS));
            out.printf(Locale.ROOT, "  %-38s %s%n", "seed, replications", "the scenario's own");
            out.printf(Locale.ROOT, "  %-38s %s%n", "shocks[i].magnitude, shocks[i].start", "the i-th shock of the scenario (from 0)");
            out.println("Mechanism parameters (docs/ODD.md says where each acts), with their defaults:");
            for (String p : ParameterAccess.names()) {
                out.printf(Locale.ROOT, "  %-38s %s%n", "parameters." + p, org.scosim.output.Num.format(ParameterAccess.get(Parameters.DEFAULTS, p)));
            }
        } else {
            out.printf(Locale.ROOT, "%-24s %-6s %-16s %s%n", "measure", "scope", "unit", "description");
            for (Measure m : Measures.STANDARD) {
                out.printf(Locale.ROOT, "%-24s %-6s %-16s %s%n", m.name(),
                        m.scope() == Measure.Scope.ORGANIZATION ? "SCO" : "state", m.unit(), m.description());
            }
            out.println("scope SCO: one value for the organization (these can be given to 'sweep --measures'); "
                    + "state: one per state.");
        }
        out.flush();
        return 0;
    }

    /** Organization-wide measure names, for help texts ({@code ${COMPLETION-CANDIDATES}}). */
    static final class ScoMeasureNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() { return ValueSeries.scoMeasures().iterator(); }
    }
}
