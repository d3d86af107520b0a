package io.rapport.explorer.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.explorer.core.AnsweredFilter;
import io.rapport.explorer.core.Direction;
import io.rapport.explorer.core.InteractionQuery;
import io.rapport.explorer.core.InteractionRow;
import io.rapport.explorer.core.ResponseStatus;
import io.rapport.explorer.core.SentimentFilter;
import io.rapport.explorer.core.SortColumn;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/** Filters, sorting and paging of the explorer on the hand-made {@link ExplorerProject}. */
class InteractionQueryTest {
    private static final InteractionQuery ALL = InteractionQuery.all();

    @RegisterExtension
    static final BrowsedProject PROJECT = BrowsedProject.handMade();

    @Test
    void everythingNewestFirstByDefault() throws Exception {
        assertEquals(17, PROJECT.interactions().count(ALL));
        assertEquals(ExplorerProject.OLDEST_FIRST.reversed(), ids(ALL));
        assertEquals("explorer-keywords@1", PROJECT.interactions().sentimentModel());
    }

    @Test
    void channelsKindsAndDates() throws Exception {
        assertEquals(List.of("p1", "p2", "p3", "o1"), ids(ALL.withChannels(Set.of("reddit")).sortedBy(
                SortColumn.CREATED_AT, true)));
        assertEquals(6, PROJECT.interactions().count(ALL.withChannels(Set.of("reddit", "google-play"))));
        assertEquals(List.of("g1"), ids(ALL.withKinds(Set.of("review"))));
        assertEquals(3, PROJECT.interactions().count(ALL.withKinds(Set.of("comment"))));
        // both days inclusive, UTC
        assertEquals(List.of("b1", "c2", "c3", "c4"), ids(ALL.withDates(LocalDate.parse("2025-01-02"),
                LocalDate.parse("2025-01-03")).sortedBy(SortColumn.CREATED_AT, true)));
        assertEquals(2, PROJECT.interactions().count(ALL.withDates(LocalDate.parse("2025-03-01"), null)));
        assertEquals(5, PROJECT.interactions().count(ALL.withDates(null, LocalDate.parse("2025-01-01"))));
        assertThrows(IllegalArgumentException.class,
                () -> ALL.withDates(LocalDate.parse("2025-01-02"), LocalDate.parse("2025-01-01")));
    }

    @Test
    void directionAndAnsweredFollowTheMetricDefinitions() throws Exception {
        assertEquals(Set.of("r1", "r1b", "r1c", "b1", "g1r"), Set.copyOf(ids(ALL.withDirection(Direction.OUTBOUND))));
        assertEquals(12, PROJECT.interactions().count(ALL.withDirection(Direction.INBOUND)));
        assertEquals(Set.of("c1", "c1b", "g1"), Set.copyOf(ids(ALL.withAnswered(AnsweredFilter.RESPONDED))));
        assertEquals(Set.of("c2", "p1"), Set.copyOf(ids(ALL.withAnswered(AnsweredFilter.UNANSWERED))));
        assertEquals(List.of("c2"), ids(ALL.withChannels(Set.of("x")).withDirection(Direction.INBOUND)
                .withAnswered(AnsweredFilter.UNANSWERED)));
    }

    @Test
    void sentimentClassesPartitionTheInteractions() throws Exception {
        // negative by score (c1, c4, p1) or by rating (g1, whose text scores -0.04: neutral by itself)
        assertEquals(Set.of("c1", "c4", "p1", "g1"), Set.copyOf(ids(ALL.withSentiment(SentimentFilter.NEGATIVE))));
        assertEquals(Set.of("c1b", "p3"), Set.copyOf(ids(ALL.withSentiment(SentimentFilter.POSITIVE))));
        assertEquals(11, PROJECT.interactions().count(ALL.withSentiment(SentimentFilter.NEUTRAL)));
        assertEquals(List.of("p1"), ids(ALL.withSentiment(SentimentFilter.NEGATIVE)
                .withAnswered(AnsweredFilter.UNANSWERED)));
    }

    @Test
    void searchIsACaseInsensitiveSubstringOfTextOrAuthor() throws Exception {
        // "Sorry Alice" in r1's text, alice as the author of c1 and c1b
        assertEquals(Set.of("r1", "c1", "c1b"), Set.copyOf(ids(ALL.withSearch("ALICE"))));
        assertEquals(List.of("g1r"), ids(ALL.withSearch("developer")));
        // LIKE wildcards are plain characters: "f_p" is not "f p" (p2's "off peak"), "%" is not everything
        assertEquals(List.of("c2"), ids(ALL.withSearch("f_p")));
        assertEquals(List.of("c2"), ids(ALL.withSearch("%")));
        assertEquals(List.of(), ids(ALL.withSearch("\\")));
        assertEquals(17, PROJECT.interactions().count(ALL.withSearch("   ")), "a blank search takes everything");
    }

