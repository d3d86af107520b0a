package io.rapport.cycle.core.internal;

import static io.rapport.cycle.core.internal.Keywords.keywords;
import static io.rapport.cycle.core.internal.MetricsAssert.assertMetrics;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.rapport.core.model.AccountRef;
import io.rapport.core.model.OwnedSpace;
import io.rapport.core.model.ProjectSettings;
import io.rapport.core.model.StaffMember;
import io.rapport.core.store.ProjectStore;
import io.rapport.cycle.core.AnalysisFilter;
import io.rapport.cycle.core.EngagementCycle;
import io.rapport.cycle.core.Grouping;
import io.rapport.cycle.core.MetricsReport;
import io.rapport.cycle.core.RespondersReport;
import io.rapport.cycle.core.ResponseMetrics;
import io.rapport.cycle.core.WorklistItem;
import io.rapport.testsupport.InterchangeProject;
import io.rapport.testsupport.KeywordSentimentModel;
import io.rapport.testsupport.RapportServices;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Each rule of the metric definitions (DESIGN.md §3) on a small project whose numbers are worked out by hand in
 * the comments.
 */
class ResponseMetricsTest {
    private static final RapportServices SERVICES = RapportServices.forTest(ResponseMetricsTest.class);
    private static final NullProgressMonitor NO_PROGRESS = new NullProgressMonitor();

    private KeywordSentimentModel model;
    private ProjectStore store;
    private EngagementCycle cycle;

    @BeforeEach
    void project(@TempDir Path dir) throws Exception {
        model = keywords("1", 1000);
        cycle = SERVICES.get(EngagementCycle.class);
        ProjectSettings settings = new ProjectSettings("Acme", List.of(AccountRef.parse("x:acmehelp")),
                List.of(StaffMember.parse("x:kim:support"), StaffMember.parse("x:lee:engineering")),
                List.of(OwnedSpace.parse("reddit:r/acme")));
        store = new InterchangeProject()
                // c1 mentions us (addressed, negative); staff kim answers after 20 min, our account after 30
                .add("x", "c1", "post", "alice", "2025-01-01T10:00:00Z", "@AcmeHelp my router is broken",
                        "\"mentions\":[\"@AcmeHelp\"]")
                .add("x", "r1", "reply", "kim", "2025-01-01T10:20:00Z", "Sorry Alice, DM us", "\"in_reply_to\":\"c1\"")
                .add("x", "r1b", "reply", "acmehelp", "2025-01-01T10:30:00Z", "On it", "\"in_reply_to\":\"c1\"")
                // c2 replies to our post (addressed); staff lee answers after 120 min
                .add("x", "b1", "post", "acmehelp", "2025-01-02T09:00:00Z", "New plans!", null)
                .add("x", "c2", "reply", "bob", "2025-01-02T10:00:00Z", "how much", "\"in_reply_to\":\"b1\"")
                .add("x", "r2", "reply", "lee", "2025-01-02T12:00:00Z", "From 10 a month", "\"in_reply_to\":\"c2\"")
                // c3 answers another customer without addressing us; c4 is negative but not addressed
                .add("x", "c3", "reply", "carol", "2025-01-02T13:00:00Z", "cheap", "\"in_reply_to\":\"c2\"")
                .add("x", "c4", "post", "dave", "2025-01-03T08:00:00Z", "this is useless", null)
                // p1 starts a thread in our subreddit (addressed, negative, unanswered); p2 is a customer reply
                .add("reddit", "p1", "post", "erin", "2025-02-01T09:00:00Z", "useless app",
                        "\"space\":\"r/Acme\"")
                .add("reddit", "p2", "comment", "frank", "2025-02-01T09:30:00Z", "same here",
                        "\"in_reply_to\":\"p1\",\"space\":\"r/Acme\"")
                // a one-star review (negative by rating) answered by the developer (ours by nature) after 90 min
                .add("google-play", "g1", "review", "gina", "2025-02-03T10:00:00Z", "meh", "\"rating\":1")
                .add("google-play", "g1-reply", "reply", "developer:our_account", "2025-02-03T11:30:00Z",
                        "We're sorry", "\"in_reply_to\":\"g1\"")
                // a ticket answered by a support agent after 10 min
                .add("zendesk", "t1", "ticket", "hank", "2025-02-05T08:00:00Z", "Please help", null)
                .add("zendesk", "t1-2", "ticket", "agent7:staff:support", "2025-02-05T08:10:00Z", "Done",
                        "\"in_reply_to\":\"t1\"")
                // c5 mentions us; the only reply is stamped before it (clock skew): not a response
                .add("x", "c5", "post", "ivan", "2025-02-10T12:00:00Z", "hey @acmehelp ok",
                        "\"mentions\":[\"acmehelp\"]")
                .add("x", "r5", "reply", "acmehelp", "2025-02-10T11:00:00Z", "Hi", "\"in_reply_to\":\"c5\"")
                .create(SERVICES, dir, settings);
    }

