package org.scosim.model;

import ec.util.MersenneTwisterFast;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * One standard normal draw from MASON's generator: its own polar method ({@code nextGaussian}) against the model's
 * ziggurat ({@link StandardNormal}), and the uniform outputs they are made of. Run with {@code scripts/jmh.sh
 * NormalDraws}; docs/performance.md has the figures.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class NormalDrawsBenchmark {
    private MersenneTwisterFast random;
    private StandardNormal normal;

    @Setup
    public void setUp() {
        random = new MersenneTwisterFast(19960426);
        normal = new StandardNormal(random);
    }

    @Benchmark
    public double polar() { return random.nextGaussian(); }

    @Benchmark
    public double ziggurat() { return normal.next(); }

    @Benchmark
    public long uniform64() { return random.nextLong(); }

    @Benchmark
    public double uniformDouble() { return random.nextDouble(); }
}
