package io.rapport.cycle.core.internal;

import static io.rapport.cycle.core.internal.Keywords.keywords;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.rapport.core.model.AccountRef;
import io.rapport.core.model.OwnedSpace;
import io.rapport.core.model.ProjectSettings;
import io.rapport.core.store.ProjectStore;
import io.rapport.cycle.core.AnalysisFilter;
import io.rapport.cycle.core.EngagementCycle;
import io.rapport.cycle.core.FunnelReport;
import io.rapport.testsupport.InterchangeProject;
import io.rapport.testsupport.KeywordSentimentModel;
import io.rapport.testsupport.RapportServices;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Each step of the community funnel on threads built to reach it, or to stop just before it. */
class FunnelTest {
    private static final RapportServices SERVICES = RapportServices.forTest(FunnelTest.class);

    @AfterAll
    static void services() {
        SERVICES.close();
    }

    @Test
    void eachStepIsDetectedAsDocumented(@TempDir Path dir) throws Exception {
        ProjectSettings settings = new ProjectSettings("Acme", List.of(AccountRef.parse("reddit:acme_official")),
                List.of(), List.of(OwnedSpace.parse("reddit:r/acme")));
        String space = "\"space\":\"r/acme\"";
        try (KeywordSentimentModel model = keywords("1", 1000);
                ProjectStore store = new InterchangeProject()
                // q1: answered by a customer and by us; the asker thanks, later helps someone else and shares
                .add("reddit", "q1", "post", "olga", "2025-03-01T10:00:00Z", "How do I reset my router?", space)
                .add("reddit", "a1", "comment", "pete", "2025-03-01T10:30:00Z", "Hold the button 10 s",
                        "\"in_reply_to\":\"q1\",\"thread_id\":\"q1\"," + space)
                .add("reddit", "a2", "comment", "acme_official", "2025-03-01T11:00:00Z", "Or use the app",
                        "\"in_reply_to\":\"q1\",\"thread_id\":\"q1\"," + space)
                .add("reddit", "t1", "comment", "olga", "2025-03-01T12:00:00Z", "Thanks, that fixed it!",
                        "\"in_reply_to\":\"a1\",\"thread_id\":\"q1\"," + space)
                // q2: answered by olga (her reciprocation), nobody thanks her
                .add("reddit", "q2", "post", "quinn", "2025-03-05T09:00:00Z", "Why is my bill so high?", space)
                .add("reddit", "a3", "comment", "olga", "2025-03-05T12:00:00Z", "Check roaming",
                        "\"in_reply_to\":\"q2\",\"thread_id\":\"q2\"," + space)
                .add("reddit", "s1", "share", "olga", "2025-03-06T08:00:00Z", "Great tip from Acme", null)
                // q3: nobody answers; the asker's own follow-up is not an answer
                .add("reddit", "q3", "post", "rita", "2025-03-07T09:00:00Z", "Is there an outage?", space)
                .add("reddit", "f3", "comment", "rita", "2025-03-07T10:00:00Z", "Anyone? Thanks",
                        "\"in_reply_to\":\"q3\",\"thread_id\":\"q3\"," + space)
                // not a question: no question mark
                .add("reddit", "p4", "post", "sam", "2025-03-08T09:00:00Z", "Love the new plan", space)
                .create(SERVICES, dir, settings)) {
            EngagementCycle cycle = SERVICES.get(EngagementCycle.class);
            FunnelReport f = cycle.funnel(store, AnalysisFilter.all(), new NullProgressMonitor());
            assertEquals(List.of(FunnelReport.QUESTIONS, FunnelReport.ANSWERED, FunnelReport.ANSWERED_BY_US,
                    FunnelReport.ANSWERED_BY_CUSTOMERS, FunnelReport.GRATITUDE, FunnelReport.RECIPROCATION,
                    FunnelReport.SHARING), f.steps().stream().map(FunnelReport.Step::id).toList());
            assertEquals(List.of(3L, 2L, 1L, 2L, 1L, 1L, 1L),
                    f.steps().stream().map(FunnelReport.Step::count).toList());
            assertEquals(2 / 3.0, f.steps().get(1).share(), 1e-12);
            FunnelReport march5 = cycle.funnel(store, new AnalysisFilter(LocalDate.parse("2025-03-05"), null,
                    Set.of("reddit")), new NullProgressMonitor());
            assertEquals(List.of(2L, 1L, 0L, 1L, 0L, 0L, 0L),
                    march5.steps().stream().map(FunnelReport.Step::count).toList(), "questions from March 5");
        }
    }
}
