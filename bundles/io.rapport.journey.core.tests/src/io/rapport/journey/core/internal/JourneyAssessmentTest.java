package io.rapport.journey.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.store.ProjectStore;
import io.rapport.journey.core.AttestationAnswer;
import io.rapport.journey.core.IndicatorValue;
import io.rapport.journey.core.JourneyAssessment;
import io.rapport.journey.core.JourneyAssessment.CriterionResult;
import io.rapport.journey.core.JourneyAssessment.Status;
import io.rapport.journey.core.JourneyIndicator;
import io.rapport.journey.core.JourneyMap;
import io.rapport.journey.core.JourneyModel;
import io.rapport.journey.core.JourneySnapshot;
import io.rapport.testsupport.RapportServices;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The indicators and the stage per dimension on the hand-made project of {@link HandJourney}. */
class JourneyAssessmentTest {
    private static final RapportServices SERVICES = RapportServices.forTest(JourneyAssessmentTest.class);
    private static final LocalDate APRIL = LocalDate.parse("2025-04-30");
    private static final LocalDate JANUARY = LocalDate.parse("2025-01-20");
    private static final double EPS = 1e-9;

    @TempDir
    Path dir;
    private ProjectStore store;
    private JourneyMap journey;
    private JourneyModel model;

    @BeforeEach
    void project() throws Exception {
        store = HandJourney.project(SERVICES, dir);
        journey = SERVICES.get(JourneyMap.class);
        model = journey.readModel(Files.writeString(dir.resolve("model.json"), HandJourney.MODEL));
    }

    @AfterEach
    void closeProject() {
        store.close();
    }

    @AfterAll
    static void close() {
        SERVICES.close();
    }

    private IndicatorValue measure(String id, LocalDate asOf) throws Exception {
        return SERVICES.get(JourneyIndicator.class, "(rapport.indicator.id=" + id + ")").measure(store, asOf,
                new NullProgressMonitor());
    }

    @Test
    void indicatorsMeasureTheNinetyDaysUpToTheDay() throws Exception {
        // April window: inbound on x and reddit; outbound only on x; 3 of 6 addressed answered; 30, 60, 90 minutes
        assertEquals(2.0, measure("listening-coverage", APRIL).value());
        assertEquals("reddit, x (2025-01-31 to 2025-04-30)", measure("listening-coverage", APRIL).basis());
        assertEquals(1.0, measure("active-channels", APRIL).value());
        assertEquals(0.5, measure("response-rate", APRIL).value(), EPS);
        assertEquals("3 of 6 addressed answered (2025-01-31 to 2025-04-30)", measure("response-rate", APRIL).basis());
        // one of the two ideas answered (the gap's idea detection, installed with io.rapport.gap.core)
        assertEquals(0.5, measure("ideas-answered", APRIL).value(), EPS);
        assertEquals("1 of 2 ideas answered (2025-01-31 to 2025-04-30)", measure("ideas-answered", APRIL).basis());
        assertNull(measure("ideas-answered", JANUARY).value(), "no ideas in January's window");
        assertEquals(60.0, measure("median-first-response", APRIL).value(), EPS);
        assertEquals(2.0, measure("responding-departments", APRIL).value());
        assertEquals("engineering, support (2025-01-31 to 2025-04-30)",
                measure("responding-departments", APRIL).basis());
        // January window: only c0 and kim's answer after 10 minutes
        assertEquals(1.0, measure("listening-coverage", JANUARY).value());
        assertEquals(1.0, measure("response-rate", JANUARY).value(), EPS);
        assertEquals(10.0, measure("median-first-response", JANUARY).value(), EPS);
        assertEquals(1.0, measure("responding-departments", JANUARY).value());
        // no survey in this project
        IndicatorValue survey = measure("survey-age", APRIL);
        assertNull(survey.value());
        assertEquals("no survey responses imported by 2025-04-30", survey.basis());
        // before any data: nothing addressed, so no rate
        assertNull(measure("response-rate", LocalDate.parse("2024-06-01")).value());
    }

