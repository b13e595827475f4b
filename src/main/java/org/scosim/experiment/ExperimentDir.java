package org.scosim.experiment;

import org.scosim.scenario.Seeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.scosim.io.ResolvedScenario;
import org.scosim.output.AtomicFiles;
import org.scosim.output.Layout;
import org.scosim.output.Measures;
import org.scosim.output.Provenance;
import org.scosim.output.RunOutput;
import org.scosim.output.SeriesTable;
import org.scosim.output.SummaryJson;
import org.scosim.output.plot.Plots;
import org.scosim.scenario.Scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * An experiment's folder: {@code experiment.json} (what was asked, written first), one folder per run (a scenario of
 * a comparison, a design point of a sweep) and the combined outputs, rebuilt at the end from the runs' files.
 *
 * <p>A run's folder holds the tables {@link RunOutput} writes, its series, summary and {@code values.bin}, and last a
 * {@code done} marker written atomically. A run without the marker did not finish: on resume its folder is deleted
 * and the run is redone; runs with the marker are kept. Since the combined outputs are always rebuilt from the runs'
 * files, a resumed experiment ends with the same files as an uninterrupted one.
 */
public final class ExperimentDir {
    public static final String MANIFEST = "experiment.json";
    public static final String DONE = "done";
    public static final String PROVENANCE = "provenance.json";
    public static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ExperimentDir() {
    }

    public static boolean isDone(Path runDir) {
        return Files.isRegularFile(runDir.resolve(DONE));
    }

    /** Whether {@code dir} is missing or an empty folder. */
    public static boolean isFree(Path dir) throws IOException {
        if (!Files.exists(dir)) return true;
        if (!Files.isDirectory(dir)) return false;
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    /** The bytes of the files under {@code dir} (0 when it does not exist), as {@code du --apparent-size} counts them. */
    public static long fileBytes(Path dir) throws IOException {
        if (!Files.exists(dir)) return 0;
        long bytes = 0;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) bytes += Files.size(p);
        }
        return bytes;
    }

    public static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    /** Writes the manifest: the command's kind, its arguments and the scenario files' hashes. */
    public static void writeManifest(Path dir, String kind, List<String> args, List<ResolvedScenario> scenarios,
                                     List<Path> files) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("software", "scosim");
        root.put("version", Provenance.version());
        root.put("command", kind);
        ArrayNode a = root.putArray("args");
        args.forEach(a::add);
        root.put("workingDirectory", Path.of("").toAbsolutePath().toString());
        ArrayNode sc = root.putArray("scenarios");
        for (int i = 0; i < scenarios.size(); i++) {
            ObjectNode s = sc.addObject();
            s.put("file", files.get(i).toString());
            s.put("sha256", scenarios.get(i).sha256());
        }
        root.put("createdAt", OffsetDateTime.now().toString());
        Files.createDirectories(dir);
        AtomicFiles.write(dir.resolve(MANIFEST), JSON.writeValueAsString(root) + "\n");
    }

    public static JsonNode readManifest(Path dir) throws IOException {
        return JSON.readTree(dir.resolve(MANIFEST).toFile());
    }

    /** The arguments stored in a manifest. */
    public static List<String> args(JsonNode manifest) {
        List<String> out = new ArrayList<>();
        manifest.path("args").forEach(n -> out.add(n.asText()));
        return out;
    }

    /** Replication seeds listed in provenance (up to 10,000; the derivation gives the rest). */
    public static List<Long> seeds(long master, int n) {
        List<Long> seeds = new ArrayList<>();
        if (n <= 10_000) for (int r = 0; r < n; r++) seeds.add(Seeds.replication(master, r));
        return seeds;
    }

    /** The provenance block every experiment writes to its folder. */
    public static ObjectNode provenance(String command, long master, int n, String started) {
        ObjectNode prov = JSON.createObjectNode();
        prov.put("software", "scosim");
        prov.put("version", Provenance.version());
        prov.put("gitCommit", Provenance.gitCommit());
        prov.put("command", command);
        prov.put("startedAt", started);
        prov.put("java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        ObjectNode seeds = prov.putObject("seeds");
        seeds.put("master", master);
        seeds.put("derivation", Seeds.DERIVATION);
        seeds.put("replications", n);
        seeds.put("commonRandomNumbers", "replication r of every run uses seed_r");
        ArrayNode list = seeds.putArray("replicationSeeds");
        seeds(master, n).forEach(list::add);
        return prov;
    }

    /** A folder name from a free-form name: letters, digits, '.', '_' and '-' only. */
    public static String safeName(String name) {
        String s = name == null ? "" : name.replaceAll("[^A-Za-z0-9._-]", "_");
        if (s.isEmpty() || s.startsWith(".")) s = "run" + s;
        return s;
    }
}