    @AfterEach
    void close() {
        store.close();
        model.close();
    }

    @AfterAll
    static void services() {
        SERVICES.close();
    }

    @Test
    void totalsFollowTheMetricDefinitions() throws Exception {
        MetricsReport report = cycle.metrics(store, Grouping.CHANNEL, AnalysisFilter.all(), NO_PROGRESS);
        // inbound: c1 c2 c3 c4 c5 p1 p2 g1 t1; addressed: c1 c2 c5 p1 g1 t1; responded: c1 c2 g1 t1
        // first responses 10, 20, 90, 120 min: median 55, p90 = 90 + 0.7 * 30 = 111
        // negative addressed: c1 (broken), p1 (useless), g1 (1 star); unanswered: p1
        assertMetrics(new ResponseMetrics(null, 9, 6, 4, 4 / 6.0, 55.0, 111.0, 3, 1), report.total());
        assertEquals(1 / 3.0, report.total().unansweredNegativeShare(), 1e-12);
        assertEquals("keywords@1", report.sentimentModel());
    }

    @Test
    void groupedByChannel() throws Exception {
        List<ResponseMetrics> groups = cycle.metrics(store, Grouping.CHANNEL, AnalysisFilter.all(), NO_PROGRESS)
                .groups();
        assertMetrics(List.of(
                new ResponseMetrics("google-play", 1, 1, 1, 1.0, 90.0, 90.0, 1, 0),
                new ResponseMetrics("reddit", 2, 1, 0, 0.0, null, null, 1, 1),
                new ResponseMetrics("x", 5, 3, 2, 2 / 3.0, 70.0, 110.0, 1, 0),
                new ResponseMetrics("zendesk", 1, 1, 1, 1.0, 10.0, 10.0, 0, 0)), groups);
    }

    @Test
    void groupedByMonthOfTheInboundInteraction() throws Exception {
        List<ResponseMetrics> groups = cycle.metrics(store, Grouping.MONTH, AnalysisFilter.all(), NO_PROGRESS)
                .groups();
        assertEquals(List.of("2025-01", "2025-02"), groups.stream().map(ResponseMetrics::key).toList());
        assertMetrics(new ResponseMetrics("2025-01", 4, 2, 2, 1.0, 70.0, 110.0, 1, 0), groups.get(0));
        assertMetrics(new ResponseMetrics("2025-02", 5, 4, 2, 0.5, 50.0, 82.0, 2, 1), groups.get(1));
    }

