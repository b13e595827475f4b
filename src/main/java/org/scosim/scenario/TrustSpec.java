package org.scosim.scenario;

import java.util.List;

/** Trust at the start year: a default for every ordered pair and symmetric values for named pairs. */
public record TrustSpec(double initial, List<PairTrust> pairs) implements java.io.Serializable {
    public TrustSpec {
        pairs = List.copyOf(pairs);
    }

    /** Trust between the states of group {@code a} and those of group {@code b} (ISO3 codes), both ways. */
    public record PairTrust(List<String> a, List<String> b, double value) implements java.io.Serializable {
        public PairTrust {
            a = List.copyOf(a);
            b = List.copyOf(b);
        }
    }
}
