package org.scosim.cli;

import org.scosim.io.InputException;
import org.scosim.io.ScenarioReader;
import org.scosim.io.SyntheticScenario;
import org.scosim.output.AtomicFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code scosim synth}: writes a synthetic but valid scenario of N states and Y years, for stress tests, scale
 * measurements (docs/performance.md) and exploratory teaching. The file is read back through the scenario reader
 * before it is put in place, so what it writes always validates.
 */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = {"Writes a synthetic but valid scenario: an organization of N states with plausible attributes "
                + "(Zipf-distributed GDP, random capitals, neighbours, landlocked states, two proposals a year), all "
                + "drawn from the seed. For stress tests, scale measurements and exploratory teaching.",
                "Example: scosim synth --states 200 --years 50 --out results/synth-200.yaml"})
public final class SynthCommand implements Callable<Integer> {
    @Option(names = "--states", required = true, paramLabel = "N", description = "Number of states (3-" + SyntheticScenario.MAX_STATES + ").")
    int states;

    @Option(names = "--years", required = true, paramLabel = "Y", description = "Number of simulated years (1-500).")
    int years;

    @Option(names = {"-s", "--seed"}, paramLabel = "S", defaultValue = "1", description = "Seed of the draws, and the scenario's own seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--start", paramLabel = "YEAR", defaultValue = "2000", description = "First simulated year (default: ${DEFAULT-VALUE}).")
    int start;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE.yaml", description = "Where to write it (default: standard output).")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (states < 3 || states > SyntheticScenario.MAX_STATES) return usage(err, "--states must be between 3 and " + SyntheticScenario.MAX_STATES + ", got " + states);
        if (years < 1 || years > 500) return usage(err, "--years must be between 1 and 500, got " + years);
        if (start < 1 || start > 9000) return usage(err, "--start must be a year between 1 and 9000, got " + start);
        String yaml = SyntheticScenario.yaml(states, years, seed, start);
        try {
            Path check = Files.createTempFile("scosim-synth", ".yaml");
            try {
                Files.writeString(check, yaml);
                ScenarioReader.read(check);
            } finally {
                Files.deleteIfExists(check);
            }
            if (out == null) {
                spec.commandLine().getOut().print(yaml);
                spec.commandLine().getOut().flush();
            } else {
                if (out.getParent() != null) Files.createDirectories(out.getParent());
                AtomicFiles.write(out, yaml);
                err.println("scosim synth: " + states + " states, " + start + "-" + (start + years - 1) + " -> " + out);
            }
            return 0;
        } catch (InputException e) {
            err.println("scosim synth: the generated scenario does not validate (a bug, please report it): " + e.userMessage());
            return 1;
        } catch (IOException e) {
            err.println("scosim synth: cannot write " + (out == null ? "a temporary file" : out) + ": " + CliSupport.reason(e));
            return 1;
        }
    }

    private static int usage(PrintWriter err, String msg) {
        err.println("scosim synth: " + msg);
        return 2;
    }
}
