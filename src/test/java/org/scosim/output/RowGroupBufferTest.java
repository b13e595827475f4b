package org.scosim.output;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * A row group holds each replication's text cells as they were written: the same String objects and missing cells in
 * their rows, and a cell made of parts as {@link RowGroupBuffer#PARTS} with its bytes in the column's arena, also
 * when a replication without such cells comes after one with them, in rows handed back and filled again.
 */
class RowGroupBufferTest {
    private static final List<RunColumn> NONE = List.of();
    /** The trade table's two partner columns, after run, replication, seed and year. */
    private static final int FIRST = 4, SECOND = 5;

    @Test
    void cellsOfPartsGoToTheArenaAndStringsStayTheSameObjects() {
        RowsPool pool = new RowsPool();
        ColumnRows.Kind[] kinds = ColumnRows.kindsOf(Tables.TRADE, NONE);
        String chn = new String("CHN"), rus = new String("RUS");

        ColumnRows one = pool.take(kinds, NONE, "r", 0, 1L, 4);
        one.start(2000).text(chn).open().part("KAZ".getBytes(StandardCharsets.US_ASCII)).part('+').partNum(2.5).num(1)
                .end();
        one.start(2001).text(chn).text(null).num(2).end();
        RowGroupBuffer g = new RowGroupBuffer(kinds, one, 16);
        g.add(one);
        one.release();

        // the next replication reuses the arrays and writes no parts: its cells are copied as they are
        ColumnRows two = pool.take(kinds, NONE, "r", 1, 2L, 4);
        assertSame(one, two);
        two.start(2000).text(rus).text(chn).num(3).end();
        g.add(two);

        assertEquals(3, g.rows());
        Object[] first = g.texts(FIRST), second = g.texts(SECOND);
        assertSame(chn, first[0]);
        assertSame(chn, first[1]);
        assertSame(rus, first[2]);
        assertSame(RowGroupBuffer.PARTS, second[0], "a cell made of parts is kept in the arena");
        assertEquals("KAZ+2.5", new String(Arrays.copyOfRange(g.arena(SECOND), g.partsOffset(SECOND, 0),
                g.partsOffset(SECOND, 0) + g.partsLength(SECOND, 0)), StandardCharsets.US_ASCII));
        assertNull(second[1], "a missing cell stays missing");
        assertSame(chn, second[2], "a String cell after the parts of an earlier replication");
        assertEquals(3.0, g.doubles(FIRST + 2)[2]);
    }
}
