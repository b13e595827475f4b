package org.scosim.scenario;

/** A land border with a dispute: its status at the start year. */
public record BorderSpec(String a, String b, BorderStatus status) implements java.io.Serializable {
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
