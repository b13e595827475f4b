package org.scosim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** A command line built for one subcommand behaves as the whole one does for that subcommand. */
class MainCommandLineTest {
    private static final List<String> NAMES = List.of("run", "validate", "compare", "sweep", "sensitivity",
            "calibrate", "report-fit", "decide", "gui", "bench", "measures", "params", "synth", "help");

    @Test
    void theWholeCommandLineListsEverySubcommandInOrder() {
        assertEquals(NAMES, List.copyOf(Main.commandLine().getSubcommands().keySet()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "validate", "compare", "sweep", "sensitivity", "calibrate", "report-fit", "decide",
            "gui", "bench", "measures", "params", "synth"})
    void aSubcommandAloneHasTheSameUsageAndHandler(String name) {
        CommandLine lone = Main.commandLine(new String[]{name, "--help"});
        assertEquals(Set.of(name), lone.getSubcommands().keySet());
        CommandLine whole = Main.commandLine().getSubcommands().get(name);
        assertEquals(whole.getUsageMessage(), lone.getSubcommands().get(name).getUsageMessage());
        assertSame(lone.getExecutionExceptionHandler(), lone.getSubcommands().get(name).getExecutionExceptionHandler());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-V", "help", "runn", "scenarios/sco-baseline.yaml"})
    void anythingElseGetsEverySubcommand(String first) {
        assertEquals(NAMES, List.copyOf(Main.commandLine(new String[]{first, "run"}).getSubcommands().keySet()));
    }

    @Test
    void noArgumentsGetEverySubcommand() {
        assertEquals(NAMES, List.copyOf(Main.commandLine(new String[0]).getSubcommands().keySet()));
    }
}
