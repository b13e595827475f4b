package org.scosim.io;

import com.fasterxml.jackson.databind.JsonNode;
import org.scosim.decision.Actor;
import org.scosim.decision.DecisionRule;
import org.scosim.decision.Issue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads a file of issues for {@code scosim decide} (YAML or JSON). Either a list:
 * <pre>
 * rule: unanimity            # optional default for every issue (default: unanimity)
 * description: ...           # optional
 * issues:
 *   - id: bank
 *     statusQuo: 10          # 0..100
 *     rule: {type: qualified-majority, threshold: 0.67}   # optional, see RuleReader
 *     description: ...       # optional
 *     package: summit-2006   # optional: issues sharing a package are decided together (same rule required)
 *     divisible: false       # optional (default true): nobody can opt out of it (membership)
 *     actors:
 *       - {name: China, position: 80, salience: 0.8, capability: 4594, member: true, gdp: 4594, population: 1.3e9}
 * </pre>
 * or a single issue at the top level (the fields of one list item). Every value is checked: types, ranges
 * (positions and status quo 0..100, salience 0..1, capability, gdp and population > 0), unique issue ids and actor
 * names, at least one member per issue; unknown fields are reported with the nearest valid name.
 */
public final class DecisionFileReader {
    private DecisionFileReader() {}

    /**
     * One issue to decide and the rule the file gives it.
     *
     * @param packageId the package the issue is decided in, or null when it is decided on its own
     */
    public record Entry(Issue issue, DecisionRule rule, String description, String packageId) {
        public Entry(Issue issue, DecisionRule rule, String description) {
            this(issue, rule, description, null);
        }
    }

    /** The rule used when neither the issue nor the file names one: the SCO's consensus. */
    public static final DecisionRule DEFAULT_RULE = new DecisionRule.Unanimity();

    static final Set<String> LIST_FIELDS = Set.of("issues", "rule", "description");
    static final Set<String> ISSUE_FIELDS = Set.of("id", "statusQuo", "rule", "actors", "description", "package",
            "divisible");
    static final Set<String> ACTOR_FIELDS = Set.of("name", "position", "salience", "capability", "member", "gdp",
            "population");

    public static List<Entry> read(Path file) throws InputException {
        return read(InputTree.read(file));
    }

