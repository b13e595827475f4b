package org.scosim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.scosim.decision.Decider;
import org.scosim.decision.Decision;
import org.scosim.decision.DecisionRule;
import org.scosim.decision.Explainer;
import org.scosim.decision.Issue;
import org.scosim.decision.PackageDecision;
import org.scosim.decision.Vote;
import org.scosim.io.DecisionFileReader;
import org.scosim.io.InputException;
import org.scosim.io.RuleReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code scosim decide}: decides the issues of a file under their rules (or one rule) and explains the result. */
@Command(name = "decide", mixinStandardHelpOptions = true,
        description = {
                "Decide the issues in FILE (YAML or JSON) with the summit's bargaining procedure and print one row per "
                        + "issue: id, rule, adopted, outcome, participants, vetoes, opt_outs, pivotal.",
                "Each issue has a status quo and actors (name, position 0-100, salience 0-1, capability > 0, member "
                        + "true/false, optional gdp and population); see docs/decision-core.md and scenarios/classroom/.",
                "Issues that share a 'package' field are decided together as a package deal; the table then has a "
                        + "last column, package, and --explain shows who conceded what for what."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:decided", "2:bad input (file, option or rule); the message names the file and field"})
public final class DecideCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "Issues to decide (.yaml, .yml or .json).")
    Path file;

    @Option(names = "--rule", paramLabel = "RULE",
            description = "Decide every issue under this rule instead of the file's. RULE: " + RuleReader.CLI_SYNTAX + ".")
    String rule;

    @Option(names = "--explain", description = "Also print, for each issue, the steps that lead to the outcome in plain language.")
    boolean explain;

    @Option(names = "--out", paramLabel = "FILE.csv|FILE.json",
            description = "Also write the results to this file: CSV (the table, full precision) or JSON (with votes, "
                    + "gains and the explanation), by extension. Written to a temporary file, then renamed.")
    Path out;

    @Spec
    CommandSpec spec;

    /** One decided issue; {@code deal} is its package's decision (null for an issue decided on its own). */
    private record Result(DecisionFileReader.Entry entry, Decision decision, List<String> steps, PackageDecision deal) {}

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        DecisionRule override = null;
        if (rule != null) {
            try {
                override = RuleReader.parseCli(rule);
            } catch (IllegalArgumentException e) {
                return fail(stderr, "--rule: " + e.getMessage());
            }
        }
        String format = null;
        if (out != null) {
            String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
            format = name.endsWith(".csv") ? "csv" : name.endsWith(".json") ? "json" : null;
            if (format == null) return fail(stderr, "--out " + out + ": expected a file name ending in .csv or .json");
        }
        List<Result> results;
        try {
            results = decideAll(DecisionFileReader.read(file), override, explain || "json".equals(format));
        } catch (InputException e) {
            return fail(stderr, e.userMessage());
        }
        boolean packages = results.stream().anyMatch(res -> res.deal() != null);

        try {
            CSVPrinter table = new CSVPrinter(stdout, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').build());
            table.printRecord(header(packages));
            for (Result res : results) table.printRecord(row(res, true, packages));
            table.flush();
        } catch (IOException e) {
            return fail(stderr, "cannot write to standard output: " + e.getMessage());
        }
        if (explain) {
            java.util.Set<String> shown = new java.util.HashSet<>();
            for (Result res : results) {
                String pkg = res.entry().packageId();
                if (pkg != null && !shown.add(pkg)) continue;
                stdout.println();
                stdout.println(pkg == null ? "== " + res.decision().issueId() + " ==" : "== package " + pkg + " ==");
                int i = 1;
                for (String s : res.steps()) stdout.println((i++) + ". " + s);
            }
        }
        stdout.flush();
        if (out != null) {
            try {
                List<Result> done = results;
                if ("csv".equals(format)) writeAtomically(out, w -> writeCsv(w, done, packages));
                else writeAtomically(out, w -> writeJson(w, done));
            } catch (IOException e) {
                return fail(stderr, "cannot write " + out + ": " + describe(e));
            }
        }
        return 0;
    }

    static final String[] HEADER = {"id", "rule", "adopted", "outcome", "participants", "vetoes", "opt_outs", "pivotal"};

    /**
     * Decides single issues one by one and the issues of each package together (in the file's order; a package
     * under the rule of its issues, which the reader has checked to be one).
     */
    private static List<Result> decideAll(List<DecisionFileReader.Entry> entries, DecisionRule override, boolean steps) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            String pkg = entries.get(i).packageId();
            if (pkg != null) groups.computeIfAbsent(pkg, k -> new ArrayList<>()).add(i);
        }
        Result[] out = new Result[entries.size()];
        for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
            List<Issue> items = new ArrayList<>();
            for (int i : g.getValue()) items.add(entries.get(i).issue());
            DecisionRule r = override != null ? override : entries.get(g.getValue().get(0)).rule();
            PackageDecision p = Decider.decidePackage(items, r);
            List<String> text = steps ? Explainer.explainPackage(g.getKey(), items, p) : null;
            for (int k = 0; k < items.size(); k++) {
                int i = g.getValue().get(k);
                out[i] = new Result(entries.get(i), p.items().get(k), text, p);
            }
        }
        for (int i = 0; i < entries.size(); i++) {
            if (out[i] != null) continue;
            DecisionFileReader.Entry e = entries.get(i);
            DecisionRule r = override != null ? override : e.rule();
            Decision d = Decider.decide(e.issue(), r);
            out[i] = new Result(e, d, steps ? Explainer.explain(e.issue(), d) : null, null);
        }
        return List.of(out);
    }

    private static Object[] header(boolean packages) {
        if (!packages) return HEADER;
        Object[] h = java.util.Arrays.copyOf(HEADER, HEADER.length + 1, Object[].class);
        h[HEADER.length] = "package";
        return h;
    }

    private static List<Object> row(Result res, boolean rounded, boolean packages) {
        Decision d = res.decision();
        List<Object> row = new ArrayList<>(List.of(d.issueId(), RuleReader.toCli(d.rule()), d.adopted(),
                rounded ? Explainer.num(d.outcome()) : precise(d.outcome()),
                String.join(";", d.participants()), String.join(";", d.vetoes()),
                String.join(";", d.optOuts()), String.join(";", d.pivotal())));
        if (packages) row.add(res.entry().packageId() == null ? "" : res.entry().packageId());
        return row;
    }

    private static void writeCsv(Writer w, List<Result> results, boolean packages) throws IOException {
        CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').build());
        p.printRecord(header(packages));
        for (Result r : results) p.printRecord(row(r, false, packages));
        p.flush();
    }

    private static void writeJson(Writer w, List<Result> results) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ArrayNode issues = root.putArray("issues");
        for (Result r : results) {
            Decision d = r.decision();
            ObjectNode o = issues.addObject();
            o.put("id", d.issueId());
            if (r.entry().packageId() != null) o.put("package", r.entry().packageId());
            o.put("rule", RuleReader.toCli(d.rule()));
            o.put("statusQuo", r.entry().issue().statusQuo());
            double c = Decider.compromise(r.entry().issue());
            if (Double.isNaN(c)) o.putNull("compromise");
            else o.put("compromise", c);
            o.put("adopted", d.adopted());
            o.put("outcome", d.outcome());
            d.participants().forEach(o.putArray("participants")::add);
            d.vetoes().forEach(o.putArray("vetoes")::add);
            d.optOuts().forEach(o.putArray("optOuts")::add);
            d.pivotal().forEach(o.putArray("pivotal")::add);
            ObjectNode votes = o.putObject("votes");
            for (Map.Entry<String, Vote> v : d.votes().entrySet()) votes.put(v.getKey(), v.getValue().label());
            ObjectNode gains = o.putObject("gains");
            for (Map.Entry<String, Double> g : d.gains().entrySet()) gains.put(g.getKey(), g.getValue());
            r.steps().forEach(o.putArray("explanation")::add);
        }
        java.util.Set<String> shown = new java.util.HashSet<>();
        ArrayNode packages = null;
        for (Result r : results) {
            if (r.deal() == null || !shown.add(r.entry().packageId())) continue;
            if (packages == null) packages = root.putArray("packages");
            PackageDecision p = r.deal();
            ObjectNode o = packages.addObject();
            o.put("id", r.entry().packageId());
            p.items().forEach(d -> o.withArray("items").add(d.issueId()));
            o.put("deal", p.deal());
            o.put("share", p.share());
            p.signatories().forEach(o.putArray("signatories")::add);
            p.holding().forEach(o.putArray("holding")::add);
            ArrayNode cs = o.putArray("concessions");
            for (PackageDecision.Concession c : p.concessions()) {
                ObjectNode cn = cs.addObject();
                cn.put("member", c.member());
                c.conceded().forEach(cn.putArray("conceded")::add);
                c.gainedOn().forEach(cn.putArray("for")::add);
                cn.put("lost", c.lost());
                cn.put("gained", c.gained());
            }
            ObjectNode pg = o.putObject("packageGains");
            p.packageGains().forEach(pg::put);
        }
        mapper.writeValue(new NonClosingWriter(w), root);
        w.write('\n');
    }

    private static String precise(double x) {
        return new BigDecimal(x).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    private interface Body { void write(Writer w) throws IOException; }

    /** Writes to a temporary file in the target's folder, then renames it over the target. */
    private static void writeAtomically(Path target, Body body) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null && !Files.isDirectory(dir)) throw new IOException("folder " + dir + " does not exist");
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                body.write(w);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) return f.getReason();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    private int fail(PrintWriter err, String message) {
        err.println("scosim decide: " + message);
        err.flush();
        return 2;
    }

    /** Keeps Jackson from closing the underlying writer. */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(Writer w) { super(w); }
        @Override public void close() throws IOException { flush(); }
    }
}
