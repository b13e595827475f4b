package org.scosim.output;

import org.scosim.model.ScoModel;

/**
 * A named quantity read off the model once a year. Measures are data: {@link Measures#STANDARD} lists them, and
 * the collector turns each value into a tidy row {@code run,replication,seed,year,measure,subject,value}.
 *
 * @param name        column value in the {@code measure} column, snake_case with its unit
 * @param description what it is, for reports and plot titles
 * @param unit        unit for axis labels
 * @param scope       whether the values are one for the organization ("SCO") or one per state
 * @param range       the values the measure can take; confidence intervals of its mean stay inside it
 * @param reader      reads the values of one year: one per subject (a state's ISO3, or "SCO" for the whole)
 */
public record Measure(String name, String description, String unit, Scope scope, Range range, Reader reader) {

    /** A measure that can take any value. */
    public Measure(String name, String description, String unit, Scope scope, Reader reader) {
        this(name, description, unit, scope, Range.ANY, reader);
    }

    /** The closed interval [min, max] a measure's values lie in (infinite ends for no bound). */
    public record Range(double min, double max) {
        public static final Range ANY = new Range(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        /** Counts and amounts. */
        public static final Range NON_NEGATIVE = new Range(0, Double.POSITIVE_INFINITY);
        /** Trust, exposure and other shares. */
        public static final Range SHARE = new Range(0, 1);

        /** {@code v} moved into the range. */
        public double clip(double v) {
            return Double.isNaN(v) ? v : Math.max(min, Math.min(max, v));
        }
    }

    /** One value for the organization as a whole (subject "SCO"), or one per state (subject: ISO3). */
    public enum Scope { ORGANIZATION, STATES }

    @FunctionalInterface
    public interface Reader {
        void read(ScoModel model, Sink sink);
    }

    @FunctionalInterface
    public interface Sink {
        void value(String subject, double value);
    }
}
