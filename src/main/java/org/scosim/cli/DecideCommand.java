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
                        + "true/false, optional gdp and population); see docs/decision-core.md and scenarios/classroom/."},
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

    /** One decided issue. */
    private record Result(DecisionFileReader.Entry entry, Decision decision, List<String> steps) {}

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
        List<Result> results = new ArrayList<>();
        try {
            for (DecisionFileReader.Entry e : DecisionFileReader.read(file)) {
                DecisionRule r = override != null ? override : e.rule();
                Decision d = Decider.decide(e.issue(), r);
                results.add(new Result(e, d, explain || "json".equals(format) ? Explainer.explain(e.issue(), d) : null));
            }
        } catch (InputException e) {
            return fail(stderr, e.userMessage());
        }

        try {
            CSVPrinter table = new CSVPrinter(stdout, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').build());
            table.printRecord((Object[]) HEADER);
            for (Result res : results) table.printRecord(row(res.decision(), true));
            table.flush();
        } catch (IOException e) {
            return fail(stderr, "cannot write to standard output: " + e.getMessage());
        }
        if (explain) {
            for (Result res : results) {
                stdout.println();
                stdout.println("== " + res.decision().issueId() + " ==");
                int i = 1;
                for (String s : res.steps()) stdout.println((i++) + ". " + s);
            }
        }
        stdout.flush();
        if (out != null) {
            try {
                if ("csv".equals(format)) writeAtomically(out, w -> writeCsv(w, results));
                else writeAtomically(out, w -> writeJson(w, results));
            } catch (IOException e) {
                return fail(stderr, "cannot write " + out + ": " + describe(e));
            }
        }
        return 0;
    }

    static final String[] HEADER = {"id", "rule", "adopted", "outcome", "participants", "vetoes", "opt_outs", "pivotal"};

    private static List<Object> row(Decision d, boolean rounded) {
        return List.of(d.issueId(), RuleReader.toCli(d.rule()), d.adopted(),
                rounded ? Explainer.num(d.outcome()) : precise(d.outcome()),
                String.join(";", d.participants()), String.join(";", d.vetoes()),
                String.join(";", d.optOuts()), String.join(";", d.pivotal()));
    }

    private static void writeCsv(Writer w, List<Result> results) throws IOException {
        CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').build());
        p.printRecord((Object[]) HEADER);
        for (Result r : results) p.printRecord(row(r.decision(), false));
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
            for (Map.Entry<String, Vote> v : d.votes().entrySet()) votes.put(v.getKey(), v.getValue().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            ObjectNode gains = o.putObject("gains");
            for (Map.Entry<String, Double> g : d.gains().entrySet()) gains.put(g.getKey(), g.getValue());
            r.steps().forEach(o.putArray("explanation")::add);
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
