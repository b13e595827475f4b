package org.scosim.decision;

/** How votes are weighted by weighted rules. */
public enum Weighting {
    EQUAL, GDP, POPULATION, CAPABILITY
}
