package org.scosim.model;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.scosim.io.ScenarioReader;
import org.scosim.scenario.Seeds;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * One replication of a scenario, the model alone (no measures, no rows), as {@code scosim bench --cases model}
 * measures it: the basis shared, a new seed each time. Run with {@code scripts/jmh.sh Replication}, or
 * {@code -p scenario=FILE} for another scenario.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReplicationBenchmark {
    @Param("scenarios/sco-baseline.yaml")
    public String scenario;

    private ModelBasis basis;
    private long master;
    private int replication;

    @Setup
    public void setUp() throws Exception {
        var sc = ScenarioReader.read(Path.of(scenario)).scenario();
        basis = ModelBasis.of(sc);
        master = sc.seed();
    }

    @Benchmark
    public int replication() {
        ScoModel m = new ScoModel(basis, Seeds.replication(master, replication++ & 0xffff));
        m.runToEnd();
        return m.agreements().size() + m.bordersSettled();
    }
}
