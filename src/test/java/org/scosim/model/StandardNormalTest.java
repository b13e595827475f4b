package org.scosim.model;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.descriptive.moment.Kurtosis;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Skewness;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The model's Gaussian draws against the standard normal law, and their dependence on the run's one generator. */
class StandardNormalTest {
    static final int N = 200_000;

    static double[] draws(StandardNormal z, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = z.next();
        return x;
    }

    @Test
    void drawsFollowTheStandardNormalLaw() {
        double[] x = draws(new StandardNormal(new MersenneTwisterFast(19960426)), N);
        // Kolmogorov-Smirnov against Commons Math's normal CDF: a shifted, scaled or uniform sample fails at this size
        assertTrue(new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new NormalDistribution(0, 1), x) > 0.001);
        double se = 1 / Math.sqrt(N);
        assertEquals(0, new Mean().evaluate(x), 4 * se);
        assertEquals(1, new Variance().evaluate(x), 4 * Math.sqrt(2.0) * se);
        assertEquals(0, new Skewness().evaluate(x), 4 * Math.sqrt(6.0) * se);
        assertEquals(0, new Kurtosis().evaluate(x), 4 * Math.sqrt(24.0) * se);
        // the tails, which the ziggurat draws by a separate branch: P(|z| > 3) = 0.0026998
        long beyond3 = java.util.Arrays.stream(x).filter(v -> Math.abs(v) > 3).count();
        double p = 2 * new NormalDistribution(0, 1).cumulativeProbability(-3);
        assertEquals(p * N, beyond3, 4 * Math.sqrt(p * N));
        assertTrue(java.util.Arrays.stream(x).anyMatch(v -> Math.abs(v) > 4), "some draw beyond 4 s.d. in 200,000");
    }

    @Test
    void theDrawsAreTheGeneratorsOwnAndNothingElses() {
        // the same seed gives the same draws; another seed other draws; the generator is advanced by them
        MersenneTwisterFast a = new MersenneTwisterFast(7), b = new MersenneTwisterFast(7);
        assertEquals(java.util.Arrays.toString(draws(new StandardNormal(a), 1000)),
                java.util.Arrays.toString(draws(new StandardNormal(b), 1000)));
        assertEquals(a.nextLong(), b.nextLong());
        assertNotEquals(draws(new StandardNormal(new MersenneTwisterFast(8)), 1)[0],
                draws(new StandardNormal(new MersenneTwisterFast(7)), 1)[0]);
        MersenneTwisterFast used = new MersenneTwisterFast(7), fresh = new MersenneTwisterFast(7);
        draws(new StandardNormal(used), 10);
        assertNotEquals(fresh.nextLong(), used.nextLong());
    }

    @Test
    void aSerializedCopyGoesOnDrawingTheSameNumbers() throws Exception {
        // the GUI's model copies (ModelCopies) serialize the model mid-run and must continue its stream
        StandardNormal z = new StandardNormal(new MersenneTwisterFast(42));
        draws(z, 1234);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(buf)) {
            out.writeObject(z);
        }
        StandardNormal copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(buf.toByteArray()))) {
            copy = (StandardNormal) in.readObject();
        }
        assertEquals(java.util.Arrays.toString(draws(z, 1000)), java.util.Arrays.toString(draws(copy, 1000)));
    }
}
