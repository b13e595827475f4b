package org.scosim.model;

import org.scosim.scenario.Domain;

import java.util.ArrayList;
import java.util.List;

/**
 * An adopted agreement. Adoption binds its signatories on paper; each signatory then implements it at its own pace
 * ("at a pace which is suitable for each member involved", Gao Fei 2010), and only implemented shares change trade,
 * security and trust. The agreement is in force once its signatories have implemented most of it, and left on paper
 * when, some years after adoption, they have implemented little of it.
 */
public final class Agreement implements java.io.Serializable {
    /** Rounding tolerance on implemented shares (numeric, not a mechanism). */
    static final double ROUNDING = 1e-12;
    private static final long serialVersionUID = 2L;

    /** ADOPTED = in progress, IMPLEMENTED = in force, ON_PAPER = left on paper. */
    public enum Stage {
        ADOPTED("in progress"), IMPLEMENTED("in force"), ON_PAPER("on paper");

        private final String label;

        Stage(String label) { this.label = label; }

        /** The status as agreements.csv writes it. */
        public String label() { return label; }
    }

    private final String id;
    private final String title;
    private final Domain domain;
    private final double depth;
    private final boolean[] participants;
    private int[] signatories;     // the participants' indices, ascending (loops over pairs of signatories)
    private final int yearAdopted;
    private final double fundingBnUsd;
    private final double[] progress;
    private final List<double[]> history = new ArrayList<>();
    private final List<Stage> stages = new ArrayList<>();
    private Stage stage = Stage.ADOPTED;
    private boolean progressed = true;   // progress changed since the last year's record

    Agreement(String id, String title, Domain domain, double depth, boolean[] participants, int yearAdopted,
              double fundingBnUsd) {
        this.id = id;
        this.title = title;
        this.domain = domain;
        this.depth = depth;
        this.participants = participants.clone();
        int k = 0;
        for (boolean b : participants) if (b) k++;
        this.signatories = new int[k];
        for (int i = 0, q = 0; i < participants.length; i++) if (participants[i]) signatories[q++] = i;
        this.yearAdopted = yearAdopted;
        this.fundingBnUsd = fundingBnUsd;
        this.progress = new double[participants.length];
    }

    public String id() { return id; }
    public String title() { return title; }
    public Domain domain() { return domain; }
    /** Outcome position on the proposal's 0-100 scale. */
    public double depth() { return depth; }
    public boolean participates(int i) { return participants[i]; }
    /** The signatories' indices, ascending. */
    int[] signatories() { return signatories; }
    /**
     * Takes {@code same}, an equal array that other agreements of the run share, as its signatories: a state then
     * recognizes a signatory set it has already weighed this year ({@link StatePolicy}).
     */
    void shareSignatories(int[] same) {
        if (!java.util.Arrays.equals(same, signatories)) throw new IllegalArgumentException("not the same signatories");
        signatories = same;
    }

    /** Whether signatory i has implemented all of its share. */
    boolean completedBy(int i) { return progress[i] >= 1; }
    public int yearAdopted() { return yearAdopted; }
    /** Money committed to carry it out, US$ bn. */
    public double fundingBnUsd() { return fundingBnUsd; }
    /** Share signatory i has implemented, 0..1 (0 for non-signatories). */
    public double progressOf(int i) { return progress[i]; }
    public Stage stage() { return stage; }

    /** Mean implemented share of the signatories, 0..1. */
    public double implemented() {
        double s = 0;
        int n = 0;
        for (int i = 0; i < progress.length; i++) {
            if (participants[i]) {
                s += progress[i];
                n++;
            }
        }
        return n == 0 ? 0 : s / n;
    }

    /** Signatories' implemented shares at the end of each year from adoption on (index 0 = year adopted). */
    public List<double[]> history() {
        List<double[]> out = new ArrayList<>(history.size());
        for (double[] h : history) out.add(h.clone());
        return out;
    }

    /** The years recorded since adoption: the length of {@link #history()}. */
    public int yearsRecorded() { return history.size(); }

    /** State {@code i}'s implemented share at the end of year {@code k} after adoption, as {@link #history()} holds it. */
    public double implementedIn(int k, int i) { return history.get(k)[i]; }

    /** The stage at the end of year {@code k} after adoption, as {@link #stages()} holds it. */
    public Stage stageIn(int k) { return stages.get(k); }

    /** Whether the shares at the end of year {@code k} after adoption are those of year {@code k - 1} (no progress). */
    public boolean unchangedIn(int k) {
        return k > 0 && history.get(k) == history.get(k - 1);
    }

    /** The stage at the end of each year from adoption on, parallel to {@link #history()}. */
    public List<Stage> stages() { return List.copyOf(stages); }

    /** Adds a signatory's progress; returns the share actually added. */
    double progress(int i, double share) {
        double add = Math.max(0, Math.min(share, 1 - progress[i]));
        if (add != 0) progressed = true;
        progress[i] += add;
        return add;
    }

    /** Sets the stage from the implemented shares; returns the stage it moved to, or null if unchanged. */
    Stage review(int year, int paperAfterYears, double paperShare, double inForceShare) {
        if (stage != Stage.ADOPTED) return null;
        double mean = implemented();
        if (mean >= inForceShare - ROUNDING) stage = Stage.IMPLEMENTED;
        else if (year - yearAdopted >= paperAfterYears && mean < paperShare) stage = Stage.ON_PAPER;
        return stage == Stage.ADOPTED ? null : stage;
    }

    /** Records the year's implemented shares (a year without progress shares the last year's record). */
    void endYear() {
        history.add(progressed ? progress.clone() : history.get(history.size() - 1));
        progressed = false;
        stages.add(stage);
    }
}
