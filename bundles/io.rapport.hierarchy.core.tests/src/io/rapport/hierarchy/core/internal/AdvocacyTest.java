package io.rapport.hierarchy.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.rapport.core.importer.ImportReport;
import io.rapport.core.importer.ImportRequest;
import io.rapport.core.model.AccountRef;
import io.rapport.core.model.ProjectSettings;
import io.rapport.core.store.ProjectStore;
import io.rapport.core.survey.Segment;
import io.rapport.hierarchy.core.Advocacy;
import io.rapport.hierarchy.core.HierarchyReport;
import io.rapport.hierarchy.core.ScoreRequest;
import io.rapport.hierarchy.core.SurveyImportRequest;
import io.rapport.hierarchy.core.SurveyImporter;
import io.rapport.testsupport.RapportServices;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Advocacy by segment on a tiny project: the hand-made survey with handles, linked to interactions whose every
 * advocacy signal is known (comments say which).
 */
class AdvocacyTest {
    private static final RapportServices SERVICES = RapportServices.forTest(AdvocacyTest.class);
    private static final double EPS = 1e-9;

    @AfterAll
    static void close() {
        SERVICES.close();
    }

    private static String line(String id, String kind, String author, String at, String text, String extra) {
        return "{\"channel\":\"" + (id.startsWith("g") ? "google-play" : "x") + "\",\"id\":\"" + id + "\",\"kind\":\""
                + kind + "\",\"author\":{\"handle\":\"" + author + "\"},\"created_at\":\"" + at + "\",\"text\":\""
                + text + "\"" + (extra == null ? "" : "," + extra) + "}";
    }

    @Test
    void linkedRespondentsAdvocacyIsComparedBySegment(@TempDir Path dir) throws Exception {
        List<String> interactions = List.of(
                line("o1", "post", "acme", "2025-03-01T09:00:00Z", "New plans are out", null),
                // alice (A, fully engaged): positive about us, a share of our post, a helpful reply, a recommendation
                line("a1", "post", "alice", "2025-03-01T10:00:00Z", "@acme love the new plans, great job!",
                        "\"mentions\":[\"acme\"]"),
                line("a2", "share", "alice", "2025-03-01T10:05:00Z", "", "\"thread_id\":\"o1\""),
                line("q1", "post", "carol", "2025-03-02T08:00:00Z", "Does anyone know why my router keeps dropping?",
                        null),
                line("a3", "reply", "alice", "2025-03-02T08:30:00Z", "Restart the router, that fixed it for me",
                        "\"in_reply_to\":\"q1\""),
                line("a4", "post", "alice", "2025-03-03T12:00:00Z", "I recommend Acme to everyone", null),
                // dave (D, actively disengaged): negative about us, and a recommendation negated
                line("d1", "post", "Dave", "2025-03-04T12:00:00Z", "@acme this is terrible, worst service",
                        "\"mentions\":[\"acme\"]"),
                line("d2", "post", "Dave", "2025-03-04T13:00:00Z", "I would not recommend them", null),
                // bob (B, not engaged under the cumulative rule): a five-star review
                line("g1", "review", "bob", "2025-03-05T12:00:00Z", "Great app", "\"rating\":5"));
        ProjectStore store = SERVICES.projects().create(dir.resolve("project"),
                new ProjectSettings("Acme", List.of(AccountRef.parse("x:acme")), List.of(), List.of()));
        try (store) {
            Path jsonl = dir.resolve("interactions.jsonl");
            Files.write(jsonl, interactions);
            ImportReport imported = SERVICES.imports().importFiles(store, new ImportRequest(List.of(jsonl), null, true),
                    new NullProgressMonitor());
            assertEquals(interactions.size(), imported.imported());
            String responses = HandSurvey.RESPONSES.replace("respondent_id,region,", "respondent_id,handle,region,")
                    .replace("A,north", "A,x:alice,north").replace("B,north", "B,google-play:bob,north")
                    .replace("D,south", "D,x:@Dave,south").replace("J,north", "J,x:nobody,north")
                    .replaceAll("\n([CEFGHI]),", "\n$1,,");
            SERVICES.get(SurveyImporter.class).importSurvey(store, new SurveyImportRequest(
                    HandSurvey.instrument(SERVICES, dir), HandSurvey.write(dir, "responses.csv", responses), null,
                    false, true), new NullProgressMonitor());

            HierarchyReport report = HandSurvey.hierarchy(SERVICES).score(store, ScoreRequest.defaults(),
                    new NullProgressMonitor());
            Advocacy advocacy = report.advocacy();
            assertEquals("vader@3.3.2", advocacy.sentimentModel());
            List<Advocacy.Row> rows = advocacy.bySegment();
            assertEquals(List.of(Segment.values()), rows.stream().map(Advocacy.Row::segment).toList());

            Advocacy.Row fully = rows.get(0);
            assertEquals(List.of(1L, 1L, 1L, 4L), List.of(fully.respondents(), fully.withHandle(), fully.linked(),
                    fully.interactions()));
            // a1 is the only one addressed to us (a2 shares, a3 answers a customer, a4 mentions nobody)
            assertEquals(1, fully.aboutUs());
            assertEquals(1.0, fully.positiveShare(), EPS);
            assertEquals(0.0, fully.negativeShare(), EPS);
            assertEquals(List.of(1L, 1L, 1L, 1L, 1L, 1L), List.of(fully.recommendations(), fully.recommenders(),
                    fully.helpfulReplies(), fully.helpers(), fully.sharesOfOurPosts(), fully.sharers()));
            assertEquals(1.0, fully.recommenderShare(), EPS);

            Advocacy.Row engaged = rows.get(1);
            assertEquals(0, engaged.respondents());
            assertNull(engaged.positiveShare(), "nothing to divide");

            Advocacy.Row notEngaged = rows.get(2);
            assertEquals(List.of(6L, 1L, 1L, 1L, 1L, 1L), List.of(notEngaged.respondents(), notEngaged.withHandle(),
                    notEngaged.linked(), notEngaged.interactions(), notEngaged.aboutUs(),
                    notEngaged.positiveAboutUs()));
            assertEquals(1, notEngaged.recommendations(), "a review rated 5");
            assertEquals(0, notEngaged.helpfulReplies());

            Advocacy.Row disengaged = rows.get(3);
            // D and J gave handles; only dave wrote anything (matched without regard to case and '@')
            assertEquals(List.of(2L, 2L, 1L, 2L, 1L), List.of(disengaged.respondents(), disengaged.withHandle(),
                    disengaged.linked(), disengaged.interactions(), disengaged.aboutUs()));
            assertEquals(0.0, disengaged.positiveShare(), EPS);
            assertEquals(1.0, disengaged.negativeShare(), EPS);
            assertEquals(0, disengaged.recommendations(), "'would not recommend' is not a recommendation");
            assertEquals(0.0, disengaged.recommenderShare(), EPS);
        }
    }
}
