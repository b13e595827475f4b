package org.scosim.experiment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Hand-worked clocks: a window of 100 ms, quiet below 25 ms of compiling in it. */
class CompilerWarmUpTest {
    private final AtomicLong nanos = new AtomicLong(5_000_000_000L);
    private final AtomicLong compiled = new AtomicLong(1_000);

    private CompilerWarmUp warmUp(AtomicBoolean quiet) {
        return new CompilerWarmUp(compiled::get, nanos::get, quiet, 1);
    }

    private void advance(long millis, long compiling) {
        nanos.addAndGet(millis * 1_000_000L);
        compiled.addAndGet(compiling);
    }

    @ParameterizedTest(name = "{0} ms of wall time, {1} ms compiling: {2} workers")
    @CsvSource({
            "50, 0, 1",      // the window is not over: still narrow, whatever the compiler did
            "99, 0, 1",
            "100, 24, 8",    // 24% of the window: quiet
            "100, 25, 1",    // a quarter: still busy
            "100, 90, 1",
            "200, 49, 8",    // 24.5%
            "200, 150, 1",   // two compiler threads can add up to more than the wall time
            "200, 400, 1",
    })
    void oneWindow(long millis, long compiling, int workers) {
        CompilerWarmUp w = warmUp(new AtomicBoolean());
        advance(millis, compiling);
        assertEquals(workers, w.workers(8));
    }

    /**
     * Windows one after another, each "wall ms/compiling ms=workers": a busy window starts the next one afresh (its
     * compiling does not count there), and once quiet the JVM stays wide, even if compiling again.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "100/60=1 100/20=8",
            "100/60=1 50/0=1 60/0=8",
            "100/30=1 100/30=1 100/24=8",
            "100/0=8 100/100=8 100/100=8",
    })
    void windowsInTurn(String steps) {
        AtomicBoolean quiet = new AtomicBoolean();
        CompilerWarmUp w = warmUp(quiet);
        for (String step : steps.split(" ")) {
            String[] wall = step.split("[/=]");
            advance(Long.parseLong(wall[0]), Long.parseLong(wall[1]));
            assertEquals(Integer.parseInt(wall[2]), w.workers(8), step + " of " + steps);
        }
        assertEquals(steps.endsWith("=8"), quiet.get());
        // a later run of the same JVM starts wide once the compiler has been quiet
        assertEquals(quiet.get() ? 8 : 1, warmUp(quiet).workers(8));
    }

    @Test
    void withoutTheCompilersFigureNothingIsHeldBack() {
        CompilerWarmUp w = new CompilerWarmUp(null, nanos::get, new AtomicBoolean(), 1);
        assertEquals(8, w.workers(8));
        assertEquals(3, w.workers(3));
    }

    @Test
    void narrowNeverExceedsWide() {
        CompilerWarmUp w = new CompilerWarmUp(compiled::get, nanos::get, new AtomicBoolean(), 6);
        assertEquals(4, w.workers(4));
        assertFalse(w.workers(8) == 8);
    }
}