    @Test
    void groupedByTheDepartmentOfTheFirstResponse() throws Exception {
        List<ResponseMetrics> groups = cycle.metrics(store, Grouping.DEPARTMENT, AnalysisFilter.all(), NO_PROGRESS)
                .groups();
        assertMetrics(List.of(
                new ResponseMetrics(Grouping.NO_RESPONSE, 2, 2, 0, 0.0, null, null, 1, 1),
                new ResponseMetrics(Grouping.NOT_ADDRESSED, 3, 0, 0, null, null, null, 0, 0),
                new ResponseMetrics(Grouping.BRAND_ACCOUNT, 1, 1, 1, 1.0, 90.0, 90.0, 1, 0),
                new ResponseMetrics("engineering", 1, 1, 1, 1.0, 120.0, 120.0, 0, 0),
                new ResponseMetrics("support", 2, 2, 2, 1.0, 15.0, 19.0, 1, 0)), groups);
    }

    @Test
    void aFilterOnDatesAndChannelsAppliesToTheInboundInteraction() throws Exception {
        AnalysisFilter x = new AnalysisFilter(LocalDate.parse("2025-01-02"), LocalDate.parse("2025-02-10"),
                Set.of("x"));
        // c2 c3 c4 c5; addressed c2 c5; responded c2
        assertMetrics(new ResponseMetrics(null, 4, 2, 1, 0.5, 120.0, 120.0, 0, 0),
                cycle.metrics(store, Grouping.CHANNEL, x, NO_PROGRESS).total());
        AnalysisFilter nothing = new AnalysisFilter(LocalDate.parse("2030-01-01"), null, Set.of());
        ResponseMetrics none = cycle.metrics(store, Grouping.CHANNEL, nothing, NO_PROGRESS).total();
        assertEquals(0, none.inbound());
        assertNull(none.responseRate(), "undefined, not zero");
        assertNull(none.medianMinutes());
    }

    @Test
    void theWorklistHoldsNegativeAddressedInteractionsWithoutResponse() throws Exception {
        List<WorklistItem> items = cycle.worklist(store, AnalysisFilter.all(), 10, NO_PROGRESS);
        assertEquals(List.of("p1"), items.stream().map(WorklistItem::sourceId).toList());
        assertEquals(-0.6, items.get(0).sentiment());
    }

    @Test
    void respondersCountEveryAnswerByDepartment() throws Exception {
        RespondersReport r = cycle.responders(store, AnalysisFilter.all(), EngagementCycle.DEFAULT_CORE_TEAMS,
                NO_PROGRESS);
        // answers: kim, agent7 (support); acmehelp x2, developer (brand account); lee (engineering)
        assertEquals(List.of(new RespondersReport.DepartmentAnswers(Grouping.BRAND_ACCOUNT, 3, 2),
                new RespondersReport.DepartmentAnswers("support", 2, 2),
                new RespondersReport.DepartmentAnswers("engineering", 1, 1)), r.byDepartment());
        assertEquals(6, r.answers());
        assertEquals(1 / 6.0, r.shareOutsideCoreTeams(), 1e-12);
        assertEquals(List.of(new RespondersReport.MonthAnswers("2025-01", 3, 1, 3),
                new RespondersReport.MonthAnswers("2025-02", 3, 0, 2)), r.byMonth());
    }

    @Test
    void switchingTheSentimentModelScoresAgainUnderTheNewKey() throws Exception {
        cycle.metrics(store, Grouping.CHANNEL, AnalysisFilter.all(), NO_PROGRESS);
        SentimentScoringComponent scoring = (SentimentScoringComponent) SERVICES.get(
                io.rapport.cycle.core.SentimentScoring.class);
        assertEquals(0, scoring.ensureScored(store, NO_PROGRESS), "scored once");
        try (KeywordSentimentModel newer = keywords("2", 2000)) {
            assertEquals(16, scoring.ensureScored(store, NO_PROGRESS), "a new model version scores everything");
            assertEquals("keywords@2", cycle.metrics(store, Grouping.CHANNEL, AnalysisFilter.all(), NO_PROGRESS)
                    .sentimentModel());
        }
        assertEquals("keywords@1", scoring.activeModelKey());
    }
}
