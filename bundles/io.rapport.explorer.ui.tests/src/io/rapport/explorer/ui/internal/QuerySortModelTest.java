package io.rapport.explorer.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.explorer.core.InteractionQuery;
import io.rapport.explorer.core.SortColumn;

import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A header click is a query sorted in the store; the headers show the query's order. */
class QuerySortModelTest {
    private final List<InteractionQuery> asked = new ArrayList<>();
    private final QuerySortModel model = new QuerySortModel(asked::add);
    private final int created = InteractionColumn.CREATED.ordinal();
    private final int author = InteractionColumn.AUTHOR.ordinal();

    @Test
    void theDefaultOrderIsShownOnTheCreatedColumn() {
        assertEquals(List.of(created), model.getSortedColumnIndexes());
        assertEquals(SortDirectionEnum.DESC, model.getSortDirection(created));
        assertEquals(SortDirectionEnum.NONE, model.getSortDirection(author));
    }

    @Test
    void aClickSortsTheQueryByThatColumnKeepingItsFilters() {
        InteractionQuery filtered = InteractionQuery.all().withChannels(Set.of("x"));
        model.show(filtered);
        model.sort(author, SortDirectionEnum.ASC, false);
        assertEquals(List.of(filtered.sortedBy(SortColumn.AUTHOR, true)), asked);
        assertTrue(model.isColumnIndexSorted(author));
        assertFalse(model.isColumnIndexSorted(created));
        assertEquals(SortDirectionEnum.ASC, model.getSortDirection(author));

        model.sort(author, SortDirectionEnum.DESC, false);
        model.sort(author, SortDirectionEnum.NONE, false);
        assertEquals(filtered, asked.get(2), "the third click goes back to the default order");
    }

    @Test
    void leavingTheDefaultOrderTurnsItRound() {
        model.sort(created, SortDirectionEnum.NONE, false);
        assertEquals(InteractionQuery.all().sortedBy(SortColumn.CREATED_AT, true), asked.get(0));
        model.clear();
        assertEquals(InteractionQuery.all(), asked.get(1));
    }
}
