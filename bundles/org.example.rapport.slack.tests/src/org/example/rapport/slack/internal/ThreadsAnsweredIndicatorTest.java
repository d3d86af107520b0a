package org.example.rapport.slack.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.importer.ImportReport;
import io.rapport.core.importer.ImportRequest;
import io.rapport.core.model.OwnedSpace;
import io.rapport.core.model.ProjectSettings;
import io.rapport.core.model.StaffMember;
import io.rapport.core.store.ProjectStore;
import io.rapport.gap.core.ChannelMeasurement;
import io.rapport.gap.core.EngagementGap;
import io.rapport.gap.core.GapIndicatorDescriptor;
import io.rapport.gap.core.GapModel;
import io.rapport.gap.core.GapPeriod;
import io.rapport.gap.core.GapReport;
import io.rapport.gap.core.IndicatorResult;
import io.rapport.testsupport.KeywordSentimentModel;
import io.rapport.testsupport.RapportServices;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.example.rapport.slack.SlackChannelSummary;
import org.example.rapport.slack.SlackChannels;
import org.example.rapport.slack.SlackExport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The indicator and the channel statistics on a real store holding the hand-made export, with Jo and Sam as
 * staff and #acme-help as our space. Customer questions addressed to us in January 2024: Priya's SSO question
 * (answered in 30 min), Marcus's Friday 15:00 question (answered Monday 09:00: in time, the weekend does not
 * count), Priya's Monday question (answered Wednesday: late), Marcus's idea (never answered): 2 of 4.
 */
class ThreadsAnsweredIndicatorTest {
    private static final RapportServices SERVICES = RapportServices.forTest(ThreadsAnsweredIndicatorTest.class);
    private static final GapPeriod JANUARY = GapPeriod.monthOf(LocalDate.parse("2024-01-01"));

    @AfterAll
    static void close() {
        SERVICES.close();
    }

    private static ProjectStore acme(Path dir) throws Exception {
        ProjectSettings settings = new ProjectSettings("Acme", List.of(),
                List.of(StaffMember.parse("slack:jo:support"), StaffMember.parse("slack:sam:engineering")),
                List.of(OwnedSpace.parse("slack:#acme-help")));
        ProjectStore store = SERVICES.projects().create(dir.resolve("acme"), settings);
        ImportReport report = SERVICES.imports().importFiles(store,
                new ImportRequest(List.of(Fixtures.export()), null, true), new NullProgressMonitor());
        assertEquals(10, report.imported(), report.toString());
        return store;
    }

    @Test
    void theIndicatorIsInstalledAndMeasuredWithTheShippedOnes(@TempDir Path dir) throws Exception {
        EngagementGap gap = SERVICES.get(EngagementGap.class);
        GapIndicatorDescriptor d = gap.indicators().stream().filter(i -> i.id().equals(SlackExport.THREADS_ANSWERED))
                .findFirst().orElseThrow(() -> new AssertionError("not installed: " + gap.indicators()));
        assertEquals("Slack: customer threads answered within a business day", d.label());
        assertTrue(gap.indicators().size() > 1, "the shipped indicators are there as well");
        try (KeywordSentimentModel model = KeywordSentimentModel.register(getClass(), "keywords", "1", 1000,
                Map.of("fails", -0.6)); ProjectStore store = acme(dir)) {
            GapModel rows = gap.defaults().bind("trust", List.of(SlackExport.THREADS_ANSWERED)).after();
            gap.save(store, rows);
            GapReport report = gap.report(store, gap.model(store), JANUARY, new NullProgressMonitor());
            IndicatorResult result = report.indicators().stream()
                    .filter(i -> i.indicator().id().equals(SlackExport.THREADS_ANSWERED)).findFirst().orElseThrow();
            assertNull(result.failure());
            ChannelMeasurement slack = result.channels().stream().filter(c -> c.channel().equals("slack"))
                    .findFirst().orElseThrow();
            assertEquals(2, slack.current().numerator());
            assertEquals(4, slack.current().denominator());
            assertEquals(50.0, slack.current().value(), 1e-9);
            assertNull(slack.previous().value(), "nothing in December");
            assertEquals(50.0, report.rows().stream().filter(r -> r.expectation().id().equals("trust")).findFirst()
                    .orElseThrow().performance(), 1e-9, "bound to an expectation, it measures it");
        }
    }

    @Test
    void theDeadlineSkipsTheWeekend() {
        String sql = new ThreadsAnsweredInBusinessDay().counted();
        assertTrue(sql.contains("WHEN 5 THEN 4320") && sql.contains("WHEN 6 THEN 2880") && sql.endsWith("ELSE 1440 END"),
                sql);
    }

    @Test
    void theChannelStatisticsCountMessagesThreadsAndAnsweredConversations(@TempDir Path dir) throws Exception {
        SlackChannels channels = SERVICES.get(SlackChannels.class);
        try (ProjectStore store = acme(dir)) {
            List<SlackChannelSummary> rows = channels.channels(store);
            assertEquals(List.of(new SlackChannelSummary("#acme-help", 8, 3, 4, 3),
                    new SlackChannelSummary("#general", 2, 1, 0, 0)), rows);
            assertEquals(75.0, rows.get(0).answeredShare(), 1e-9);
            assertNull(rows.get(1).answeredShare(), "no customer started anything in #general");
        }
    }
}
