package org.scosim.model;

/** Sees the model once a year, after every phase has run (the measures phase). */
@FunctionalInterface
public interface YearObserver {
    void observe(ScoModel model);
}
