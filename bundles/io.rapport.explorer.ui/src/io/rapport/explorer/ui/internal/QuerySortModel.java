package io.rapport.explorer.ui.internal;

import io.rapport.explorer.core.InteractionQuery;

import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * NatTable's sort state is the query's order: a click on a header asks for the query sorted by that column
 * (ascending, descending, then back to the default order, newest first, which the headers always show), and
 * the store sorts. Nothing is sorted in memory, so there are no comparators.
 */
final class QuerySortModel implements ISortModel {
    private final Consumer<InteractionQuery> sortChanged;
    private InteractionQuery query = InteractionQuery.all();

    QuerySortModel(Consumer<InteractionQuery> sortChanged) {
        this.sortChanged = sortChanged;
    }

    /** The query whose order the headers show (set when the filters change). */
    void show(InteractionQuery current) {
        query = current;
    }

    private int sortedColumn() {
        return InteractionColumn.of(query.sortBy()).ordinal();
    }

    @Override
    public List<Integer> getSortedColumnIndexes() {
        int c = sortedColumn();
        return List.of(c);
    }

    @Override
    public boolean isColumnIndexSorted(int columnIndex) {
        return columnIndex == sortedColumn();
    }

    @Override
    public SortDirectionEnum getSortDirection(int columnIndex) {
        if (!isColumnIndexSorted(columnIndex)) {
            return SortDirectionEnum.NONE;
        }
        return query.ascending() ? SortDirectionEnum.ASC : SortDirectionEnum.DESC;
    }

    @Override
    public int getSortOrder(int columnIndex) {
        return isColumnIndexSorted(columnIndex) ? 0 : -1;
    }

    @SuppressWarnings("rawtypes")
    @Override
    public List<Comparator> getComparatorsForColumnIndex(int columnIndex) {
        return List.of();
    }

    @Override
    public Comparator<?> getColumnComparator(int columnIndex) {
        return null;
    }

    @Override
    public void sort(int columnIndex, SortDirectionEnum direction, boolean accumulate) {
        InteractionQuery sorted = switch (direction) {
            case ASC -> query.sortedBy(InteractionColumn.at(columnIndex).sortColumn(), true);
            case DESC -> query.sortedBy(InteractionColumn.at(columnIndex).sortColumn(), false);
            // the default order (newest first) is always shown: leaving it turns it round instead
            case NONE -> columnIndex == InteractionColumn.of(query.unsorted().sortBy()).ordinal()
                    ? query.sortedBy(query.unsorted().sortBy(), !query.ascending()) : query.unsorted();
        };
        query = sorted;
        sortChanged.accept(sorted);
    }

    @Override
    public void clear() {
        sort(0, SortDirectionEnum.NONE, false);
    }
}
