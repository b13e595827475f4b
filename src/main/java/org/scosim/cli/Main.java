package org.scosim.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code scosim} command line. Each subcommand builds the model or reads its outputs; none holds model logic. */
@Command(name = "scosim", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Agent-based simulator of regional cooperation, calibrated on the Shanghai Cooperation Organization.",
        subcommands = {RunCommand.class, ValidateCommand.class, CompareCommand.class, SweepCommand.class, SensitivityCommand.class,
                CalibrateCommand.class, ReportFitCommand.class, DecideCommand.class, GuiCommand.class, BenchCommand.class,
                MeasuresCommand.class, ParamsCommand.class, SynthCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Run 'scosim COMMAND --help' for a command's options."})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
            // Reaching here means a defect, not a user mistake: show it whole so it can be reported.
            line.getErr().println("scosim: internal error: " + ex);
            ex.printStackTrace(line.getErr());
            return 1;
        });
        return cl;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"scosim " + org.scosim.output.Provenance.version()};
        }
    }
}
