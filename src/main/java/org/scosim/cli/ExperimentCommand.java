package org.scosim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.scosim.experiment.ExperimentDir;
import org.scosim.io.InputException;
import org.scosim.io.ResolvedScenario;
import org.scosim.io.ScenarioReader;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
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

    /** Where the replications are computed; neither changes any output. */
    enum Backend { LOCAL, SPARK }

    @Option(names = "--engine", paramLabel = "local|spark", defaultValue = "local",
            converter = EngineConverter.class,
            description = "Where the replications run: local (this machine's threads, default) or spark (Apache Spark, "
                    + "under spark-submit or with --spark-master; docs/cluster.md). The files are the same either way.")
    Backend engine = Backend.LOCAL;

    @Option(names = "--spark-master", paramLabel = "URL",
            description = "With --engine spark: the Spark master (default: spark-submit's, else local[*]), e.g. "
                    + "local[2], spark://host:7077, yarn, k8s://https://host:443.")
    String sparkMaster;

    static final class EngineConverter implements CommandLine.ITypeConverter<Backend> {
        @Override
        public Backend convert(String v) {
            return switch (v.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "local" -> Backend.LOCAL;
                case "spark" -> Backend.SPARK;
                default -> throw new CommandLine.TypeConversionException("--engine takes local or spark, got '" + v + "'");
            };
        }
    }

    /** Where the runs' replications come from: null for this machine's threads, else Spark at --spark-master. */
    org.scosim.experiment.Engine.Remote remote() {
        return engine == Backend.SPARK ? org.scosim.experiment.spark.SparkEngine.remote(sparkMaster) : null;
    }

    /** Refuses --engine spark without Spark on the class path, with what to do instead. */
    void checkEngine() throws UsageError {
        if (engine == Backend.SPARK && !org.scosim.experiment.spark.SparkEngine.available()) {
            throw new UsageError("--engine spark needs Apache Spark on the class path: run scosim with spark-submit "
                    + "(docs/cluster.md), or use --engine local");
        }
    }

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary; print only the output folder.")
    boolean quiet;

    /** The runs' table format from a {@code --format} value (null: Parquet, the experiments' default). */
    static org.scosim.output.TableFormat tableFormat(String format) throws UsageError {
        if (format == null) return org.scosim.output.TableFormat.PARQUET;
        org.scosim.output.TableFormat f = org.scosim.output.TableFormat.parse(format);
        if (f == null) throw new UsageError("--format must be parquet or csv, got '" + format + "'");
        return f;
    }

    /** The runs' tables from a {@code --tables} list (null: {@code otherwise}). */
    static java.util.Set<org.scosim.output.Tables> chosenTables(List<String> tables, java.util.Set<org.scosim.output.Tables> otherwise)
            throws UsageError {
        if (tables == null) return otherwise;
        try {
            return org.scosim.output.Tables.parse(tables);
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
    }

    void checkThreads() throws UsageError {
        checkEngine();
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
            System.err.println("scosim " + name() + ": cannot write the results: " + CliSupport.reason(e));
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.err.println("scosim " + name() + ": interrupted; finish with --resume " + outDir());
            return 130;
        }
    }

    // ---------------------------------------------------------------- scenarios and resuming, for every experiment

    /**
     * The experiment as it was first started, for --resume: the manifest in {@code dir} checked, its stored options
     * parsed into {@code fresh} (a new instance of the command).
     */
    static <T extends ExperimentCommand> T stored(Path dir, JsonNode manifest, T fresh) throws UsageError {
        try {
            new CommandLine(fresh).parseArgs(ExperimentDir.args(manifest).toArray(new String[0]));
        } catch (CommandLine.ParameterException e) {
            throw new UsageError(dir.resolve(ExperimentDir.MANIFEST) + ": cannot read the stored options: " + e.getMessage());
        }
        return fresh;
    }

    /**
     * For the original command repeated with {@code --resume DIR} appended: one line per option that differs from
     * what {@code DIR/experiment.json} holds, e.g. "--replications: 50 here, 30 when started". An option the
     * command leaves out counts as its default, so the repeated command must be the original one.
     */
    static final class Differences {
        private final List<String> lines = new java.util.ArrayList<>();

        Differences option(String name, Object here, Object then) {
            if (!java.util.Objects.equals(here, then)) {
                lines.add(name + ": " + shown(here) + " here, " + shown(then) + " when started");
            }
            return this;
        }

        /** Scenario files compared as absolute paths: here's against this folder, then's against the manifest's. */
        Differences files(String name, List<Path> here, List<Path> then, JsonNode manifest) {
            List<Path> a = here.stream().map(p -> p.toAbsolutePath().normalize()).toList();
            String wd = manifest.path("workingDirectory").asText("");
            Path base = wd.isEmpty() ? Path.of("").toAbsolutePath() : Path.of(wd);
            List<Path> b = then.stream().map(p -> base.resolve(p).normalize()).toList();
            if (!a.equals(b)) lines.add(name + ": " + join(here) + " here, " + join(then) + " when started");
            return this;
        }

        void out(Path out, Path resume) {
            if (out != null && !out.toAbsolutePath().normalize().equals(resume.toAbsolutePath().normalize())) {
                lines.add("--out: " + out + " is not the folder being resumed, " + resume);
            }
        }

        void check(Path dir) throws UsageError {
            if (lines.isEmpty()) return;
            throw new UsageError("cannot resume " + dir + " with these options: they differ from the ones in "
                    + dir.resolve(ExperimentDir.MANIFEST) + " (" + String.join("; ", lines) + "). Repeat the "
                    + "original command with --resume " + dir + ", or give --resume " + dir + " alone");
        }

        private static String shown(Object v) {
            if (v == null) return "not given";
            if (v instanceof Boolean b) return b ? "given" : "not given";
            if (v instanceof List<?> l) return l.isEmpty() ? "not given" : String.join(",", l.stream().map(String::valueOf).toList());
            return v.toString();
        }

        private static String join(List<Path> p) {
            return p.isEmpty() ? "none" : String.join(" ", p.stream().map(Path::toString).toList());
        }
    }

    static ResolvedScenario readScenario(Path f) throws UsageError {
        try {
            return ScenarioReader.read(f);
        } catch (InputException e) {
            throw new UsageError(e.userMessage());
        }
    }

    static JsonNode readManifest(Path dir, String kind) throws UsageError {
        Path m = dir.resolve(ExperimentDir.MANIFEST);
        if (!Files.isRegularFile(m)) {
            throw new UsageError("cannot resume: " + m + " not found (is " + dir + " the folder of a " + kind + "?)");
        }
        JsonNode node;
        try {
            node = ExperimentDir.readManifest(dir);
        } catch (IOException e) {
            throw new UsageError("cannot resume: " + m + " is not readable: " + e.getMessage());
        }
        if (!kind.equals(node.path("command").asText())) {
            throw new UsageError("cannot resume: " + dir + " holds a '" + node.path("command").asText()
                    + "' experiment, not a " + kind);
        }
        return node;
    }

    /**
     * A scenario path stored in a manifest: as written when it exists from here, else relative to the folder the
     * experiment was started from.
     */
    static Path locate(Path f, JsonNode manifest) {
        if (f.isAbsolute() || Files.exists(f)) return f;
        String wd = manifest.path("workingDirectory").asText("");
        if (wd.isEmpty()) return f;
        Path alt = Path.of(wd).resolve(f);
        return Files.exists(alt) ? alt : f;
    }

    static void checkHashes(JsonNode manifest, List<Path> files, List<ResolvedScenario> resolved) throws UsageError {
        JsonNode sc = manifest.path("scenarios");
        for (int i = 0; i < files.size(); i++) {
            String want = sc.path(i).path("sha256").asText();
            if (!want.equals(resolved.get(i).sha256())) {
                throw new UsageError("cannot resume: " + files.get(i) + " (or a file it extends) changed since the "
                        + "experiment started (sha256 " + abbreviate(want) + " then, " + abbreviate(resolved.get(i).sha256())
                        + " now); results would mix two versions. Start a new experiment instead");
            }
        }
    }

    private static String abbreviate(String sha) {
        return sha.length() > 12 ? sha.substring(0, 12) + "..." : sha;
    }

    /** A mistake of the user's: one message, exit status 2, nothing written. */
    static final class UsageError extends Exception {
        UsageError(String message) {
            super(message);
        }
    }
}
