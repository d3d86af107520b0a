package io.rapport.hierarchy.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;
import io.rapport.core.survey.Segment;
import io.rapport.hierarchy.core.Breakdown;
import io.rapport.hierarchy.core.EngagementHierarchy;
import io.rapport.hierarchy.core.HierarchyReport;
import io.rapport.hierarchy.core.LevelResult;
import io.rapport.hierarchy.core.Reproducibility;
import io.rapport.hierarchy.core.ScoreRequest;
import io.rapport.hierarchy.core.ScoringRuleDescriptor;
import io.rapport.hierarchy.core.SegmentCount;
import io.rapport.hierarchy.core.UnscoredRespondent;
import io.rapport.testsupport.RapportServices;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

/** Each shipped rule on the hand-made survey of {@link HandSurvey}, with the results worked out by hand. */
class ScoringRulesTest {
    private static final RapportServices SERVICES = RapportServices.forTest(ScoringRulesTest.class);
    private static final double EPS = 1e-9;
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

    private static HierarchyReport score(String rule, String by) throws Exception {
        return hierarchy.score(store, new ScoreRequest(rule, by, false), new NullProgressMonitor());
    }

    private static void assertSegments(HierarchyReport r, long fully, long engaged, long notEngaged, long disengaged) {
        assertEquals(List.of(fully, engaged, notEngaged, disengaged),
                r.segments().stream().map(SegmentCount::count).toList(), "segment counts");
        long scored = fully + engaged + notEngaged + disengaged;
        assertEquals(scored, r.scored());
        for (SegmentCount s : r.segments()) {
            assertEquals((double) s.count() / scored, s.share(), EPS, s.segment() + " share");
        }
    }

    @Test
    void theShippedRulesAreInstalledWithTheirProperties() {
        assertEquals(List.of(new ScoringRuleDescriptor("cumulative", "Cumulative top box (Rapport's open rule)", "1"),
                new ScoringRuleDescriptor("mean-thresholds", "Mean-score thresholds (Rapport's open rule)", "1"),
                new ScoringRuleDescriptor("top-box-share", "Top-box share per level (Rapport's open rule)", "1")),
                hierarchy.rules());
    }

    @Test
    void cumulativeNeedsEveryItemOfEveryLevelUpToTheLevelAtTheTopBox() throws Exception {
        HierarchyReport r = score(null, null);
        assertEquals("cumulative", r.rule().id(), "the default rule");
        assertTrue(r.ruleDescription().contains("not Gallup's"), r.ruleDescription());
        // reached: A 3, B 1, C 0, D 0, E 0, G 0, H 0, I 1, J 0; F not scored (m1 blank, after passing the base)
        // fully engaged A; engaged nobody; actively disengaged D and J (base means 1.5 and 1, below 3)
        assertEquals(10, r.respondents());
        assertEquals(1, r.notScored());
        assertSegments(r, 1, 0, 6, 2);
        assertEquals(0.5, r.engagementRatio(), EPS);
        assertEquals(6, r.reachedNone());

        List<LevelResult> levels = r.levels();
        assertEquals(List.of("base", "mid", "top"), levels.stream().map(l -> l.level().id()).toList());
        // base: all 10 scored, A B F I pass; mid: 9 scored (not F), A E G H pass; top: 9 scored (not G), A B F H I
        assertLevel(levels.get(0), 10, 4, 3, 2, 0, false);
        assertLevel(levels.get(1), 9, 4, 1, 0, 3, false);
        assertLevel(levels.get(2), 9, 5, 1, 1, 3, true);
        assertEquals(3.0 / 9, levels.get(0).reachedShare(), EPS);

        // complete patterns (base, mid, top): A 111, B 101, C 000, D 000, E 010, H 011, I 101, J 000
        // errors against the perfect pattern of the same score: B 2, E 2, H 2, I 2 = 8 of 24 cells
        Reproducibility g = r.reproducibility();
        assertEquals(8, g.respondents());
        assertEquals(1, g.excluded(), "G is scored but has no complete pattern");
        assertEquals(8, g.errors());
        assertEquals(1 - 8.0 / 24, g.coefficient(), EPS);
        // pass rates among them 3/8, 3/8, 4/8: MMR = (0.625 + 0.625 + 0.5) / 3
        assertEquals(1.75 / 3, g.minimumMarginal(), EPS);
        assertEquals((2.0 / 3 - 1.75 / 3) / (1 - 1.75 / 3), g.scalability(), EPS);
        assertEquals(0.2, g.scalability(), EPS);
        assertFalse(g.holds());

        assertEquals(List.of(new UnscoredRespondent("F", "mid", List.of("m1"))), r.unscored());
        assertNull(r.breakdown());
        assertNull(r.advocacy());
    }

