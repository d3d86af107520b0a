package io.rapport.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.store.ProjectStore;
import io.rapport.core.store.ProjectStoreProvider;
import io.rapport.journey.core.JourneyAssessment;
import io.rapport.journey.core.JourneyAssessment.CriterionResult;
import io.rapport.journey.core.JourneyMap;
import io.rapport.journey.core.JourneyModel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code rapport journey} on the sample project: its JSON is the service's assessment; an attestation given on
 * the command line is kept and counts; {@code --save} keeps a snapshot that {@code history} lists; bad input is
 * a usage error.
 */
class JourneyCommandTest {
    private static final Cli CLI = new Cli();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DAY = "2026-10-31";
    @TempDir
    static Path tmp;
    private static Path sample;

    @BeforeAll
    static void sampleProject() {
        sample = tmp.resolve("sample");
        Cli.Result r = CLI.run("sample", sample.toString());
        assertEquals(0, r.exitCode(), r.err());
    }

    @AfterAll
    static void close() {
        CLI.close();
    }

    private static JourneyAssessment expected(String modelId) throws Exception {
        JourneyMap journey = CLI.service(JourneyMap.class);
        try (ProjectStore store = CLI.service(ProjectStoreProvider.class).open(sample)) {
            return journey.assess(store, journey.model(modelId).orElseThrow(), LocalDate.parse(DAY),
                    new NullProgressMonitor());
        }
    }

    private static JsonNode json(String... args) throws Exception {
        Cli.Result r = CLI.run(args);
        assertEquals(0, r.exitCode(), r.err());
        return JSON.readTree(r.out());
    }

    private static void assertSame(JourneyAssessment expected, JsonNode j) {
        assertEquals(expected.asOf().toString(), j.get("as_of").asText());
        assertEquals(expected.overall().id(), j.get("overall").get("id").asText());
        assertEquals(expected.dimensions().size(), j.get("dimensions").size());
        for (int d = 0; d < expected.dimensions().size(); d++) {
            JourneyAssessment.DimensionResult dim = expected.dimensions().get(d);
            JsonNode jd = j.get("dimensions").get(d);
            assertEquals(dim.dimension().id(), jd.get("id").asText());
            assertEquals(dim.stage().id(), jd.get("stage").get("id").asText(), dim.dimension().id());
            for (int c = 0; c < dim.criteria().size(); c++) {
                CriterionResult r = dim.criteria().get(c);
                JsonNode jc = jd.get("criteria").get(c);
                assertEquals(r.criterion().id(), jc.get("id").asText());
                assertEquals(r.status().name().toLowerCase(java.util.Locale.ROOT), jc.get("status").asText(),
                        r.criterion().id());
                if (r.criterion().isEvidence()) {
                    if (r.value() == null) {
                        assertTrue(jc.get("value").isNull(), r.criterion().id());
                    } else {
                        assertEquals(r.value(), jc.get("value").asDouble(), 1e-12, r.criterion().id());
                    }
                }
            }
        }
        assertEquals(expected.nextSteps().stream().map(r -> r.criterion().id()).toList(),
                j.get("next_steps").findValuesAsText("id"));
    }

    @Test
    void journeyJsonIsTheServicesAssessmentForEachModel() throws Exception {
        assertSame(expected(JourneyMap.DEFAULT_MODEL), json("journey", sample.toString(), "--as-of", DAY, "--json"));
        assertSame(expected("altimeter-six-stages"), json("journey", sample.toString(), "--model",
                "altimeter-six-stages", "--as-of", DAY, "--json"));
        Cli.Result table = CLI.run("journey", sample.toString(), "--as-of", DAY);
        assertEquals(0, table.exitCode(), table.err());
        assertTrue(table.out().startsWith("Social Engagement Journey as of " + DAY), table.out());
    }

    @Test
    void anAttestationIsKeptAndSnapshotsAreListed() throws Exception {
        JsonNode before = json("journey", sample.toString(), "--as-of", DAY, "--json");
        assertEquals("unknown", criterion(before, "training-guidance").get("status").asText());
        Cli.Result attest = CLI.run("journey", sample.toString(), "attest", "training-guidance", "yes", "--note",
                "briefing in March", "--who", "Sam");
        assertEquals(0, attest.exitCode(), attest.err());
        JsonNode after = json("journey", sample.toString(), "--as-of", LocalDate.now().toString(), "--save",
                "--json");
        JsonNode guidance = criterion(after, "training-guidance");
        assertEquals("met", guidance.get("status").asText());
        assertEquals("Sam", guidance.get("answer").get("who").asText());
        assertEquals("briefing in March", guidance.get("answer").get("note").asText());
        // answered today: as of the sample's last day it was not attested yet
        assertEquals("unknown", criterion(json("journey", sample.toString(), "--as-of", DAY, "--json"),
                "training-guidance").get("status").asText());

        JsonNode history = json("journey", sample.toString(), "history", "--json");
        assertEquals(1, history.get("snapshots").size());
        assertEquals(after.get("overall").get("id").asText(), history.get("snapshots").get(0).get("overall")
                .asText());
        assertEquals(0, CLI.run("journey", sample.toString(), "withdraw", "training-guidance").exitCode());
        assertEquals("unknown", criterion(json("journey", sample.toString(), "--json"), "training-guidance")
                .get("status").asText());
    }

    private static JsonNode criterion(JsonNode assessment, String id) {
        for (JsonNode d : assessment.get("dimensions")) {
            for (JsonNode c : d.get("criteria")) {
                if (c.get("id").asText().equals(id)) {
                    return c;
                }
            }
        }
        throw new AssertionError("no criterion " + id);
    }

    @Test
    void badInputIsAUsageError() {
        for (List<String> args : List.of(List.of("journey", sample.toString(), "--model", "nope"),
                List.of("journey", sample.toString(), "--as-of", "2026-02-30"),
                List.of("journey", sample.toString(), "attest", "strategy-half-answered", "yes"),
                List.of("journey", sample.toString(), "attest", "training-guidance", "maybe"),
                List.of("journey", sample.toString(), "explain"))) {
            Cli.Result r = CLI.run(args.toArray(String[]::new));
            assertEquals(2, r.exitCode(), args + ": " + r.err());
            assertTrue(r.err().contains("rapport journey") || !r.err().isBlank(), r.err());
        }
        Cli.Result model = CLI.run("journey", sample.toString(), "--model", "nope");
        assertTrue(model.err().contains("no model 'nope' (installed: altimeter-six-stages, social-engagement-journey)"),
                model.err());
        Cli.Result evidence = CLI.run("journey", sample.toString(), "attest", "strategy-half-answered", "yes");
        assertTrue(evidence.err().contains("strategy-half-answered is measured from the data, not attested"),
                evidence.err());
    }
}
