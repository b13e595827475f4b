package org.scosim.model;

/** Keeping a level in [0, 1], as {@code Math.max(0.0, Math.min(1.0, v))} does, with two comparisons. */
final class Clamp {
    private Clamp() {}

    /**
     * {@code Math.max(0.0, Math.min(1.0, v))} for every double, -0.0 and NaN included (-0.0 becomes 0.0, NaN stays
     * NaN), in comparisons the JIT compiles to two branches instead of the min/max blend sequences.
     */
    static double unit(double v) {
        return v <= 0.0 ? 0.0 : v >= 1.0 ? 1.0 : v;
    }
}