    private static void assertLevel(LevelResult l, long scored, long passed, long atLeast, long exactly,
            long aboveFailure, boolean outOfOrder) {
        String what = l.level().id();
        assertEquals(scored, l.scored(), what + " scored");
        assertEquals(passed, l.passed(), what + " passed");
        assertEquals((double) passed / scored, l.passRate(), EPS, what + " pass rate");
        assertEquals(atLeast, l.reachedAtLeast(), what + " reached at least");
        assertEquals(exactly, l.reachedExactly(), what + " reached exactly");
        assertEquals(aboveFailure, l.passedAboveFailure(), what + " passed above a failure");
        assertEquals(outOfOrder, l.outOfOrder(), what + " out of order");
    }

    @Test
    void topBoxShareNeedsHalfTheItemsOfEachLevelAtTheTopBox() throws Exception {
        HierarchyReport r = score("top-box-share", null);
        // one of two (or of one) items at 5 is enough: A, B and H reach the top; E stops at mid (t1 = 3);
        // I stops at the base (m1, m2 scored 4, 4); C fails the base; D, J actively disengaged
        assertSegments(r, 3, 1, 3, 2);
        assertEquals(1.5, r.engagementRatio(), EPS);
        assertTrue(r.ruleDescription().contains("at least 50% of its items"), r.ruleDescription());
        assertEquals(List.of("F"), r.unscored().stream().map(UnscoredRespondent::respondentId).toList());
    }

    @Test
    void meanThresholdsNeedAMeanOfFourOnEachLevel() throws Exception {
        HierarchyReport r = score("mean-thresholds", null);
        // A, C (all 4s) and I reach the top; E stops at mid (t1 = 3); B fails mid (mean 3): not engaged;
        // G and H fail the base with mean 3 (not below 3): not engaged; D, J actively disengaged
        assertSegments(r, 3, 1, 3, 2);
        assertEquals(1.5, r.engagementRatio(), EPS);
        assertTrue(r.ruleDescription().contains("at least 4"), r.ruleDescription());
        LevelResult base = r.levels().get(0);
        assertEquals(6, base.passed(), "A B C E F I");
    }

    @Test
    void theBreakdownCountsEveryGroupAndMarksSmallOnes() throws Exception {
        Breakdown b = score(null, "REGION").breakdown();
        assertEquals("region", b.attribute(), "matched without regard to case");
        assertEquals(3, b.groups().size());
        Breakdown.Group north = b.groups().get(0);
        assertEquals("north", north.value());
        assertEquals(5, north.respondents(), "A B E H J");
        assertEquals(List.of(1L, 0L, 3L, 1L), north.segments().stream().map(SegmentCount::count).toList());
        assertEquals(1.0, north.engagementRatio(), EPS);
        assertTrue(north.small(), "5 respondents");
        Breakdown.Group south = b.groups().get(1);
        assertEquals("south", south.value());
        assertEquals(3, south.respondents(), "C D I (F not scored)");
        assertEquals(1, south.notScored());
        assertEquals(0.0, south.engagementRatio(), EPS);
        Breakdown.Group none = b.groups().get(2);
        assertNull(none.value(), "G gave no region");
        assertEquals(1, none.respondents());
        assertNull(none.engagementRatio(), "no actively disengaged: undefined");
    }

    @Test
    void unknownRulesAndAttributesAreClearErrors() {
        ProjectException rule = assertThrows(ProjectException.class, () -> score("gallup", null));
        assertTrue(rule.getMessage().contains("No scoring rule 'gallup'") && rule.getMessage().contains("cumulative"),
                rule.getMessage());
        ProjectException by = assertThrows(ProjectException.class, () -> score(null, "country"));
        assertTrue(by.getMessage().contains("no attribute 'country'") && by.getMessage().contains("region"),
                by.getMessage());
        assertEquals(List.of("region"), attributes());
    }

    private static List<String> attributes() {
        try {
            return hierarchy.attributes(store);
        } catch (ProjectException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theBenchmarksArePublishedData() {
        var world = hierarchy.benchmarks().get(0);
        assertEquals("world-class", world.id());
        assertEquals(List.of(0.48, 0.26, 0.20, 0.06), List.of(Segment.values()).stream().map(world.shares()::get)
                .toList());
        assertEquals(8.0, world.ratio(), EPS);
        var average = hierarchy.benchmarks().get(1);
        assertEquals(List.of(0.19, 0.24, 0.34, 0.23), List.of(Segment.values()).stream().map(average.shares()::get)
                .toList());
        assertEquals(0.8, average.ratio(), EPS);
    }
}