    @Test
    void sortsByEachColumnWithMissingValuesLast() throws Exception {
        assertEquals(ExplorerProject.OLDEST_FIRST, ids(ALL.sortedBy(SortColumn.CREATED_AT, true)));
        assertEquals(List.of("c1", "c1b", "g1"), ids(ALL.sortedBy(SortColumn.FIRST_RESPONSE_MINUTES, true))
                .subList(0, 3));
        assertEquals(List.of("g1", "c1b", "c1"), ids(ALL.sortedBy(SortColumn.FIRST_RESPONSE_MINUTES, false))
                .subList(0, 3));
        // ties (the same author) by channel and source id
        assertEquals(List.of("b1", "r1b", "r1c"), ids(ALL.sortedBy(SortColumn.AUTHOR, true)).subList(0, 3));
        assertEquals(List.of("p1", "c2", "g1", "c1", "c1b"), ids(ALL.sortedBy(SortColumn.STATUS, true)).subList(0, 5));
        assertEquals(List.of("p1", "c1", "c4", "g1"), ids(ALL.sortedBy(SortColumn.SENTIMENT, true)).subList(0, 4));
        assertEquals(List.of("g1", "g1r"), ids(ALL.sortedBy(SortColumn.CHANNEL, true)).subList(0, 2));
        assertEquals("review", PROJECT.interactions().page(ALL.sortedBy(SortColumn.KIND, false), 0, 1).get(0).kind());
        // "@acmehelp my router…", "a", "b", "cheap", …
        assertEquals(List.of("c1", "loopA", "loopB", "c3"), ids(ALL.sortedBy(SortColumn.TEXT, true)).subList(0, 4));
        assertEquals(Set.of("r1", "r1b", "r1c", "b1", "g1r"), Set.copyOf(ids(ALL.sortedBy(SortColumn.DIRECTION,
                false)).subList(0, 5)));
    }

    @Test
    void pagesFollowEachOtherWithoutGapOrOverlap() throws Exception {
        InteractionQuery oldestFirst = ALL.sortedBy(SortColumn.CREATED_AT, true);
        List<String> paged = new ArrayList<>();
        for (long offset = 0; offset < 17; offset += 5) {
            List<InteractionRow> page = PROJECT.interactions().page(oldestFirst, offset, 5);
            assertEquals(Math.min(5, 17 - offset), page.size(), "page at " + offset);
            page.forEach(r -> paged.add(r.sourceId()));
        }
        assertEquals(ExplorerProject.OLDEST_FIRST, paged);
        assertTrue(PROJECT.interactions().page(oldestFirst, 17, 5).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> PROJECT.interactions().page(oldestFirst, -1, 5));
        assertThrows(IllegalArgumentException.class, () -> PROJECT.interactions().page(oldestFirst, 0, 0));
    }

    @Test
    void positionOfAnInteractionInTheQuery() throws Exception {
        InteractionQuery oldestFirst = ALL.sortedBy(SortColumn.CREATED_AT, true);
        assertEquals(OptionalLong.of(6), PROJECT.interactions().position(oldestFirst, "x", "c2"));
        assertEquals(OptionalLong.of(10), PROJECT.interactions().position(ALL, "x", "c2"));
        assertEquals(OptionalLong.empty(), PROJECT.interactions().position(oldestFirst.withChannels(Set.of("reddit")), "x", "c2"));
        assertEquals(OptionalLong.empty(), PROJECT.interactions().position(oldestFirst, "x", "nope"));
    }

    @Test
    void aRowCarriesTheFactsOfTheMetricDefinitions() throws Exception {
        InteractionRow c1 = PROJECT.interactions().page(ALL.withSearch("router"), 0, 1).get(0);
        assertEquals("c1", c1.sourceId());
        assertEquals(Instant.parse("2025-01-01T10:00:00Z"), c1.createdAt());
        assertEquals(ResponseStatus.RESPONDED, c1.status());
        assertEquals("r1", c1.responseId());
        assertEquals(Instant.parse("2025-01-01T10:20:00Z"), c1.responseAt());
        assertEquals(20.0, c1.firstResponseMinutes());
        assertEquals(-0.6, c1.sentiment());
        assertTrue(c1.negative());
        assertEquals("customer", c1.role());

        InteractionRow r1 = PROJECT.interactions().page(ALL.withSearch("dm us"), 0, 1).get(0);
        assertEquals(ResponseStatus.OURS, r1.status());
        assertEquals("staff", r1.role());
        assertEquals("support", r1.department());
        assertEquals("c1", r1.inReplyTo());
        assertEquals("c1", r1.threadId());

        InteractionRow g1 = PROJECT.interactions().page(ALL.withKinds(Set.of("review")), 0, 1).get(0);
        assertEquals(1, g1.rating());
        assertTrue(g1.negative(), "negative by its rating");
        assertEquals(ResponseStatus.NOT_ADDRESSED, PROJECT.interactions().page(ALL.withSearch("cheap"), 0, 1).get(0).status());
        assertEquals(ResponseStatus.UNANSWERED, PROJECT.interactions().page(ALL.withSearch("useless app"), 0, 1).get(0)
                .status());
        assertFalse(PROJECT.interactions().page(ALL.withSearch("cheap"), 0, 1).get(0).ours());
    }

    @Test
    void queriesAreValues() {
        InteractionQuery q = ALL.withChannels(Set.of("x")).withSearch("  Router ");
        assertEquals("Router", q.search());
        assertEquals("router", q.searchKey());
        assertEquals(q, ALL.withSearch("Router").withChannels(Set.of("x")));
        assertTrue(ALL.sortedBy(SortColumn.KIND, true).takesEverything());
        assertFalse(q.takesEverything());
        assertEquals("a\\%b\\_c\\\\", QuerySql.likeEscaped("a%b_c\\"));
    }

    private static List<String> ids(InteractionQuery query) throws Exception {
        return PROJECT.interactions().page(query, 0, 100).stream().map(InteractionRow::sourceId).toList();
    }
}
