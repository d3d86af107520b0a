package io.rapport.explorer.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.store.ProjectStore;
import io.rapport.cycle.core.AnalysisFilter;
import io.rapport.cycle.core.EngagementCycle;
import io.rapport.cycle.core.Grouping;
import io.rapport.cycle.core.ResponseMetrics;
import io.rapport.explorer.core.AnsweredFilter;
import io.rapport.explorer.core.Conversation;
import io.rapport.explorer.core.Direction;
import io.rapport.explorer.core.InteractionQuery;
import io.rapport.explorer.core.InteractionRow;
import io.rapport.explorer.core.ProjectInteractions;
import io.rapport.explorer.core.SentimentFilter;
import io.rapport.explorer.core.SortColumn;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Set;

/** On the built-in sample project, the explorer counts what the engagement-cycle metrics count. */
class SampleProjectTest {
    @RegisterExtension
    static final BrowsedProject PROJECT = BrowsedProject.sample();
    private static ProjectStore store;
    private static ProjectInteractions interactions;
    private static ResponseMetrics total;

    @BeforeAll
    static void metrics() throws Exception {
        store = PROJECT.store();
        interactions = PROJECT.interactions();
        total = PROJECT.services().get(EngagementCycle.class).metrics(store, Grouping.CHANNEL, AnalysisFilter.all(),
                new NullProgressMonitor()).total();
    }

    @Test
    void addressedAndUnansweredIsWhatTheMetricsLeaveUnanswered() throws Exception {
        InteractionQuery all = InteractionQuery.all();
        assertTrue(total.addressed() > total.responded() && total.responded() > 0, "the sample answers some: " + total);
        assertEquals(total.addressed() - total.responded(), interactions.count(all.withAnswered(AnsweredFilter.UNANSWERED)));
        assertEquals(total.responded(), interactions.count(all.withAnswered(AnsweredFilter.RESPONDED)));
        assertEquals(total.inbound(), interactions.count(all.withDirection(Direction.INBOUND)));
        assertEquals(total.negativeUnanswered(), interactions.count(all.withAnswered(AnsweredFilter.UNANSWERED)
                .withSentiment(SentimentFilter.NEGATIVE)));
        assertEquals(store.summary().interactions(), interactions.count(all));
    }

    @Test
    void perChannelCountsAddUpAndTheSlowestResponseHasItsThread() throws Exception {
        long sum = 0;
        for (var c : store.summary().counts()) {
            sum += c.count();
        }
        long perChannel = 0;
        for (String channel : store.summary().counts().stream().map(c -> c.channel()).distinct().toList()) {
            perChannel += interactions.count(InteractionQuery.all().withChannels(Set.of(channel)));
        }
        assertEquals(sum, perChannel);

        List<InteractionRow> slowest = interactions.page(InteractionQuery.all()
                .sortedBy(SortColumn.FIRST_RESPONSE_MINUTES, false), 0, 1);
        InteractionRow row = slowest.get(0);
        Conversation thread = interactions.conversation(row.channel(), row.sourceId()).orElseThrow();
        assertEquals(row.sourceId(), thread.find(row.sourceId()).orElseThrow().sourceId());
        assertTrue(thread.find(row.responseId()).orElseThrow().firstResponse(), "its response is in the thread");
    }
}
