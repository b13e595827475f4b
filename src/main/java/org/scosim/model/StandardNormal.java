package org.scosim.model;

import ec.util.MersenneTwisterFast;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

import java.io.Serializable;

/**
 * Standard normal draws from the run's one generator (MASON's {@code state.random}), by the ziggurat method of
 * Commons RNG: almost always one 64-bit output a value, where MASON's polar method takes five 32-bit outputs and a
 * logarithm for every two. The sampler holds no state beyond the generator, so a serialized model (the GUI's
 * replays) rebuilds it on its first draw and goes on drawing the same numbers.
 */
final class StandardNormal implements Serializable {
    private static final long serialVersionUID = 1L;

    private final MersenneTwisterFast random;
    private transient ZigguratSampler.NormalizedGaussian sampler;

    StandardNormal(MersenneTwisterFast random) {
        this.random = random;
    }

    double next() {
        if (sampler == null) sampler = ZigguratSampler.NormalizedGaussian.of(new Bits(random));
        return sampler.sample();
    }

    /** The generator's 64-bit outputs, as Commons RNG asks for them. */
    private record Bits(MersenneTwisterFast random) implements UniformRandomProvider {
        @Override
        public long nextLong() { return random.nextLong(); }
    }
}
