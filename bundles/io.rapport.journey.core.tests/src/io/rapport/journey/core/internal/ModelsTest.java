package io.rapport.journey.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.store.ProjectStore;
import io.rapport.journey.core.JourneyAssessment;
import io.rapport.journey.core.JourneyMap;
import io.rapport.journey.core.JourneyModel;
import io.rapport.journey.core.ModelInputException;
import io.rapport.sample.SampleProjects;
import io.rapport.testsupport.RapportServices;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The shipped models, a model file's errors, and the default model on the sample project. */
class ModelsTest {
    private static final RapportServices SERVICES = RapportServices.forTest(ModelsTest.class);

    @TempDir
    Path dir;

    @AfterAll
    static void close() {
        SERVICES.close();
    }

    @Test
    void theSocialEngagementJourneyAndAltimetersSixStagesAreInstalled() {
        JourneyMap journey = SERVICES.get(JourneyMap.class);
        assertEquals(List.of("altimeter-six-stages", "social-engagement-journey"),
                journey.models().stream().map(JourneyModel::id).toList());
        JourneyModel sej = journey.model(JourneyMap.DEFAULT_MODEL).orElseThrow();
        assertEquals(List.of("Traditional", "Experimental", "Operational", "Measurable", "Fully Engaged"),
                sej.stages().stream().map(JourneyModel.Stage::label).toList());
        assertEquals(List.of("strategy", "insights", "advocacy", "channels", "training"),
                sej.dimensions().stream().map(JourneyModel.Dimension::id).toList());
        // every dimension has criteria at every stage after the first
        for (JourneyModel.Dimension d : sej.dimensions()) {
            for (JourneyModel.Stage s : sej.stages().subList(1, sej.stages().size())) {
                assertTrue(!sej.criteria(d.id(), s.id()).isEmpty(), d.id() + " at " + s.id());
            }
        }
        assertEquals(6, journey.model("altimeter-six-stages").orElseThrow().stages().size());
        // every evidence criterion of the shipped models names an installed indicator
        Set<String> installed = journey.indicators().stream().map(JourneyMap.IndicatorInfo::id)
                .collect(Collectors.toSet());
        for (JourneyModel m : journey.models()) {
            m.criteria().stream().filter(JourneyModel.Criterion::isEvidence).forEach(c -> assertTrue(
                    installed.contains(c.evidence().indicator()), m.id() + " " + c.id() + " " + installed));
        }
    }

    @Test
    void aModelFileNamesThePathAndReasonOfEachMistake() throws Exception {
        JourneyMap journey = SERVICES.get(JourneyMap.class);
        assertProblem(journey, HandJourney.MODEL.replace("\"at_least\": 0.5", "\"at_lest\": 0.5"),
                "$.criteria[0].evidence.at_lest: unknown field");
        assertProblem(journey, HandJourney.MODEL.replace("\"stage\": \"s2\", \"label\": \"Half answered\"",
                "\"stage\": \"s1\", \"label\": \"Half answered\""), "$.criteria[0].stage: the first stage 's1' is "
                        + "where everyone starts: it has no criteria");
        assertProblem(journey, HandJourney.MODEL.replace("\"stage\": \"s3\", \"label\": \"A policy\"",
                "\"stage\": \"s9\", \"label\": \"A policy\""), "$.criteria[1].stage: the model has no stage 's9'");
        assertProblem(journey, HandJourney.MODEL.replace("\"id\": \"d2-fast\"", "\"id\": \"d1-rate\""),
                "$.criteria[3].id: the criterion id 'd1-rate' is used twice");
        assertProblem(journey, HandJourney.MODEL.replace("\"attestation\": {\"question\": \"Is there a policy?\"}",
                "\"attestation\": {\"question\": \"?\"}, \"evidence\": {\"indicator\": \"x\", \"at_most\": 1}"),
                "$.criteria[1]: give either \"evidence\" or \"attestation\"");
        assertProblem(journey, HandJourney.MODEL.replace("\"label\": \"Test model\"",
                "\"label\": \"Test model\", \"label\": \"Again\""), "not valid JSON: Duplicate field 'label'");
    }

    private void assertProblem(JourneyMap journey, String json, String expected) throws Exception {
        Path file = Files.writeString(dir.resolve("bad.json"), json);
        ModelInputException e = assertThrows(ModelInputException.class, () -> journey.readModel(file));
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void theSampleProjectHasAPlaceOnTheJourney() throws Exception {
        JourneyMap journey = SERVICES.get(JourneyMap.class);
        try (ProjectStore store = SERVICES.get(SampleProjects.class).create(dir.resolve("sample"),
                new NullProgressMonitor())) {
            JourneyModel sej = journey.model(JourneyMap.DEFAULT_MODEL).orElseThrow();
            JourneyAssessment a = journey.assess(store, sej, LocalDate.parse("2026-10-31"), new NullProgressMonitor());
            assertEquals(5, a.dimensions().size());
            // the sample answers customers on several channels: past the first stage on channels
            assertTrue(sej.position(a.dimensions().get(3).stage().id()) >= 1, a.dimensions().get(3).toString());
            // nothing attested yet, so the overall stage stops where an attestation is needed
            assertTrue(a.nextSteps().size() >= 1, a.toString());
        }
    }
}
