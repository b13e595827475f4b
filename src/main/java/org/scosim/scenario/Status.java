package org.scosim.scenario;

/** A state's standing toward the organization. Only members vote; observers bargain without a vote. */
public enum Status {
    MEMBER("member"), OBSERVER("observer"), DIALOGUE_PARTNER("dialogue-partner"), OTHER("other");

    private final String label;

    Status(String label) { this.label = label; }

    public String label() { return label; }

    public static Status fromLabel(String s) {
        for (Status v : values()) if (v.label.equals(s)) return v;
        return null;
    }
}
