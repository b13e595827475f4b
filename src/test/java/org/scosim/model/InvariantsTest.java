package org.scosim.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The invariants catch a broken state (the model checks them itself at the end of every year, ScoModel.start). */
class InvariantsTest {
    @Test
    void aNonFiniteTradeFlowIsCaught() {
        ScoModel m = new ScoModel(Fixtures.small(), 1);
        m.start();
        m.schedule.step(m);
        assertDoesNotThrow(() -> Invariants.check(m));
        m.setTradeAbove(0, 1, Double.NaN);
        m.mirrorTrade();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Invariants.check(m));
        assertTrue(e.getMessage().contains("trade"), e.getMessage());
    }
}
