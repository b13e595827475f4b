package org.scosim.output;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * Typed rows handed back and filled again hold exactly what new rows filled the same way hold: the constants of the
 * new replication, its rows only, no text cell of the one before; rows of other column types are not handed out.
 */
class RowsPoolTest {
    private static final List<RunColumn> COLUMNS = List.of(new RunColumn("parameters.trustDecay", "0.05", true));

    private static void fill(ColumnRows r, int rows, String tag) {
        for (int k = 0; k < rows; k++) {
            r.start(2000 + k).text("CHN").text(tag + k).num(k * 1.5).end();
        }
    }

    @Test
    void rowsGivenBackAndFilledAgainAreNewRows() {
        RowsPool pool = new RowsPool();
        ColumnRows.Kind[] kinds = ColumnRows.kindsOf(Tables.TRADE, COLUMNS);
        ColumnRows first = pool.take(kinds, COLUMNS, "run-a", 0, 11L, 4);
        fill(first, 40, "first-");   // grows past its capacity
        first.release();
        ColumnRows again = pool.take(kinds, COLUMNS, "run-b", 1, 22L, 4);
        assertSame(first, again, "the arrays are handed out again");
        assertEquals(0, again.rows());
        for (int c = 0; c < again.width(); c++) {
            if (again.texts(c) != null) for (Object cell : again.texts(c)) assertNull(cell, "no text of the last replication");
        }
        fill(again, 3, "second-");
        ColumnRows fresh = new ColumnRows(kinds, COLUMNS, "run-b", 1, 22L, 4);
        fill(fresh, 3, "second-");
        assertEquals(fresh.rows(), again.rows());
        for (int c = 0; c < fresh.width(); c++) {
            assertEquals(fresh.constant(c), again.constant(c), "column " + c);
            if (fresh.constant(c) != null) continue;
            switch (fresh.kind(c)) {
                case DOUBLE -> assertArrayEquals(java.util.Arrays.copyOf(fresh.doubles(c), 3), java.util.Arrays.copyOf(again.doubles(c), 3));
                case TEXT -> assertArrayEquals(java.util.Arrays.copyOf(fresh.texts(c), 3), java.util.Arrays.copyOf(again.texts(c), 3));
                default -> assertArrayEquals(java.util.Arrays.copyOf(fresh.longs(c), 3), java.util.Arrays.copyOf(again.longs(c), 3));
            }
        }
    }

    @Test
    void rowsOfOtherColumnTypesAreNotHandedOutAndReleasingTwiceGivesBackOnce() {
        RowsPool pool = new RowsPool();
        ColumnRows.Kind[] trade = ColumnRows.kindsOf(Tables.TRADE, COLUMNS), other = ColumnRows.kindsOf(Tables.TRADE, List.of());
        ColumnRows r = pool.take(trade, COLUMNS, "run", 0, 1L, 16);
        r.release();
        r.release();   // the second does nothing: the rows are in the pool once
        ColumnRows s = pool.take(other, List.of(), "run", 1, 2L, 16);
        assertNotSame(r, s, "other column types get new rows");
        assertEquals(ColumnRows.kindsOf(Tables.TRADE, List.of()).length, s.width());
        new ColumnRows(Tables.TRADE, List.of(), "r", 0, 1, 16).release();   // rows made by hand go nowhere
    }
}
