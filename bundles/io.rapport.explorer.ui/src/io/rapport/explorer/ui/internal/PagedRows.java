package io.rapport.explorer.ui.internal;

import io.rapport.explorer.core.InteractionQuery;
import io.rapport.explorer.core.InteractionRow;

import org.eclipse.nebula.widgets.nattable.data.IDataProvider;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * The table's rows: a window of pages of the current query, read on demand. A cell of a page that is not here
 * yet reads as a placeholder and asks for its page ({@code missing}); the least recently used pages are
 * dropped beyond {@link #CACHED_PAGES}. Used in the UI thread only.
 */
final class PagedRows implements IDataProvider {
    static final int PAGE_SIZE = 200;
    /** 50 pages: 10,000 rows, a few MB of text at most. */
    static final int CACHED_PAGES = 50;
    static final String PLACEHOLDER = "\u2026";

    private final LongConsumer missing;
    private final Map<Long, List<InteractionRow>> pages = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, List<InteractionRow>> eldest) {
            return size() > CACHED_PAGES;
        }
    };
    private InteractionQuery query;
    private long count;

    /** @param missing told the number of a page a cell needs and that is not here */
    PagedRows(LongConsumer missing) {
        this.missing = missing;
    }

    /** Starts over with the rows of another query (or project): {@code count} rows, none read yet. */
    void reset(InteractionQuery newQuery, long newCount) {
        query = newQuery;
        count = newCount;
        pages.clear();
    }

    /** The count of the current query's rows, once known (the pages read so far stay). */
    void setCount(InteractionQuery forQuery, long newCount) {
        if (forQuery.equals(query)) {
            count = newCount;
        }
    }

    void put(InteractionQuery forQuery, long page, List<InteractionRow> rows) {
        if (forQuery.equals(query)) {
            pages.put(page, List.copyOf(rows));
        }
    }

    InteractionQuery query() {
        return query;
    }

    long count() {
        return count;
    }

    boolean hasPage(long page) {
        return pages.containsKey(page);
    }

    /** The row at {@code index}, or {@code null} while its page is being read (which this asks for). */
    InteractionRow row(long index) {
        if (index < 0 || index >= count) {
            return null;
        }
        long page = index / PAGE_SIZE;
        List<InteractionRow> rows = pages.get(page);
        if (rows == null) {
            missing.accept(page);
            return null;
        }
        int offset = (int) (index % PAGE_SIZE);
        return offset < rows.size() ? rows.get(offset) : null;
    }

    @Override
    public Object getDataValue(int columnIndex, int rowIndex) {
        InteractionRow row = row(rowIndex);
        return row == null ? PLACEHOLDER : InteractionColumn.at(columnIndex).text(row);
    }

    @Override
    public void setDataValue(int columnIndex, int rowIndex, Object newValue) {
        throw new UnsupportedOperationException("the interactions are read-only");
    }

    @Override
    public int getColumnCount() {
        return InteractionColumn.values().length;
    }

    /** NatTable counts rows in an int: a larger result shows its first 2^31 - 1 rows. */
    @Override
    public int getRowCount() {
        return (int) Math.min(Integer.MAX_VALUE, count);
    }
}
