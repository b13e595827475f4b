package org.scosim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.scosim.experiment.ExperimentDir;
import org.scosim.io.InputException;
import org.scosim.io.ResolvedScenario;
import org.scosim.io.ScenarioReader;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import me.tongfei.progressbar.ProgressBar;
import org.scosim.experiment.Engine;
import org.scosim.experiment.RunSpec;
import org.scosim.scenario.Scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * What the experiment commands (compare, sweep, sensitivity) share: the options of where and how the runs go
 * (--threads, --engine, --quiet, --out, --resume), the steps every experiment takes (its inputs read and checked, its
 * folder settled, its runs run), and how outcomes map to messages and exit codes. A user's mistake is one line and
 * status 2 with nothing written; a write failure is status 1; an interruption says how to resume.
 */
abstract class ExperimentCommand implements Callable<Integer> {

    @Option(names = {"-t", "--threads"}, paramLabel = "T",
            description = "Worker threads (default: number of cores, ${DEFAULT-VALUE}); does not change any output.")
    int threads = Runtime.getRuntime().availableProcessors();

    /**
     * A sweep or sensitivity analysis of up to this many design points keeps the scenarios it validated, instead of
     * binding each point again when it runs: about 2.3 KB each for the baseline, since a point shares every part its
     * overrides do not touch with the file's (115 MB at most).
     */
    static final int KEEP_SCENARIOS = 50_000;

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

    @Option(names = "--dry-run", description = "Check every input (every design point), then estimate the runs' time "
            + "and size on this machine from a sample of them run in a scratch folder beside --out (deleted after), and "
            + "stop: nothing is written "
            + "to --out. With --resume DIR, for what is left.")
    boolean dryRun;

    /**
     * The dry run of {@code pending} runs (of {@code total}, the rest done) of {@code replications} each: the sample
     * measured on this machine's threads, whatever --engine says, and the estimate printed; {@code covered}: what
     * the combined files the sample writes after its runs, e.g. "sweep.csv, the plots and the report" (null: none).
     */
    Integer dryRun(Inputs in, String what, int total, int pending, int replications, String covered, DryRun.Sample sample)
            throws UsageError, IOException, InterruptedException {
        checkFree(in, out);   // as the experiment itself would, before it ran anything
        if (pending == 0) {
            System.out.println("scosim " + name() + " --dry-run: every one of the " + total + " runs is done already; "
                    + "resuming only writes the combined files again");
            return 0;
        }
        double checked = (System.nanoTime() - began) / 1e9;
        DryRun.Estimate e = DryRun.measure(pending, total, replications, threads, sample, out);
        DryRun.print(name(), what, total, total - pending, e, threads, engine == Backend.SPARK, out, checked, covered);
        return 0;
    }

    /** Runs a dry run's sample of runs on this machine's threads, without a progress bar. */
    int runSample(int count, int replications, java.util.function.IntFunction<RunSpec> run) throws IOException, InterruptedException {
        try (Engine local = Engine.local(threads)) {
            return local.executeAll(count, replications, run, () -> { });
        }
    }

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Output folder; must not exist or be empty (default: results/${COMMAND-NAME}/<timestamp>).")
    Path out;

    @Option(names = "--resume", paramLabel = "DIR",
            description = "Finish the interrupted scosim ${COMMAND-NAME} in DIR with its original options: give it alone (with "
                    + "--threads or --quiet if wanted), or append it to the original command, whose options must then agree.")
    Path resume;

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
    final Path outDir() {
        return out;
    }

    abstract Integer execute() throws UsageError, IOException, InterruptedException;

    /** When the command began ({@link System#nanoTime}): a dry run says how long reading and checking took. */
    private long began;

    @Override
    public final Integer call() {
        began = System.nanoTime();
        try {
            return execute();
        } catch (UsageError e) {
            System.err.println("scosim " + name() + ": " + e.getMessage());
            return 2;
        } catch (IOException | UncheckedIOException e) {
            System.err.println(cannotWrite(name(), outDir(), e));
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.err.println("scosim " + name() + ": interrupted; finish with --resume " + outDir());
            return 130;
        }
    }

    /**
     * The error after a write failed: where and why; in an experiment folder (it has its manifest), the unfinished
     * files are removed and the finished runs kept, so the user frees some space (or mends the fault) and resumes.
     */
    static String cannotWrite(String command, Path dir, Exception e) {
        boolean experiment = dir != null && java.nio.file.Files.isRegularFile(dir.resolve(ExperimentDir.MANIFEST));
        String said = "scosim " + command + ": cannot write the results" + (dir == null ? "" : " in " + dir) + ": "
                + CliSupport.reason(e);
        if (!experiment) return said;
        return said + CliSupport.removeUnfinished(dir) + "\n  the finished runs are kept: once there is room (or the"
                + " fault is mended), finish with scosim " + command + " --resume " + dir;
    }

