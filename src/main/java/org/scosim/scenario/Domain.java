package org.scosim.scenario;

/** Field of cooperation a proposal belongs to. */
public enum Domain {
    SECURITY("security"), ECONOMY("economy"), ENERGY("energy"), CULTURE("culture"),
    INSTITUTIONS("institutions"), MEMBERSHIP("membership");

    private final String label;

    Domain(String label) { this.label = label; }

    public String label() { return label; }

    public static Domain fromLabel(String s) {
        for (Domain v : values()) if (v.label.equals(s)) return v;
        return null;
    }
}
