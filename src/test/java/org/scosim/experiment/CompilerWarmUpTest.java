package org.scosim.experiment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void aBusyWindowStartsTheNext() {
        AtomicBoolean quiet = new AtomicBoolean();
        CompilerWarmUp w = warmUp(quiet);
        advance(100, 60);
        assertEquals(1, w.workers(8));
        // 60 ms of the first window do not count in the second: 20 of 100 ms is quiet
        advance(100, 20);
        assertEquals(8, w.workers(8));
        assertTrue(quiet.get());
    }

    @Test
    void onceQuietEveryLaterRunStartsWide() {
        AtomicBoolean quiet = new AtomicBoolean();
        CompilerWarmUp first = warmUp(quiet);
        advance(100, 0);
        assertEquals(8, first.workers(8));
        advance(100, 100);   // compiling again: the JVM stays warm
        assertEquals(8, first.workers(8));
        assertEquals(8, warmUp(quiet).workers(8));
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
