package io.rapport.gap.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.store.ProjectStore;
import io.rapport.gap.core.ChannelMeasurement;
import io.rapport.gap.core.EngagementGap;
import io.rapport.gap.core.Evidence;
import io.rapport.gap.core.ExpectationGap;
import io.rapport.gap.core.GapCell;
import io.rapport.gap.core.GapPeriod;
import io.rapport.gap.core.GapReport;
import io.rapport.gap.core.IndicatorResult;
import io.rapport.gap.core.Measurement;
import io.rapport.testsupport.KeywordSentimentModel;
import io.rapport.testsupport.RapportServices;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** The nine default indicators, the gap formula, the ranking and the change, on {@link HandMadeProject}. */
class GapReportTest {
    private static final RapportServices SERVICES = RapportServices.forTest(GapReportTest.class);
    private static final double EPS = 1e-9;
    private static final GapPeriod JANUARY = new GapPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31));

    private KeywordSentimentModel model;
    private ProjectStore store;
    private EngagementGap gap;

    @BeforeEach
    void project(@TempDir Path dir) throws Exception {
        model = HandMadeProject.keywords();
        gap = SERVICES.get(EngagementGap.class);
        store = HandMadeProject.create(SERVICES, dir);
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

    private GapReport january() throws Exception {
        return gap.report(store, gap.defaults(), null, new NullProgressMonitor());
    }

    private static Measurement measured(GapReport report, String indicator, String channel, boolean current) {
        IndicatorResult result = report.indicators().stream().filter(i -> i.indicator().id().equals(indicator))
                .findFirst().orElseThrow();
        ChannelMeasurement m = result.channels().stream().filter(c -> c.channel().equals(channel)).findFirst()
                .orElseThrow();
        return current ? m.current() : m.previous();
    }

    private static void assertShare(GapReport report, String indicator, String channel, long numerator,
            long denominator) {
        Measurement m = measured(report, indicator, channel, true);
        assertEquals(numerator + "/" + denominator, m.numerator() + "/" + m.denominator(),
                indicator + " on " + channel);
        assertEquals(100.0 * numerator / denominator, m.value(), EPS, indicator + " on " + channel);
    }

    private static ExpectationGap row(GapReport report, String id) {
        return report.rows().stream().filter(r -> r.expectation().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void withoutAPeriodTheLatestCalendarMonthIsComparedWithTheOneBefore() throws Exception {
        GapReport report = january();
        assertEquals(JANUARY, report.period(), "the latest interaction is b4, 28 January 2025");
        assertEquals(new GapPeriod(LocalDate.of(2024, 12, 1), LocalDate.of(2024, 12, 31)), report.previousPeriod());
        assertEquals(List.of("reddit", "x"), report.channels());
        assertEquals("keywords@1", report.sentimentModel());
        assertEquals(7, report.shortfalls().size());
    }

    @Test
    void eachIndicatorOnXInJanuary() throws Exception {
        GapReport report = january();
        // addressed: c1 c1t c2 c3 c4 i1 i2 z4 z5 (9); responded: c1 c2 c4 i1 z4 z5 (6)
        assertShare(report, "two-way-communication", "x", 6, 9);
        // complaints c1 c2 c3 c4; first answered within 4 h: c1 (30 min), c4 (60 min); c2 after 6 h, c3 never
        assertShare(report, "prompt-dispute-resolution", "x", 2, 4);
        // outbound in the weeks of Dec 30 (b1), Jan 6 (r1 r2 r4 r5), Jan 13 (b2), Jan 20 (r6 r7), Jan 27 (b3)
        assertShare(report, "consistent-presence", "x", 5, 5);
        // our replies r1 r2 r4 r5 r6 r7; r2 and r4 are the DM template (with r0 in December: 3 copies);
        // the other four name the person (Alice, Erin, Zoe, zoe)
        assertShare(report, "personalisation", "x", 4, 6);
        // our posts b1 b2 b3; b1 is promotional (half price, buy)
        assertShare(report, "too-much-selling", "x", 2, 3);
        // answered complaints c1 c2 c4; only c1 has a reply that is not "DM us"
        assertShare(report, "transparency", "x", 1, 3);
        // complaints c1 c2 c3 c4; alice thanked kim's reply to c1 ("That worked, thank you")
        assertShare(report, "accountability", "x", 1, 4);
        // ideas addressed to us: i1 (answered), i2 (not)
        assertShare(report, "collaborative-relationship", "x", 1, 2);
        // occasional customers 4 of 7 answered (c1 c2 c4 i1 of c1 c1t c2 c3 c4 i1 i2), zoe (5 posts on X) 2 of 2:
        // parity 100 × (4/7) / 1
        Measurement parity = measured(report, "feeling-of-importance", "x", true);
        assertEquals(100 * 4 / 7.0, parity.value(), EPS);
        assertEquals("6/9", parity.numerator() + "/" + parity.denominator());
        assertEquals("occasional 4/7, frequent 2/2", parity.note());
    }

    @Test
    void eachIndicatorInOurSubredditInJanuary() throws Exception {
        GapReport report = january();
        assertShare(report, "two-way-communication", "reddit", 1, 2); // p1 and p2 addressed, p2 answered
        assertShare(report, "prompt-dispute-resolution", "reddit", 1, 1); // p2 answered in 30 min
        assertShare(report, "consistent-presence", "reddit", 2, 5); // rp2 (Jan 13), b4 (Jan 28)
        assertShare(report, "personalisation", "reddit", 1, 1); // "Hi Hank"
        assertShare(report, "too-much-selling", "reddit", 1, 1); // b4 sells nothing
        assertShare(report, "transparency", "reddit", 1, 1);
        assertShare(report, "accountability", "reddit", 0, 1); // hank never thanked
        Measurement ideas = measured(report, "collaborative-relationship", "reddit", true);
        assertNull(ideas.value(), "no idea on reddit: no value, not 0");
        assertEquals(0, ideas.denominator());
        Measurement parity = measured(report, "feeling-of-importance", "reddit", true);
        assertNull(parity.value(), "no frequent author on reddit");
        assertEquals("occasional 1/2, frequent 0/0", parity.note());
    }

    @Test
    void theIndicatorsInTheMonthBefore() throws Exception {
        GapReport report = january();
        // December on X: z1 z2 z3 c0 addressed, z1 and c0 answered; c0 answered in 20 min with the DM template
        Measurement twoWay = measured(report, "two-way-communication", "x", false);
        assertEquals(50.0, twoWay.value(), EPS);
        assertEquals(100.0, measured(report, "prompt-dispute-resolution", "x", false).value(), EPS);
        assertEquals(0.0, measured(report, "transparency", "x", false).value(), EPS);
        // weeks of Nov 25 ... Dec 30 (6); we wrote in those of Dec 2 and Dec 9
        assertEquals(100 * 2 / 6.0, measured(report, "consistent-presence", "x", false).value(), EPS);
        assertEquals(50.0, measured(report, "personalisation", "x", false).value(), EPS); // rz1 yes, r0 template
        // zoe 1 of 3, ivan 1 of 1: parity 100 × (1/3) / 1
        assertEquals(100 / 3.0, measured(report, "feeling-of-importance", "x", false).value(), EPS);
        assertNull(measured(report, "two-way-communication", "reddit", false).value(), "no December on reddit");
    }

    @Test
    void gapsAreImportanceWeightedShortfallsRankedLargestFirst() throws Exception {
        GapReport report = january();
        // target 80 everywhere; gap = weight / 5 × max(0, 80 − performance); the row weights cells by basis
        // accountability (3): X 0.6 × 55 = 33 (basis 4), reddit 0.6 × 80 = 48 (1): 180 / 5 = 36
        // prompt dispute resolution (5): X 1 × 30 = 30 (4), reddit 0 (1): 24
        // transparency (3): X 0.6 × 46.67 = 28 (3), reddit 0 (1): 21
        // collaborative relationship (3): X 0.6 × 30 = 18 (2)
        // feeling important (3): X 0.6 × (80 − 57.14) = 13.71 (9)
        // two-way communication (4): X 0.8 × 13.33 = 10.67 (9), reddit 0.8 × 30 = 24 (2): 144 / 11 = 13.09
        // consistent presence (3): X 0 (5), reddit 0.6 × 40 = 24 (5): 12
        // personalisation (3): X 0.6 × 13.33 = 8 (6), reddit 0 (1): 48 / 7 = 6.86
        // marketing relevancy (3, too much selling): X 0.6 × 13.33 = 8 (3), reddit 0 (1): 6
        // choice, good value, trust: no indicator, no gap: last, in the analyst's order
        assertEquals(List.of("accountability", "prompt-dispute-resolution", "transparency",
                "collaborative-relationship", "feeling-important", "two-way-communication", "consistent-presence",
                "personalisation", "marketing-relevancy", "choice", "good-value", "trust"),
                report.rows().stream().map(r -> r.expectation().id()).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12),
                report.rows().stream().map(ExpectationGap::rank).toList());
        double[] gaps = { 36, 24, 21, 18, 0.6 * (80 - 400 / 7.0), 144 / 11.0, 12, 48 / 7.0, 6 };
        for (int i = 0; i < gaps.length; i++) {
            assertEquals(gaps[i], report.rows().get(i).gap(), 1e-9, report.rows().get(i).expectation().id());
        }
        ExpectationGap accountability = row(report, "accountability");
        assertEquals(20.0, accountability.performance(), EPS, "(25 × 4 + 0 × 1) / 5");
        GapCell x = accountability.cells().get(1);
        assertEquals("x", x.channel());
        assertEquals(25.0, x.performance(), EPS);
        assertEquals(33.0, x.gap(), EPS);
        assertEquals(4, x.basis());
        assertEquals(List.of("accountability"), List.copyOf(x.indicators().keySet()));
        ExpectationGap trust = row(report, "trust");
        assertNull(trust.performance());
        assertNull(trust.gap());
        assertTrue(trust.notes().get(0).startsWith("no indicator is bound"), trust.notes().toString());
        assertNull(trust.cells().get(0).performance());
    }

    @Test
    void theChangeIsAgainstThePreviousPeriod() throws Exception {
        GapReport report = january();
        // December, X only: prompt 100 → 0; accountability 0 → 48; transparency 0 → 48;
        // two-way 50 → 24; presence 33.3 → 28; no idea and no post of ours in December: no gap
        assertEquals(0.0, row(report, "prompt-dispute-resolution").previousGap(), EPS);
        assertEquals(24.0, row(report, "prompt-dispute-resolution").change(), EPS, "wider by 24");
        assertEquals(-12.0, row(report, "accountability").change(), EPS);
        assertEquals(-27.0, row(report, "transparency").change(), EPS);
        assertEquals(144 / 11.0 - 24, row(report, "two-way-communication").change(), EPS);
        assertEquals(12.0 - 28, row(report, "consistent-presence").change(), EPS);
        assertEquals(50.0, row(report, "two-way-communication").previousPerformance(), EPS);
        assertNull(row(report, "collaborative-relationship").previousGap());
        assertNull(row(report, "collaborative-relationship").change());
    }

    @Test
    void aPeriodOfDaysIsComparedWithAsManyDaysBefore() throws Exception {
        GapPeriod week = new GapPeriod(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 12));
        GapReport report = gap.report(store, gap.defaults(), week, new NullProgressMonitor());
        assertEquals(new GapPeriod(LocalDate.of(2024, 12, 30), LocalDate.of(2025, 1, 5)), report.previousPeriod());
        // Jan 6-12 on X: addressed c1 c1t c2 c3 c4 i1 i2, answered c1 c2 c4 i1 (responses after the period count)
        assertShare(report, "two-way-communication", "x", 4, 7);
        // the week before holds only b1 on X: no addressed interaction
        assertNull(measured(report, "two-way-communication", "x", false).value());
        assertEquals(100.0, measured(report, "consistent-presence", "x", false).value(), EPS, "b1, the one week");
        assertEquals(List.of("reddit", "x"), report.channels(), "p1 (Jan 12) is in the week");
    }

    @Test
    void evidenceListsTheBasisNotCountedFirst() throws Exception {
        List<Evidence> evidence = gap.evidence(store, "transparency", "x", JANUARY, 10, new NullProgressMonitor());
        assertEquals(List.of("c2 false", "c4 false", "c1 true"),
                evidence.stream().map(e -> e.sourceId() + " " + e.counted()).toList());
        assertEquals("@acmehelp the app is useless", evidence.get(0).text());
        assertEquals(java.time.Instant.parse("2025-01-07T09:00:00Z"), evidence.get(0).createdAt());
        assertEquals(List.of("c2"), gap.evidence(store, "transparency", "x", JANUARY, 1, new NullProgressMonitor())
                .stream().map(Evidence::sourceId).toList(), "at most the limit");
        assertEquals(List.of("r2", "r4", "r1", "r5", "r6", "r7"), gap.evidence(store, "personalisation", "x", JANUARY,
                10, new NullProgressMonitor()).stream().map(Evidence::sourceId).toList());
        assertEquals(List.of("b1", "b2", "b3"), gap.evidence(store, "too-much-selling", "x", JANUARY, 10,
                new NullProgressMonitor()).stream().map(Evidence::sourceId).toList(), "b1 sells: first");
        assertThrows(IllegalArgumentException.class,
                () -> gap.evidence(store, "no-such", "x", JANUARY, 10, new NullProgressMonitor()));
    }

    @Test
    void theFactsFollowTheSentimentModel() throws Exception {
        assertShare(january(), "prompt-dispute-resolution", "x", 2, 4);
        // a model installed later, in which "broken" is not negative: the complaints on X are c2 and c4 only, and
        // c4 is answered within 4 hours
        try (KeywordSentimentModel other = KeywordSentimentModel.register(GapReportTest.class, "keywords", "2", 2000,
                java.util.Map.of("useless", -0.6))) {
            GapReport report = january();
            assertEquals("keywords@2", report.sentimentModel());
            assertShare(report, "prompt-dispute-resolution", "x", 1, 2);
        }
    }

    @Test
    void aCancelledReportStops() {
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> gap.report(store, gap.defaults(), null, cancelled));
    }
}