    // ---------------------------------------------------------------- the steps every experiment takes

    /**
     * An experiment's inputs: the manifest of the experiment resumed (null for a new one), the scenario files and the
     * scenarios read from them, and the per-replication tables the runs write, in which format.
     */
    record Inputs(JsonNode manifest, List<Path> files, List<ResolvedScenario> scenarios,
                  List<ScenarioReader.Variants> prepared,
                  java.util.Set<org.scosim.output.Tables> tables, org.scosim.output.TableFormat format) {
        boolean resuming() {
            return manifest != null;
        }

        /** The first scenario, whose replications and seed are the defaults. */
        Scenario first() {
            return scenarios.get(0).scenario();
        }
    }

    /**
     * What every experiment does first. With --resume DIR, the options that define the experiment come back from
     * DIR's manifest ({@code resumption}, parsed into a {@code fresh} command) and --out becomes DIR. Then the
     * scenario files are read ({@code fewer}: the message when there are fewer than {@code fewest}) and, when resuming, checked against the
     * manifest's hashes; and the options of the runs (--threads, --engine, --format, --tables: {@code tables} when
     * not given) are checked.
     */
    <C extends ExperimentCommand> Inputs start(Resumption<C> resumption, C self, Supplier<C> fresh, int fewest,
                                              String fewer, java.util.Set<org.scosim.output.Tables> tables)
            throws UsageError {
        JsonNode manifest = null;
        int attempt = SparkDriver.attempt();
        if (resumesEarlierStart(resume, out, attempt > 1 || SparkDriver.supervised())) {
            System.err.println("scosim " + name() + ": " + (attempt > 1 ? "attempt " + attempt + " of this YARN application"
                    : "a supervised driver (--supervise) finds its experiment") + "; resuming " + out);
            resume = out;
        }
        if (resume != null) {
            manifest = readManifest(resume, name());
            resumption.restore(self, fresh.get(), resume, manifest);
            out = resume;
        }
        List<Path> files = resumption.files(self);
        if (files.size() < fewest) throw new UsageError(fewer);
        List<ResolvedScenario> scenarios = new java.util.ArrayList<>();
        List<ScenarioReader.Variants> prepared = new java.util.ArrayList<>();
        for (Path f : files) {
            // read once: a sweep or a sensitivity analysis binds its design points from the same files
            try {
                ScenarioReader.Variants v = ScenarioReader.prepare(f);
                scenarios.add(v.read(List.of()));
                prepared.add(v);
            } catch (InputException e) {
                throw new UsageError(e.userMessage());
            }
        }
        if (manifest != null) checkHashes(manifest, files, scenarios);
        checkThreads();
        RunTablesOptions given = resumption.tables(self);
        return new Inputs(manifest, List.copyOf(files), scenarios, List.copyOf(prepared), chosenTables(given.tables, tables),
                tableFormat(given.format));
    }

    /**
     * Whether this run, without --resume, takes over the experiment in --out: only when the cluster may have started
     * this driver again ({@code startedAgain}: a later attempt of a YARN application, or a standalone driver under
     * --supervise, which its worker starts again after a failure) and the folder has its manifest, so that it goes on
     * where the earlier driver stopped. The stored options must still agree, as for --resume.
     */
    static boolean resumesEarlierStart(Path resume, Path out, boolean startedAgain) {
        return resume == null && out != null && startedAgain
                && java.nio.file.Files.isRegularFile(out.resolve(ExperimentDir.MANIFEST));
    }

    /** The JIT's quick compiler alone for an experiment of {@code replications} still to run, when it is short. */
    static void quickCompilerIfShort(long replications, Inputs in) {
        int states = in.scenarios().stream().mapToInt(r -> r.scenario().states().size()).max().orElse(0);
        QuickCompiler.forExperiment(replications, states);
    }

    /** The replications of each run: --replications, else the first scenario's; between 1 and {@code max}. */
    static int replications(Integer given, Inputs in, int max) throws UsageError {
        int n = given != null ? given : in.first().replications();
        if (n < 1 || n > max) throw new UsageError("--replications must be between 1 and " + max + ", got " + n);
        return n;
    }

