package org.scosim.experiment.sensitivity;

import org.scosim.io.ScenarioOverride;
import org.scosim.output.Num;

import java.util.regex.Pattern;

/**
 * One {@code --factor PATH=MIN:MAX} of a sensitivity analysis: a scenario path (as in {@code sweep --vary} and
 * {@link ScenarioOverride}) varied uniformly over [MIN, MAX]. A unit-scale design value u becomes MIN + u (MAX - MIN),
 * written with six significant digits ({@link Num#format}); that text is the value the scenario receives and the
 * value the tables show.
 */
public record Factor(String path, double min, double max, String text) {
    private static final String NUMBER = "[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?";
    private static final Pattern RANGE = Pattern.compile("\\s*(" + NUMBER + ")\\s*:\\s*(" + NUMBER + ")\\s*");

    /** Parses {@code PATH=MIN:MAX}; IllegalArgumentException with a message naming the option when malformed. */
    public static Factor parse(String text) {
        String where = "--factor '" + text + "'";
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException(where + ": expected PATH=MIN:MAX, e.g. parameters.trustDecay=0.05:0.3");
        }
        String path = text.substring(0, eq).trim();
        try {
            ScenarioOverride.parse(path + "=0");   // checks the path's syntax
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": bad path '" + path + "'; expected names separated by dots "
                    + "with optional [n] indexes, e.g. parameters.trustDecay or shocks[0].magnitude");
        }
        var m = RANGE.matcher(text.substring(eq + 1));
        if (!m.matches()) {
            throw new IllegalArgumentException(where + ": expected a range MIN:MAX of two numbers after '=', e.g. 0.05:0.3");
        }
        double min = Double.parseDouble(m.group(1)), max = Double.parseDouble(m.group(4));
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException(where + ": the range's numbers must be finite");
        }
        if (!(max > min)) {
            throw new IllegalArgumentException(where + ": MIN must be below MAX, got " + Num.format(min) + ":" + Num.format(max));
        }
        return new Factor(path, min, max, text);
    }

    /** The value at unit-scale position {@code u} in [0, 1], as text. */
    public String value(double u) {
        return Num.format(u >= 1 ? max : min + u * (max - min));
    }

    public ScenarioOverride override(double u) {
        return ScenarioOverride.parse(path + "=" + value(u));
    }
}
