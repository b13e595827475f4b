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
 * @param reader      reads the values of one year: one per subject (a state's ISO3, or "SCO" for the whole)
 */
public record Measure(String name, String description, String unit, Scope scope, Reader reader) {

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
