package org.scosim.scenario;

/**
 * How a shock on an observed driver (GDP, the oil price) relates to the data the scenario reads.
 * <ul>
 *   <li>{@code ADD}: the deviation comes on top of the path (a deeper crisis; or any shock where the path is a
 *       projection or inline anchors);</li>
 *   <li>{@code OBSERVED}: the deviation is already in the observed data; the shock changes nothing but names the
 *       event (and tables its policy response). Switching it off (GUI) acts as {@code REMOVE};</li>
 *   <li>{@code REMOVE}: the counterfactual: over the shock's time profile the observed path is replaced by the
 *       pre-shock path (docs/ODD.md, "Shocks on observed paths"); its response is not tabled.</li>
 * </ul>
 */
public enum ShockMode {
    ADD("add"), OBSERVED("observed"), REMOVE("remove");

    private final String label;

    ShockMode(String label) { this.label = label; }

    public String label() { return label; }
}
