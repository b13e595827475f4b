package org.scosim.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code scosim} command line. Each subcommand builds the model or reads its outputs; none holds model logic. */
@Command(name = "scosim", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Agent-based simulator of regional cooperation, calibrated on the Shanghai Cooperation Organization.",
        footer = {"", "Run 'scosim COMMAND --help' for a command's options."})
public final class Main implements Runnable {
    /** The subcommands, in the order the help lists them. */
    static final java.util.List<Class<?>> SUBCOMMANDS = java.util.List.of(RunCommand.class, ValidateCommand.class,
            CompareCommand.class, SweepCommand.class, SensitivityCommand.class, CalibrateCommand.class,
            ReportFitCommand.class, DecideCommand.class, GuiCommand.class, BenchCommand.class, MeasuresCommand.class,
            ParamsCommand.class, SynthCommand.class, CommandLine.HelpCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        int status = commandLine(args).execute(args);
        if (exits(status, SparkDriver.yarnCluster())) System.exit(status);
    }

    /**
     * Whether {@code main} ends the JVM with {@code status}. Always, except after a success as the driver of a YARN
     * application in cluster mode: Spark's application master runs this method in a thread of its own, reports
     * success only when it returns, and counts an exit, even with 0, as a failed attempt to run again ("Shutdown hook
     * called before final status was reported"). The master exits itself afterwards. A failure ends with its
     * status there too; YARN's diagnostics, which spark-submit prints, end with the driver's standard error, so
     * they show scosim's message.
     */
    static boolean exits(int status, boolean yarnClusterDriver) {
        return status != 0 || !yarnClusterDriver;
    }

    /** The configured command line with every subcommand, also used by tests. */
    public static CommandLine commandLine() {
        return configured(SUBCOMMANDS);
    }

    /**
     * The command line these arguments need: when they start with a subcommand's name, the root and that subcommand
     * alone, since picocli's model of all of them takes 0.1-0.2 s longer to build, cold; otherwise (help,
     * version, a mistyped name, the help subcommand) every subcommand, so that the listing and suggestions are whole.
     */
    static CommandLine commandLine(String[] args) {
        if (args.length > 0) {
            for (Class<?> sub : SUBCOMMANDS) {
                Command c = sub.getAnnotation(Command.class);
                if (sub != CommandLine.HelpCommand.class && (c.name().equals(args[0])
                        || java.util.Arrays.asList(c.aliases()).contains(args[0]))) {
                    return configured(java.util.List.of(sub));
                }
            }
        }
        return commandLine();
    }

    private static CommandLine configured(java.util.List<Class<?>> subcommands) {
        CommandLine cl = new CommandLine(new Main());
        for (Class<?> sub : subcommands) cl.addSubcommand(sub);
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