    @Test
    void eachDimensionReachesTheHighestStageWhoseCriteriaAndThoseBelowAreMet() throws Exception {
        JourneyAssessment a = journey.assess(store, model, APRIL, new NullProgressMonitor());
        // d1: rate 0.5 ≥ 0.5 reaches s2; the policy is not attested, so not s3
        // d2: 2 channels < 3 stays at s1, although its s3 criterion (median 60 ≤ 120) is met
        assertEquals(List.of("s2", "s1"), a.dimensions().stream().map(d -> d.stage().id()).toList());
        assertEquals("s1", a.overall().id(), JourneyAssessment.OVERALL_RULE);
        assertEquals("s2", a.next().id());
        assertEquals(List.of("d2-coverage"), a.nextSteps().stream().map(r -> r.criterion().id()).toList());
        CriterionResult coverage = a.nextSteps().get(0);
        assertEquals(Status.NOT_MET, coverage.status());
        assertEquals(2.0, coverage.value());
        assertEquals("\u2265 3", coverage.target());
        CriterionResult policy = a.dimensions().get(0).criteria().get(1);
        assertEquals(Status.UNKNOWN, policy.status());
        assertEquals("not attested yet", policy.basis());
        CriterionResult fast = a.dimensions().get(1).criteria().get(1);
        assertEquals(Status.MET, fast.status(), "met, but a lower stage is not");

        // January: rate 1.0, 1 channel: the same stages
        JourneyAssessment january = journey.assess(store, model, JANUARY, new NullProgressMonitor());
        assertEquals(List.of("s2", "s1"), january.dimensions().stream().map(d -> d.stage().id()).toList());
    }

    @Test
    void attestationsAreKeptInTheProjectAndCountFromTheirDay() throws Exception {
        journey.attest(store, model, new AttestationAnswer("d1-policy", true, "published 2025-02-01", "Sam",
                Instant.parse("2025-02-01T12:00:00Z")));
        assertEquals("s3", journey.assess(store, model, APRIL, new NullProgressMonitor()).dimensions().get(0).stage()
                .id(), "the attested policy lifts d1 to s3");
        assertEquals("s2", journey.assess(store, model, JANUARY, new NullProgressMonitor()).dimensions().get(0)
                .stage().id(), "as of January the policy was not attested yet");
        AttestationAnswer kept = journey.attestations(store, model).get("d1-policy");
        assertEquals("Sam", kept.who());
        assertEquals("published 2025-02-01", kept.note());

        journey.attest(store, model, new AttestationAnswer("d1-policy", false, "withdrawn", "Sam",
                Instant.parse("2025-03-01T12:00:00Z")));
        CriterionResult no = journey.assess(store, model, APRIL, new NullProgressMonitor()).dimensions().get(0)
                .criteria().get(1);
        assertEquals(Status.NOT_MET, no.status());
        assertEquals("no: withdrawn", no.basis());
        journey.withdraw(store, model, "d1-policy");
        assertTrue(journey.attestations(store, model).isEmpty());

        assertThrows(IllegalArgumentException.class, () -> journey.attest(store, model, new AttestationAnswer(
                "d1-rate", true, null, "Sam", Instant.now())), "evidence is measured, not attested");
        assertThrows(IllegalArgumentException.class, () -> journey.attest(store, model, new AttestationAnswer(
                "nope", true, null, "Sam", Instant.now())));
    }

    @Test
    void snapshotsAreKeptDatedAndReadBack() throws Exception {
        journey.saveSnapshot(store, journey.assess(store, model, APRIL, new NullProgressMonitor()));
        journey.saveSnapshot(store, journey.assess(store, model, JANUARY, new NullProgressMonitor()));
        List<JourneySnapshot> snapshots = journey.snapshots(store, model);
        assertEquals(List.of(JANUARY, APRIL), snapshots.stream().map(JourneySnapshot::asOf).toList(),
                "oldest first");
        JourneySnapshot april = snapshots.get(1);
        assertEquals("s1", april.overall());
        assertEquals("s2", april.stages().get("d1"));
        assertEquals(new JourneySnapshot.Entry(Status.NOT_MET, 2.0), april.criteria().get("d2-coverage"));
        assertEquals(new JourneySnapshot.Entry(Status.UNKNOWN, null), april.criteria().get("d1-policy"));
    }

    @Test
    void aCriterionOfAnIndicatorThatIsNotInstalledIsUnknown() throws Exception {
        JourneyModel other = journey.readModel(Files.writeString(dir.resolve("other.json"), HandJourney.MODEL
                .replace("listening-coverage", "partner-nps")));
        CriterionResult r = journey.assess(store, other, APRIL, new NullProgressMonitor()).dimensions().get(1)
                .criteria().get(0);
        assertEquals(Status.UNKNOWN, r.status());
        assertEquals("the indicator 'partner-nps' is not installed", r.basis());
    }
}