    /**
     * A repeatable option's values, each parsed (a parse error becomes the user's message), none naming the same
     * scenario path twice, e.g. {@code --vary} or {@code --factor}; {@code example}: the message when none is given.
     */
    static <T> List<T> eachPath(String option, List<String> given, java.util.function.Function<String, T> parse,
                                java.util.function.Function<T, String> path, String example) throws UsageError {
        if (given.isEmpty()) throw new UsageError("give at least one " + option + " " + example);
        List<T> out = new java.util.ArrayList<>();
        java.util.Set<String> paths = new java.util.HashSet<>();
        for (String v : given) {
            T x;
            try {
                x = parse.apply(v);
            } catch (IllegalArgumentException e) {
                throw new UsageError(e.getMessage());
            }
            if (!paths.add(path.apply(x))) throw new UsageError(option + " '" + v + "': " + path.apply(x) + " is given twice");
            out.add(x);
        }
        return out;
    }

    /** The master seed of the replications: --seed, else the first scenario's. */
    static long masterSeed(Long given, Inputs in) {
        return given != null ? given : in.first().seed();
    }

    /** Where an experiment writes and how it was called, once its folder is settled and its manifest written. */
    record Folder(Path dir, String command, String started) {
    }

    /**
     * Settles the output folder once every input is checked: --out, else one named after the command and the time,
     * which must be free for a new experiment. Its manifest records {@code args} (the options that define the
     * experiment, as a resume reads them back) and the scenario files.
     */
    Folder folder(Inputs in, List<String> args) throws UsageError, IOException {
        Path dir = out != null ? out : CliSupport.timestampedDir(name(), "");
        checkFree(in, dir);
        out = dir;
        if (!in.resuming()) ExperimentDir.writeManifest(dir, name(), args, in.scenarios(), in.files());
        return new Folder(dir, "scosim " + name() + " " + String.join(" ", args), OffsetDateTime.now().toString());
    }

    /** A new experiment's folder must be free: missing, or empty (none given: a new timestamped one will be). */
    static void checkFree(Inputs in, Path dir) throws UsageError, IOException {
        if (dir != null && !in.resuming() && !ExperimentDir.isFree(dir)) {
            throw new UsageError("output folder " + dir + " already exists and is not empty; choose another --out "
                    + "(or finish an interrupted experiment with --resume " + dir + ")");
        }
    }

    /**
     * Runs the runs not yet done, on this machine's threads or with Spark, behind a progress bar over
     * {@code replications} in all, of which {@code done} are done already; returns how many runs were computed.
     */
    int runAll(List<RunSpec> runs, long replications, long done) throws IOException, InterruptedException {
        return runAll(runs.size(), runs.stream().mapToInt(RunSpec::replications).max().orElse(0), runs::get,
                replications, done);
    }

    /**
     * As {@link #runAll(List, long, long)}, runs {@code 0..count-1} each described by {@code run.apply(i)} when it is
     * due, so that a design of many points does not hold every point's scenario (with Spark, all are described
     * first: the cluster is handed the list). {@code n}: the most replications of a run.
     */
    int runAll(int count, int n, java.util.function.IntFunction<RunSpec> run, long replications, long done)
            throws IOException, InterruptedException {
        try (Engine local = Engine.local(engine == Backend.SPARK ? 1 : threads);
             ProgressBar pb = CliSupport.progressBar(quiet, name(), replications)) {
            if (pb != null) pb.stepBy(done);
            Runnable step = () -> {
                if (pb != null) pb.step();
            };
            if (engine != Backend.SPARK) return local.executeAll(count, n, run, step);
            List<RunSpec> all = new java.util.ArrayList<>(count);
            for (int i = 0; i < count; i++) all.add(run.apply(i));
            return local.executeAll(all, remote(), step);
        }
    }

    /** The closing line's note on a resumed experiment: how many of its runs this invocation computed. */
    static String resumedNote(boolean resuming, int ran, int total) {
        if (!resuming) return "";
        return ran == 0 ? " (all " + total + " were done already: the combined files written again)"
                : " (" + ran + " of " + total + " run now, the rest done already)";
    }

    /** The closing lines' warning when the replications are too few for the confidence intervals. */
    static void warnIfFew(int n) {
        if (n < org.scosim.output.Confidence.MIN_RELIABLE_N) {
            System.out.println("  Warning: " + org.scosim.output.Confidence.fewReplicationsWarning(n));
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

        /** Carries a usage error out of the workers (a design point that does not bind, say). */
        static final class Carried extends RuntimeException {
            final UsageError error;

            Carried(UsageError error) {
                super(error.getMessage(), error, false, false);
                this.error = error;
            }
        }
    }
}
