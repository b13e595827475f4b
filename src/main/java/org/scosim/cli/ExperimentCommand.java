package org.scosim.cli;

import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * What compare and sweep share: the --threads and --quiet options, and how outcomes map to messages and exit codes. A user's mistake is one line and
 * status 2 with nothing written; a write failure is status 1; an interruption says how to resume.
 */
abstract class ExperimentCommand implements Callable<Integer> {

    @Option(names = {"-t", "--threads"}, paramLabel = "T",
            description = "Worker threads (default: number of cores, ${DEFAULT-VALUE}); does not change any output.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary; print only the output folder.")
    boolean quiet;

    void checkThreads() throws UsageError {
        if (threads < 1 || threads > 1024) throw new UsageError("--threads must be between 1 and 1024, got " + threads);
    }

    /** The subcommand's name, for messages. */
    abstract String name();

    /** The output folder, for the resume hint (null before it is known). */
    abstract Path outDir();

    abstract Integer execute() throws UsageError, IOException, InterruptedException;

    @Override
    public final Integer call() {
        try {
            return execute();
        } catch (UsageError e) {
            System.err.println("scosim " + name() + ": " + e.getMessage());
            return 2;
        } catch (IOException | UncheckedIOException e) {
            System.err.println("scosim " + name() + ": cannot write the results: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.err.println("scosim " + name() + ": interrupted; finish with --resume " + outDir());
            return 130;
        }
    }

    /** A mistake of the user's: one message, exit status 2, nothing written. */
    static final class UsageError extends Exception {
        UsageError(String message) {
            super(message);
        }
    }
}
