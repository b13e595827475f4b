package org.scosim.io;

import com.fasterxml.jackson.databind.JsonNode;
import org.scosim.decision.DecisionRule;
import org.scosim.decision.Shares;
import org.scosim.decision.Weighting;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a decision rule from a scenario or decision file, or from the command line.
 *
 * <p>In a file, a rule is a bare name ({@code rule: unanimity}) or a mapping
 * ({@code rule: {type: qualified-majority, threshold: 0.67, weights: gdp}}). Fields by type:
 * <ul>
 *   <li>{@code unanimity}, {@code consensus-minus-one}, {@code simple-majority}: none;</li>
 *   <li>{@code opt-out}: {@code minParticipants} (integer >= 1, default {@value #DEFAULT_MIN_PARTICIPANTS});</li>
 *   <li>{@code qualified-majority}: {@code threshold} (in (0, 1], default 2/3), {@code weights}
 *       ({@code equal}|{@code gdp}|{@code population}|{@code capability}, default {@code equal});</li>
 *   <li>{@code weighted-majority}: {@code weights} (default {@code gdp}), {@code threshold} (default 0.5).</li>
 * </ul>
 */
public final class RuleReader {
    private RuleReader() {}

    /** Rule type names, in the order they are listed in messages. */
    public static final List<String> TYPES = List.of("unanimity", "opt-out", "consensus-minus-one",
            "qualified-majority", "weighted-majority", "simple-majority");
    /** Weighting names. */
    public static final List<String> WEIGHTS = List.of("equal", "gdp", "population", "capability");

    public static final int DEFAULT_MIN_PARTICIPANTS = 2;
    public static final double DEFAULT_QM_THRESHOLD = 2.0 / 3.0;
    public static final double DEFAULT_WM_THRESHOLD = 0.5;

    /** One line for {@code --rule} help texts. */
    public static final String CLI_SYNTAX = "unanimity | consensus-minus-one | simple-majority | opt-out[:MIN] | "
            + "qualified-majority[:THRESHOLD[:WEIGHTS]] | weighted-majority[:WEIGHTS[:THRESHOLD]]; "
            + "WEIGHTS = equal|gdp|population|capability, THRESHOLD a share in (0,1] or a fraction such as 2/3 "
            + "(e.g. opt-out:3, qualified-majority:2/3, weighted-majority:gdp:0.6). A threshold is 'at least that share': "
            + "of 6 members 2/3 needs 4 votes, 0.67 needs 5 (0.67 x 6 = 4.02, rounded up); write 2/3 for two thirds";

    private static final Map<String, Set<String>> FIELDS = Map.of(
            "unanimity", Set.of("type"),
            "consensus-minus-one", Set.of("type"),
            "simple-majority", Set.of("type"),
            "opt-out", Set.of("type", "minParticipants"),
            "qualified-majority", Set.of("type", "threshold", "weights"),
            "weighted-majority", Set.of("type", "threshold", "weights"));
    private static final Set<String> ALL_FIELDS = Set.of("type", "minParticipants", "threshold", "weights");

    /**
     * Reads the rule at {@code pointer} (a JSON pointer into {@code tree}, used for error locations) whose value is
     * {@code node}.
     */
    public static DecisionRule read(InputTree tree, String pointer, JsonNode node) throws InputException {
        if (node == null || node.isNull() || node.isMissingNode()) throw tree.error(pointer, "missing rule; expected one of " + String.join(", ", TYPES));
        if (node.isTextual()) return build(tree, pointer, pointer, node.asText(), null);
        if (!node.isObject()) {
            throw tree.error(pointer, "expected a rule name (" + String.join(", ", TYPES)
                    + ") or a mapping with 'type', got " + InputTypes.describe(node));
        }
        JsonNode type = node.get("type");
        if (type == null || type.isNull()) {
            throw tree.error(pointer, "missing required field 'type' (one of " + String.join(", ", TYPES) + ")");
        }
        if (!type.isTextual()) throw tree.error(pointer + "/type", "expected a rule name, got " + InputTypes.describe(type));
        return build(tree, pointer, pointer + "/type", type.asText(), node);
    }

    private static DecisionRule build(InputTree tree, String ptr, String typePtr, String type, JsonNode obj)
            throws InputException {
        if (!FIELDS.containsKey(type)) {
            throw tree.error(typePtr, "unknown rule '" + type + "'" + Suggest.didYouMean(type, TYPES)
                    + "; valid rules: " + String.join(", ", TYPES));
        }
        Set<String> allowed = FIELDS.get(type);
        if (obj != null) {
            for (Iterator<String> it = obj.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (allowed.contains(f)) continue;
                String where = ptr + "/" + f.replace("~", "~0").replace("/", "~1");
                if (ALL_FIELDS.contains(f)) {
                    throw tree.error(where, "field '" + f + "' does not apply to rule '" + type + "' (its fields: "
                            + String.join(", ", sorted(allowed)) + ")");
                }
                throw tree.error(where, "unknown field '" + f + "'" + Suggest.didYouMean(f, allowed)
                        + "; valid fields for '" + type + "': " + String.join(", ", sorted(allowed)));
            }
        }
        switch (type) {
            case "unanimity": return new DecisionRule.Unanimity();
            case "consensus-minus-one": return new DecisionRule.ConsensusMinusOne();
            case "simple-majority": return new DecisionRule.SimpleMajority();
            case "opt-out": {
                int min = DEFAULT_MIN_PARTICIPANTS;
                JsonNode m = obj == null ? null : obj.get("minParticipants");
                if (m != null && !m.isNull()) {
                    if (!m.isIntegralNumber() || !m.canConvertToInt()) {
                        throw tree.error(ptr + "/minParticipants", "expected an integer >= 1, got " + InputTypes.describe(m));
                    }
                    min = m.asInt();
                    if (min < 1) throw tree.error(ptr + "/minParticipants", "expected an integer >= 1, got " + min);
                }
                return new DecisionRule.OptOut(min);
            }
            default: {
                boolean qm = type.equals("qualified-majority");
                double t = qm ? DEFAULT_QM_THRESHOLD : DEFAULT_WM_THRESHOLD;
                Weighting w = qm ? Weighting.EQUAL : Weighting.GDP;
                JsonNode tn = obj == null ? null : obj.get("threshold");
                if (tn != null && !tn.isNull()) {
                    if (tn.isTextual() && Shares.isFraction(tn.asText())) {
                        try {
                            t = Shares.parse(tn.asText());
                        } catch (IllegalArgumentException e) {
                            throw tree.error(ptr + "/threshold", "expected a number in (0, 1] or a fraction such as 2/3: " + e.getMessage());
                        }
                    } else if (!tn.isNumber()) {
                        throw tree.error(ptr + "/threshold", "expected a number in (0, 1] or a fraction such as 2/3, got "
                                + InputTypes.describe(tn));
                    } else {
                        t = tn.asDouble();
                    }
                    if (!(t > 0 && t <= 1)) throw tree.error(ptr + "/threshold", "expected a number in (0, 1], got " + tn.asText());
                }
                JsonNode wn = obj == null ? null : obj.get("weights");
                if (wn != null && !wn.isNull()) {
                    if (!wn.isTextual()) throw tree.error(ptr + "/weights", "expected one of " + String.join(", ", WEIGHTS) + ", got " + InputTypes.describe(wn));
                    if (!WEIGHTS.contains(wn.asText())) {
                        throw tree.error(ptr + "/weights", "unknown weights '" + wn.asText() + "'"
                                + Suggest.didYouMean(wn.asText(), WEIGHTS) + "; valid: " + String.join(", ", WEIGHTS));
                    }
                    w = Weighting.valueOf(wn.asText().toUpperCase(Locale.ROOT));
                }
                return qm ? new DecisionRule.QualifiedMajority(t, w) : new DecisionRule.WeightedMajority(w, t);
            }
        }
    }

    /**
     * Parses a {@code --rule} value, see {@link #CLI_SYNTAX}.
     *
     * @throws IllegalArgumentException with a message fit for the user
     */
    public static DecisionRule parseCli(String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("empty rule; expected " + CLI_SYNTAX);
        String[] p = text.trim().split(":", -1);
        String type = p[0];
        if (!FIELDS.containsKey(type)) {
            throw new IllegalArgumentException("unknown rule '" + type + "'" + Suggest.didYouMean(type, TYPES)
                    + "; valid rules: " + String.join(", ", TYPES));
        }
        int maxParts = switch (type) {
            case "opt-out" -> 2;
            case "qualified-majority", "weighted-majority" -> 3;
            default -> 1;
        };
        if (p.length > maxParts) {
            throw new IllegalArgumentException("too many parts in rule '" + text + "'; expected " + CLI_SYNTAX);
        }
        switch (type) {
            case "unanimity": return new DecisionRule.Unanimity();
            case "consensus-minus-one": return new DecisionRule.ConsensusMinusOne();
            case "simple-majority": return new DecisionRule.SimpleMajority();
            case "opt-out": {
                if (p.length == 1) return new DecisionRule.OptOut(DEFAULT_MIN_PARTICIPANTS);
                int min;
                try {
                    min = Integer.parseInt(p[1]);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("opt-out: minimum participants must be an integer >= 1, got '" + p[1] + "'");
                }
                if (min < 1) throw new IllegalArgumentException("opt-out: minimum participants must be an integer >= 1, got " + min);
                return new DecisionRule.OptOut(min);
            }
            case "qualified-majority": {
                double t = p.length > 1 ? threshold(type, p[1]) : DEFAULT_QM_THRESHOLD;
                Weighting w = p.length > 2 ? weights(type, p[2]) : Weighting.EQUAL;
                return new DecisionRule.QualifiedMajority(t, w);
            }
            default: {
                Weighting w = p.length > 1 ? weights(type, p[1]) : Weighting.GDP;
                double t = p.length > 2 ? threshold(type, p[2]) : DEFAULT_WM_THRESHOLD;
                return new DecisionRule.WeightedMajority(w, t);
            }
        }
    }

    /** The {@code --rule} spelling of a rule (inverse of {@link #parseCli}), e.g. {@code weighted-majority:gdp:0.6}. */
    public static String toCli(DecisionRule r) {
        if (r instanceof DecisionRule.OptOut o) return "opt-out:" + o.minParticipants();
        if (r instanceof DecisionRule.QualifiedMajority q) {
            return "qualified-majority:" + num(q.threshold()) + (q.weights() == Weighting.EQUAL ? "" : ":" + name(q.weights()));
        }
        if (r instanceof DecisionRule.WeightedMajority w) return "weighted-majority:" + name(w.weights()) + ":" + num(w.threshold());
        return r.type();
    }

    private static String name(Weighting w) { return w.name().toLowerCase(Locale.ROOT); }

    /** "2/3" for two thirds, else the decimal as written ("0.67"); parses back to the same value. */
    private static String num(double t) {
        String s = Shares.text(t);
        if (Shares.isFraction(s)) return s;
        String exact = Double.toString(t);   // the full value, so that toCli is the inverse of parseCli
        return exact.endsWith(".0") ? exact.substring(0, exact.length() - 2) : exact;
    }

    private static double threshold(String type, String s) {
        double t;
        try {
            t = Shares.parse(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(type + ": threshold must be a number in (0, 1] or a fraction such as 2/3, got '" + s + "'");
        }
        if (!(t > 0 && t <= 1)) throw new IllegalArgumentException(type + ": threshold must be a number in (0, 1], got " + s);
        return t;
    }

    private static Weighting weights(String type, String s) {
        if (!WEIGHTS.contains(s)) {
            throw new IllegalArgumentException(type + ": unknown weights '" + s + "'" + Suggest.didYouMean(s, WEIGHTS)
                    + "; valid: " + String.join(", ", WEIGHTS));
        }
        return Weighting.valueOf(s.toUpperCase(Locale.ROOT));
    }

    private static List<String> sorted(Set<String> s) {
        List<String> l = new ArrayList<>(new LinkedHashSet<>(s));
        l.sort(null);
        return l;
    }
}
