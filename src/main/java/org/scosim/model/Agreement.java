package org.scosim.model;

import org.scosim.scenario.Domain;

/**
 * An adopted agreement. Adoption binds its participants on paper; only the implemented share changes trade,
 * security and trust. An agreement that makes no progress for a while is left on paper.
 */
public final class Agreement implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    public enum Stage { ADOPTED, IMPLEMENTED, ON_PAPER }

    private final String id;
    private final Domain domain;
    private final double depth;
    private final boolean[] participants;
    private final int yearAdopted;
    private double implemented;
    private int lastProgressYear;
    private Stage stage = Stage.ADOPTED;

    Agreement(String id, Domain domain, double depth, boolean[] participants, int yearAdopted) {
        this.id = id;
        this.domain = domain;
        this.depth = depth;
        this.participants = participants.clone();
        this.yearAdopted = yearAdopted;
        this.lastProgressYear = yearAdopted;
    }

    public String id() { return id; }
    public Domain domain() { return domain; }
    /** Outcome position on the 0-100 scale. */
    public double depth() { return depth; }
    public boolean participates(int i) { return participants[i]; }
    public int yearAdopted() { return yearAdopted; }
    /** Implemented share, 0..1. */
    public double implemented() { return implemented; }
    public Stage stage() { return stage; }

    /** Adds progress; returns the share actually added. */
    double progress(double share, int year) {
        double add = Math.min(share, 1 - implemented);
        if (add > 0) {
            implemented += add;
            lastProgressYear = year;
            if (implemented >= 1 - 1e-9) {
                implemented = 1;
                stage = Stage.IMPLEMENTED;
            }
        }
        return add;
    }

    /** Marks the agreement as left on paper when it has stalled for {@code years}; true if it just happened. */
    boolean stallCheck(int year, int years) {
        if (stage == Stage.ADOPTED && year - lastProgressYear >= years) {
            stage = Stage.ON_PAPER;
            return true;
        }
        return false;
    }
}
