package io.rapport.hierarchy.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.store.ProjectStore;
import io.rapport.core.survey.Segment;
import io.rapport.hierarchy.core.EngagementHierarchy;
import io.rapport.hierarchy.core.RespondentPage;
import io.rapport.hierarchy.core.RespondentQuery;
import io.rapport.hierarchy.core.RespondentQuery.Order;
import io.rapport.testsupport.RapportServices;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The respondents table's pages on the hand-made survey of {@link HandSurvey}. Under the cumulative rule the
 * levels reached are A 3, B 1, C 0, D 0, E 0, G 0, H 0, I 1, J 0 and F is not scored (m1 blank after passing
 * the base); A is fully engaged, D and J actively disengaged, the others not engaged.
 */
class RespondentsTest {
    private static final RapportServices SERVICES = RapportServices.forTest(RespondentsTest.class);
    @TempDir
    static Path dir;
    private static ProjectStore store;
    private static EngagementHierarchy hierarchy;

    @BeforeAll
    static void survey() throws Exception {
        store = HandSurvey.project(SERVICES, dir);
        hierarchy = HandSurvey.hierarchy(SERVICES);
    }

    @AfterAll
    static void close() {
        store.close();
        SERVICES.close();
    }

    private static RespondentPage page(String rule, Segment segment, boolean notScored, String search, Order order,
            boolean descending, long offset, int limit) throws Exception {
        return hierarchy.respondents(store, new RespondentQuery(rule, segment, notScored, search, order, descending,
                offset, limit), new NullProgressMonitor());
    }

    private static List<String> ids(RespondentPage page) {
        return page.rows().stream().map(RespondentPage.Row::respondentId).toList();
    }

    @Test
    void pagesFollowTheSurveysOrderWithEachRespondentsResultAnswersAndAttributes() throws Exception {
        RespondentPage first = page(null, null, false, null, Order.SURVEY, false, 0, 4);
        assertEquals("cumulative", first.rule());
        assertEquals(10, first.matching());
        assertEquals(List.of("A", "B", "C", "D"), ids(first));
        assertEquals(List.of("b1", "b2", "m1", "m2", "t1"), first.items());
        assertEquals(List.of("region"), first.attributes());

        RespondentPage.Row a = first.rows().get(0);
        assertEquals(3, a.reached());
        assertEquals("top", a.levelId());
        assertEquals(Segment.FULLY_ENGAGED, a.segment());
        assertEquals(2, a.sourceRow(), "the header is row 1");
        // answers as given: m2 is stored as answered (1), not as scored (5)
        assertEquals(Map.of("b1", 5, "b2", 5, "m1", 5, "m2", 1, "t1", 5), a.answers());
        assertEquals(Map.of("region", "north"), a.attributes());
        RespondentPage.Row d = first.rows().get(3);
        assertEquals(0, d.reached());
        assertNull(d.levelId(), "reached no level");
        assertEquals(Segment.ACTIVELY_DISENGAGED, d.segment());

        RespondentPage second = page(null, null, false, null, Order.SURVEY, false, 4, 4);
        assertEquals(List.of("E", "F", "G", "H"), ids(second));
        RespondentPage.Row f = second.rows().get(1);
        assertNull(f.reached(), "F is not scored");
        assertNull(f.segment());
        assertEquals(Map.of("b1", 5, "b2", 5, "m2", 1, "t1", 5), f.answers(), "m1 was left blank");
        assertTrue(second.rows().get(2).attributes().getOrDefault("region", "").isEmpty(), "G gave no region");

        RespondentPage beyond = page(null, null, false, null, Order.SURVEY, false, 12, 4);
        assertEquals(10, beyond.matching());
        assertEquals(List.of(), ids(beyond));
    }

    @Test
    void segmentsAndTheUnscoredCanBeListedOnTheirOwn() throws Exception {
        assertEquals(List.of("D", "J"), ids(page(null, Segment.ACTIVELY_DISENGAGED, false, null, Order.SURVEY, false,
                0, 50)));
        RespondentPage notScored = page(null, null, true, null, Order.SURVEY, false, 0, 50);
        assertEquals(1, notScored.matching());
        assertEquals(List.of("F"), ids(notScored));
        assertEquals(List.of(), ids(page(null, Segment.ENGAGED, false, null, Order.SURVEY, false, 0, 50)));
        // under top-box share, one top-box item of two is enough: A, B and H reach the top
        assertEquals(List.of("A", "B", "H"), ids(page("top-box-share", Segment.FULLY_ENGAGED, false, null,
                Order.SURVEY, false, 0, 50)));
        assertThrows(IllegalArgumentException.class, () -> new RespondentQuery(null, Segment.ENGAGED, true, null,
                Order.SURVEY, false, 0, 10));
    }

    @Test
    void levelsSortFromTheBaseUpOrTheTopDownWithTheUnscoredLast() throws Exception {
        assertEquals(List.of("C", "D", "E", "G", "H", "J", "B", "I", "A", "F"),
                ids(page(null, null, false, null, Order.LEVEL, false, 0, 50)));
        assertEquals(List.of("A", "B", "I", "C", "D", "E", "G", "H", "J", "F"),
                ids(page(null, null, false, null, Order.LEVEL, true, 0, 50)));
        assertEquals(List.of("A", "B", "C", "E", "G", "H", "I", "D", "J", "F"),
                ids(page(null, null, false, null, Order.SEGMENT, false, 0, 50)));
        assertEquals(List.of("J", "I", "H"), ids(page(null, null, false, null, Order.ID, true, 0, 3)));
    }

    @Test
    void searchFindsIdsIgnoringCaseAndTakesWildcardsLiterally() throws Exception {
        RespondentPage h = page(null, null, false, "h", Order.SURVEY, false, 0, 50);
        assertEquals(1, h.matching());
        assertEquals(List.of("H"), ids(h));
        assertEquals(List.of(), ids(page(null, null, false, "%", Order.SURVEY, false, 0, 50)));
        assertEquals(List.of(), ids(page(null, null, false, "_", Order.SURVEY, false, 0, 50)));
    }
}
