package io.rapport.explorer.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.explorer.core.Direction;
import io.rapport.explorer.core.InteractionQuery;
import io.rapport.explorer.core.InteractionRow;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/** The table's window of pages: what it asks for, what it keeps, what it drops. */
class PagedRowsTest {
    private static final InteractionQuery ALL = InteractionQuery.all();

    private final List<Long> asked = new ArrayList<>();
    private final PagedRows rows = new PagedRows(asked::add);

    @Test
    void aMissingRowReadsAsAPlaceholderAndAsksForItsPage() {
        rows.reset(ALL, 450);
        assertEquals(450, rows.getRowCount());
        assertNull(rows.row(0));
        assertEquals(PagedRows.PLACEHOLDER, rows.getDataValue(InteractionColumn.TEXT.ordinal(), 250));
        assertEquals(List.of(0L, 1L), asked);
        assertNull(rows.row(450), "past the end");
        assertEquals(List.of(0L, 1L), asked, "nothing asked for past the end");
    }

    @Test
    void aPageThatArrivedIsRead() {
        rows.reset(ALL, 450);
        rows.put(ALL, 1, page(200, 200));
        assertEquals("m250", rows.row(250).sourceId());
        assertEquals("text of m250", rows.getDataValue(InteractionColumn.TEXT.ordinal(), 250));
        assertEquals("x", rows.getDataValue(InteractionColumn.CHANNEL.ordinal(), 250));
        assertTrue(asked.isEmpty());
    }

    @Test
    void pagesOfAnotherQueryAreDropped() {
        rows.reset(ALL, 450);
        InteractionQuery other = ALL.withChannels(Set.of("x"));
        rows.put(other, 0, page(0, 200));
        rows.setCount(other, 3);
        assertFalse(rows.hasPage(0));
        assertEquals(450, rows.count());
    }

    @Test
    void theCountArrivesAfterTheFirstPage() {
        rows.reset(ALL, 200);
        rows.put(ALL, 0, page(0, 200));
        rows.setCount(ALL, 1_000_000);
        assertEquals(1_000_000, rows.getRowCount());
        assertEquals("m199", rows.row(199).sourceId(), "the first page stays");
    }

    @Test
    void theLeastRecentlyReadPagesAreDroppedBeyondTheWindow() {
        rows.reset(ALL, 1_000_000);
        for (long p = 0; p <= PagedRows.CACHED_PAGES; p++) {
            rows.put(ALL, p, page((int) p * 200, 200));
            if (p == 10) {
                rows.row(0); // page 0 read again: page 1 is now the least recently read
            }
        }
        assertTrue(rows.hasPage(0));
        assertFalse(rows.hasPage(1));
        assertTrue(rows.hasPage(PagedRows.CACHED_PAGES));
    }

    @Test
    void aCountBeyondWhatNatTableCountsIsCut() {
        rows.reset(ALL, 3_000_000_000L);
        assertEquals(Integer.MAX_VALUE, rows.getRowCount());
        assertEquals(3_000_000_000L, rows.count());
    }

    static List<InteractionRow> page(int first, int size) {
        return IntStream.range(first, first + size).mapToObj(i -> new InteractionRow("x", "m" + i, "post",
                Instant.parse("2025-01-01T00:00:00Z").plusSeconds(i), "user" + i, null, "customer", null,
                Direction.INBOUND, "text of m" + i, 0.0, false, false, null, null, null, null, null, null, null))
                .toList();
    }
}
