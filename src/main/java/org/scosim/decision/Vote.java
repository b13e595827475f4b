package org.scosim.decision;

/** How an actor stood on the outcome that was put to the vote. */
public enum Vote {
    /** Prefers the outcome to the status quo (or accepts it). */
    YES,
    /** Prefers the status quo; a veto where the rule gives one. */
    NO,
    /** Would have vetoed but stays out; not bound, neither gains nor pays (opt-out rule). */
    OPT_OUT,
    /** Bargains without a vote (observers, institutions). */
    NO_VOTE;

    private final String label = name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');

    /** How tables spell the vote: "yes", "no", "opt-out", "no-vote". */
    public String label() {
        return label;
    }
}
