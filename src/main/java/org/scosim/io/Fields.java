package org.scosim.io;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Typed, checked access to the values of a merged scenario tree. Every failure is an {@link InputException} located
 * (through {@link Origins}) in the file that wrote the value, with the dotted field path.
 */
final class Fields {
    /** An allowed numeric interval, with its wording for messages. */
    record Range(double lo, boolean loOpen, double hi, boolean hiOpen) {
        static final Range PROBABILITY = new Range(0, false, 1, false);
        static final Range POSITIVE = new Range(0, true, Double.POSITIVE_INFINITY, true);
        static final Range NON_NEGATIVE = new Range(0, false, Double.POSITIVE_INFINITY, true);
        static final Range ANY = new Range(Double.NEGATIVE_INFINITY, true, Double.POSITIVE_INFINITY, true);

        boolean contains(double x) {
            return (loOpen ? x > lo : x >= lo) && (hiOpen ? x < hi : x <= hi);
        }

        String text() {
            boolean noLo = lo == Double.NEGATIVE_INFINITY, noHi = hi == Double.POSITIVE_INFINITY;
            if (noLo && noHi) return "a finite number";
            if (noHi) return "a number " + (loOpen ? "> " : ">= ") + fmt(lo);
            if (noLo) return "a number " + (hiOpen ? "< " : "<= ") + fmt(hi);
            return "a number in " + (loOpen ? "(" : "[") + fmt(lo) + ", " + fmt(hi) + (hiOpen ? ")" : "]");
        }

        private static String fmt(double v) { return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v); }
    }

    static final int MIN_YEAR = 1900, MAX_YEAR = 2100;

    private final Origins origins;

    Fields(Origins origins) { this.origins = origins; }

    static String at(String ptr, String key) { return ptr + "/" + Origins.escape(key); }

    static String at(String ptr, int index) { return ptr + "/" + index; }

    InputException error(String ptr, String message) { return origins.error(ptr, message); }

    /** The value of a field, or null when it is absent or empty. */
    static JsonNode get(JsonNode obj, String key) {
        JsonNode v = obj.get(key);
        return v == null || v.isNull() ? null : v;
    }

    JsonNode need(String ptr, JsonNode obj, String key) throws InputException {
        JsonNode v = get(obj, key);
        if (v == null) throw error(at(ptr, key), "missing required field '" + key + "'");
        return v;
    }

    /** Rejects fields other than the allowed ones, suggesting the nearest valid name. */
    void only(String ptr, JsonNode obj, Collection<String> allowed) throws InputException {
        for (Iterator<String> it = obj.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw error(at(ptr, k), "unknown field '" + k + "'" + didYouMean(k, allowed)
                        + "; valid fields here: " + String.join(", ", new TreeSet<>(allowed)));
            }
        }
    }

    void only(String ptr, JsonNode obj, String... allowed) throws InputException { only(ptr, obj, Set.of(allowed)); }

    static String didYouMean(String given, Collection<String> valid) {
        String s = Suggest.nearest(given, valid);
        return s == null ? "" : " (did you mean '" + s + "'?)";
    }

    JsonNode mapping(String ptr, JsonNode n) throws InputException {
        if (!n.isObject()) throw error(ptr, "expected a mapping of fields, got " + Describe.of(n));
        return n;
    }

    JsonNode list(String ptr, JsonNode n) throws InputException {
        if (!n.isArray()) throw error(ptr, "expected a list, got " + Describe.of(n));
        return n;
    }

    String text(String ptr, JsonNode n) throws InputException {
        if (!n.isTextual() || n.asText().isBlank()) throw error(ptr, "expected a text, got " + Describe.of(n));
        return n.asText();
    }

    boolean bool(String ptr, JsonNode n) throws InputException {
        if (!n.isBoolean()) throw error(ptr, "expected true or false, got " + Describe.of(n));
        return n.booleanValue();
    }

    long integer(String ptr, JsonNode n, long lo, long hi, String what) throws InputException {
        if (!n.isIntegralNumber() || !n.canConvertToLong() || n.longValue() < lo || n.longValue() > hi) {
            throw error(ptr, "expected " + what + " (a whole number from " + lo + " to " + hi + "), got " + Describe.of(n));
        }
        return n.longValue();
    }

    int year(String ptr, JsonNode n) throws InputException {
        return (int) integer(ptr, n, MIN_YEAR, MAX_YEAR, "a year");
    }

    double number(String ptr, JsonNode n, Range r) throws InputException {
        if (!n.isNumber() || !Double.isFinite(n.doubleValue()) || !r.contains(n.doubleValue())) {
            throw error(ptr, "expected " + r.text() + ", got " + Describe.of(n));
        }
        return n.doubleValue();
    }

    /** One of a fixed set of names (a status, a domain, a shock kind, ...). */
    <T> T choice(String ptr, JsonNode n, String what, Map<String, T> options) throws InputException {
        if (n.isTextual() && options.containsKey(n.asText())) return options.get(n.asText());
        String given = n.isTextual() ? "'" + n.asText() + "'" + didYouMean(n.asText(), options.keySet()) : Describe.of(n);
        throw error(ptr, "unknown " + what + " " + given + "; valid: " + String.join(", ", options.keySet()));
    }

    /** The ISO3 code of a state of the scenario (or, where {@code groups} is not empty, a group name). */
    String state(String ptr, JsonNode n, List<String> states, Set<String> groups) throws InputException {
        if (n.isTextual() && (states.contains(n.asText()) || groups.contains(n.asText()))) return n.asText();
        List<String> valid = new java.util.ArrayList<>(states);
        valid.addAll(new TreeSet<>(groups));
        String given = n.isTextual() ? "'" + n.asText() + "'" + didYouMean(n.asText(), valid) : Describe.of(n);
        throw error(ptr, "unknown state " + given + "; the scenario's states" + (groups.isEmpty() ? "" : " and groups")
                + ": " + String.join(", ", valid));
    }
}