    public static List<Entry> read(InputTree tree) throws InputException {
        JsonNode root = tree.root();
        if (!root.isObject()) {
            throw tree.error("", "expected a mapping with 'issues' (a list of issues) or a single issue, got "
                    + InputTypes.describe(root));
        }
        List<Entry> out = new ArrayList<>();
        if (root.has("issues")) {
            only(tree, "", root, LIST_FIELDS);
            optionalText(tree, "", root, "description");
            DecisionRule dflt = root.hasNonNull("rule") ? RuleReader.read(tree, "/rule", root.get("rule")) : DEFAULT_RULE;
            JsonNode issues = root.get("issues");
            if (!issues.isArray()) throw tree.error("/issues", "expected a list of issues, got " + InputTypes.describe(issues));
            if (issues.isEmpty()) throw tree.error("/issues", "the list of issues is empty");
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < issues.size(); i++) {
                String ptr = "/issues/" + i;
                JsonNode node = issues.get(i);
                if (!node.isObject()) throw tree.error(ptr, "expected an issue (a mapping), got " + InputTypes.describe(node));
                Entry e = issue(tree, ptr, node, dflt);
                if (!ids.add(e.issue().id())) throw tree.error(ptr + "/id", "duplicate issue id '" + e.issue().id() + "'");
                out.add(e);
            }
            checkPackages(tree, out);
        } else {
            if (!root.has("actors") && !root.has("statusQuo")) {
                for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
                    String f = it.next();
                    if (!ISSUE_FIELDS.contains(f) && !LIST_FIELDS.contains(f)) {
                        Set<String> all = new HashSet<>(ISSUE_FIELDS);
                        all.addAll(LIST_FIELDS);
                        throw tree.error("/" + escape(f), "unknown field '" + f + "'" + Suggest.didYouMean(f, all)
                                + "; expected 'issues' (a list of issues) or a single issue with "
                                + String.join(", ", sorted(ISSUE_FIELDS)));
                    }
                }
            }
            out.add(issue(tree, "", root, DEFAULT_RULE));
        }
        return out;
    }

    private static Entry issue(InputTree tree, String ptr, JsonNode node, DecisionRule dflt) throws InputException {
        only(tree, ptr, node, ISSUE_FIELDS);
        String id = id(tree, ptr + "/id", need(tree, ptr, node, "id"));
        double sq = number(tree, ptr, node, "statusQuo", 0, 100, false, true);
        DecisionRule rule = node.hasNonNull("rule") ? RuleReader.read(tree, ptr + "/rule", node.get("rule")) : dflt;
        String description = optionalText(tree, ptr, node, "description");
        String pkg = node.hasNonNull("package") ? id(tree, ptr + "/package", node.get("package")) : null;
        boolean divisible = true;
        if (node.hasNonNull("divisible")) {
            JsonNode dv = node.get("divisible");
            if (!dv.isBoolean()) throw tree.error(ptr + "/divisible", "expected true or false, got " + InputTypes.describe(dv));
            divisible = dv.asBoolean();
        }
        JsonNode actors = need(tree, ptr, node, "actors");
        if (!actors.isArray()) throw tree.error(ptr + "/actors", "expected a list of actors, got " + InputTypes.describe(actors));
        if (actors.isEmpty()) throw tree.error(ptr + "/actors", "the list of actors is empty; an issue needs at least one member");
        List<Actor> list = new ArrayList<>();
        Set<String> names = new HashSet<>();
        boolean anyMember = false;
        for (int k = 0; k < actors.size(); k++) {
            String ap = ptr + "/actors/" + k;
            JsonNode a = actors.get(k);
            if (!a.isObject()) throw tree.error(ap, "expected an actor (a mapping with name, position, ...), got " + InputTypes.describe(a));
            only(tree, ap, a, ACTOR_FIELDS);
            JsonNode nameNode = need(tree, ap, a, "name");
            if (!nameNode.isTextual() || nameNode.asText().isBlank()) {
                throw tree.error(ap + "/name", "expected a non-empty name, got " + InputTypes.describe(nameNode));
            }
            String name = nameNode.asText().strip();
            if (!names.add(name)) throw tree.error(ap + "/name", "duplicate actor name '" + name + "' in issue '" + id + "'");
            double pos = number(tree, ap, a, "position", 0, 100, false, true);
            double sal = number(tree, ap, a, "salience", 0, 1, false, true);
            double cap = number(tree, ap, a, "capability", 0, Double.POSITIVE_INFINITY, true, true);
            JsonNode mem = need(tree, ap, a, "member");
            if (!mem.isBoolean()) throw tree.error(ap + "/member", "expected true or false, got " + InputTypes.describe(mem));
            double gdp = a.hasNonNull("gdp") ? number(tree, ap, a, "gdp", 0, Double.POSITIVE_INFINITY, true, true) : Double.NaN;
            double pop = a.hasNonNull("population") ? number(tree, ap, a, "population", 0, Double.POSITIVE_INFINITY, true, true) : Double.NaN;
            anyMember |= mem.asBoolean();
            list.add(new Actor(name, pos, sal, cap, mem.asBoolean(), gdp, pop));
        }
        if (!anyMember) throw tree.error(ptr + "/actors", "no actor has 'member: true'; an issue needs at least one voting member");
        return new Entry(new Issue(id, sq, list, divisible), rule, description, pkg);
    }

    /** Issues of one package are decided under one rule. */
    private static void checkPackages(InputTree tree, List<Entry> entries) throws InputException {
        java.util.Map<String, Entry> first = new java.util.HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (e.packageId() == null) continue;
            Entry f = first.putIfAbsent(e.packageId(), e);
            if (f != null && !f.rule().equals(e.rule())) {
                throw tree.error("/issues/" + i + "/rule", "issue '" + e.issue().id() + "' is in package '"
                        + e.packageId() + "' with issue '" + f.issue().id() + "', which has another rule; the issues "
                        + "of a package are decided under one rule");
            }
        }
    }

    private static String id(InputTree tree, String ptr, JsonNode n) throws InputException {
        if (n.isTextual() && !n.asText().isBlank()) return n.asText().strip();
        if (n.isIntegralNumber()) return n.asText();
        throw tree.error(ptr, "expected a non-empty text id, got " + InputTypes.describe(n));
    }

    private static JsonNode need(InputTree tree, String ptr, JsonNode obj, String key) throws InputException {
        JsonNode v = obj.get(key);
        if (v == null || v.isNull()) throw tree.error(ptr + "/" + escape(key), "missing required field '" + key + "'");
        return v;
    }

    private static String optionalText(InputTree tree, String ptr, JsonNode obj, String key) throws InputException {
        JsonNode v = obj.get(key);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) throw tree.error(ptr + "/" + key, "expected text, got " + InputTypes.describe(v));
        return v.asText();
    }

    /** A finite number in the given range, with the bound open or closed. */
    private static double number(InputTree tree, String ptr, JsonNode obj, String key, double lo, double hi,
                                 boolean loOpen, boolean hiClosed) throws InputException {
        JsonNode v = need(tree, ptr, obj, key);
        String where = ptr + "/" + key;
        String range = hi == Double.POSITIVE_INFINITY ? "a number " + (loOpen ? "> " : ">= ") + fmt(lo)
                : "a number in " + (loOpen ? "(" : "[") + fmt(lo) + ", " + fmt(hi) + (hiClosed ? "]" : ")");
        if (!v.isNumber()) throw tree.error(where, "expected " + range + ", got " + InputTypes.describe(v));
        double x = v.asDouble();
        boolean ok = Double.isFinite(x) && (loOpen ? x > lo : x >= lo) && (hiClosed ? x <= hi : x < hi);
        if (!ok) throw tree.error(where, "expected " + range + ", got " + v.asText());
        return x;
    }

    /** Rejects fields not in {@code allowed}, suggesting the nearest valid name. */
    static void only(InputTree tree, String ptr, JsonNode obj, Set<String> allowed) throws InputException {
        for (Iterator<String> it = obj.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw tree.error(ptr + "/" + escape(f), "unknown field '" + f + "'" + Suggest.didYouMean(f, allowed)
                        + "; valid fields: " + String.join(", ", sorted(allowed)));
            }
        }
    }

    private static String escape(String key) { return key.replace("~", "~0").replace("/", "~1"); }

    private static String fmt(double v) { return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v); }

    private static List<String> sorted(Set<String> s) {
        List<String> l = new ArrayList<>(s);
        l.sort(null);
        return l;
    }
}
