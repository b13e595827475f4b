package org.scosim.experiment;

import org.scosim.io.ScenarioOverride;
import org.scosim.output.Num;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One {@code --vary PATH=VALUES} of a sweep. PATH is a scenario path as in {@link ScenarioOverride}; VALUES is
 * <ul>
 *   <li>a list {@code 0.5,0.67,0.8} (numbers) or {@code unanimity,opt-out} (names, any YAML scalars),</li>
 *   <li>a range {@code from:step:to}, inclusive of {@code to} within a float tolerance ({@code 0.01:0.01:0.1} gives
 *       ten values),</li>
 *   <li>a continuous range {@code min:max}, for a Latin hypercube only (as {@code sensitivity --factor} writes a
 *       range): any number from min to max, drawn by the design. It has no list of values.</li>
 * </ul>
 * Numbers are written with six significant digits ({@link Num#format}), and that text is both the value set in the
 * scenario and the value in the output tables, so a row of {@code sweep.csv} reproduces its run. A continuous
 * range's ends are taken at six significant digits too, so every value drawn, rounded so, lies between them.
 *
 * @param path       the dotted path
 * @param values     the values as text, in order, without repeats (none for a continuous range)
 * @param numeric    whether every value is a number
 * @param range      for a range: {from, step, to}; for a continuous range: {min, max}; else null
 * @param continuous whether the values are the continuous range {@code min:max}
 * @param text       the option as written
 */
public record VarySpec(String path, List<String> values, boolean numeric, double[] range, boolean continuous, String text) {
    public static final int MAX_VALUES = 100_000;
    private static final String NUMBER = "[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?";
    private static final Pattern NUM = Pattern.compile(NUMBER);
    private static final Pattern RANGE = Pattern.compile("\\s*(" + NUMBER + ")\\s*:\\s*(" + NUMBER + ")\\s*:\\s*(" + NUMBER + ")\\s*");
    private static final Pattern CONTINUOUS = Pattern.compile("\\s*(" + NUMBER + ")\\s*:\\s*(" + NUMBER + ")\\s*");

    /** Parses {@code PATH=VALUES}; IllegalArgumentException with a message naming the option when malformed. */
    public static VarySpec parse(String text) {
        String where = "--vary '" + text + "'";
        int eq = text.indexOf('=');
        if (eq <= 0) throw new IllegalArgumentException(where + ": expected PATH=VALUES, e.g. rule.threshold=0.5,0.67,0.8");
        String path = text.substring(0, eq).trim();
        String raw = text.substring(eq + 1).trim();
        if (raw.isEmpty()) throw new IllegalArgumentException(where + ": no values after '='");
        try {
            ScenarioOverride.parse(path + "=0");   // checks the path's syntax
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": bad path '" + path + "'; expected names separated by dots "
                    + "with optional [n] indexes, e.g. parameters.trustDecay or shocks[0].magnitude");
        }
        var m = RANGE.matcher(raw);
        if (m.matches()) {
            double from = Double.parseDouble(m.group(1)), step = Double.parseDouble(m.group(4)), to = Double.parseDouble(m.group(7));
            return range(path, from, step, to, text);
        }
        var c = CONTINUOUS.matcher(raw);
        if (c.matches()) return continuous(path, Double.parseDouble(c.group(1)), Double.parseDouble(c.group(4)), text);
        if (raw.contains(":") && !raw.contains(",")) {
            throw new IllegalArgumentException(where + ": a range is from:step:to with three numbers, e.g. 0.01:0.01:0.1 "
                    + "(or, for --design lhs, min:max with two, e.g. 0.01:0.1)");
        }
        LinkedHashSet<String> vals = new LinkedHashSet<>();
        boolean numeric = true;
        for (String part : raw.split(",", -1)) {
            String v = part.trim();
            if (v.isEmpty()) throw new IllegalArgumentException(where + ": empty value in the list (two commas, or a comma at an end)");
            if (NUM.matcher(v).matches()) {
                v = canonical(Double.parseDouble(v), where);
            } else {
                numeric = false;
            }
            vals.add(v);
        }
        if (vals.size() > MAX_VALUES) throw new IllegalArgumentException(where + ": more than " + MAX_VALUES + " values");
        return new VarySpec(path, List.copyOf(vals), numeric, null, false, text);
    }

    static VarySpec continuous(String path, double min, double max, String text) {
        String where = "--vary '" + text + "'";
        double lo = Double.parseDouble(canonical(min, where)), hi = Double.parseDouble(canonical(max, where));
        if (!(lo < hi)) {
            throw new IllegalArgumentException(where + ": the range min:max needs min below max"
                    + (min < max ? " at six significant digits (" + Num.format(lo) + " both)" : ", got " + Num.format(min)
                    + ":" + Num.format(max)));
        }
        return new VarySpec(path, List.of(), true, new double[] {lo, hi}, true, text);
    }

    static VarySpec range(String path, double from, double step, double to, String text) {
        String where = "--vary '" + text + "'";
        if (!Double.isFinite(from) || !Double.isFinite(step) || !Double.isFinite(to)) {
            throw new IllegalArgumentException(where + ": the range's numbers must be finite");
        }
        if (step == 0) throw new IllegalArgumentException(where + ": the step of from:step:to must not be 0");
        if ((to - from) / step < -1e-9) {
            throw new IllegalArgumentException(where + ": the range " + Num.format(from) + ":" + Num.format(step) + ":"
                    + Num.format(to) + " is empty; the step goes away from 'to'");
        }
        double count = Math.floor((to - from) / step + 1e-9) + 1;
        if (count > MAX_VALUES) throw new IllegalArgumentException(where + ": the range has more than " + MAX_VALUES + " values");
        LinkedHashSet<String> vals = new LinkedHashSet<>();
        BigDecimal f = new BigDecimal(Double.toString(from)), s = new BigDecimal(Double.toString(step));
        for (int i = 0; i < (int) count; i++) {
            vals.add(canonical(f.add(s.multiply(BigDecimal.valueOf(i))).doubleValue(), where));
        }
        return new VarySpec(path, List.copyOf(vals), true, new double[] {from, step, to}, false, text);
    }

    static String canonical(double v, String where) {
        if (!Double.isFinite(v)) throw new IllegalArgumentException(where + ": " + v + " is not a finite number");
        return Num.format(v);
    }

    /** Whether the values are the range from:step:to (then {@link #range} is {from, step, to}). */
    public boolean isRange() { return range != null && !continuous; }

    /**
     * The option after parsing, so that "0.50" and "0.5" agree: {@code path=v1,v2,...}, or {@code path=min:max} for
     * a continuous range.
     */
    public String canonicalText() {
        if (continuous) return path + "=" + Num.format(range[0]) + ":" + Num.format(range[1]);
        return path + "=" + String.join(",", values);
    }

    /** The override setting this parameter to a value. */
    public ScenarioOverride override(String value) {
        return ScenarioOverride.parse(path + "=" + value);
    }

    /** All values as numbers (only when {@link #numeric}). */
    public List<Double> numbers() {
        List<Double> out = new ArrayList<>();
        for (String v : values) out.add(Double.parseDouble(v));
        return out;
    }
}
