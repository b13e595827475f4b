package org.scosim.scenario;

/**
 * A land border with a dispute: its status at the start year and, for historical runs, the year it was settled
 * ({@code settledIn}; 0 = the model decides when, from trust: docs/ODD.md 7.3).
 */
public record BorderSpec(String a, String b, BorderStatus status, int settledIn) implements java.io.Serializable {
    public BorderSpec(String a, String b, BorderStatus status) {
        this(a, b, status, 0);
    }

    public boolean prescribed() { return settledIn > 0; }

    public enum BorderStatus {
        OPEN("open"), NEGOTIATING("negotiating"), SETTLED("settled");

        private final String label;

        BorderStatus(String label) { this.label = label; }

        public String label() { return label; }

        public static BorderStatus fromLabel(String s) {
            for (BorderStatus v : values()) if (v.label.equals(s)) return v;
            return null;
        }
    }
}
