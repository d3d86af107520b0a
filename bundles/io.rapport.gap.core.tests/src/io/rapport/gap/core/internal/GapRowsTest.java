package io.rapport.gap.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.model.ProjectSettings;
import io.rapport.core.store.ProjectStore;
import io.rapport.core.survey.Instrument;
import io.rapport.core.survey.Item;
import io.rapport.core.survey.Level;
import io.rapport.core.survey.SurveyRespondent;
import io.rapport.core.store.SurveyTransaction;
import io.rapport.core.store.SurveyTransaction.ResponsesWriter;
import io.rapport.gap.core.EngagementGap;
import io.rapport.gap.core.Expectation;
import io.rapport.gap.core.ExpectationGap;
import io.rapport.gap.core.GapEdit;
import io.rapport.gap.core.GapModel;
import io.rapport.gap.core.GapModelException;
import io.rapport.gap.core.GapReport;
import io.rapport.gap.core.Importance;
import io.rapport.testsupport.KeywordSentimentModel;
import io.rapport.testsupport.RapportServices;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The rows: editing, saving in the project, reopening, validation, and importance from a survey item. */
class GapRowsTest {
    private static final RapportServices SERVICES = RapportServices.forTest(GapRowsTest.class);

    private KeywordSentimentModel model;
    private EngagementGap gap;
    @TempDir
    Path dir;

    @BeforeEach
    void services() {
        model = HandMadeProject.keywords();
        gap = SERVICES.get(EngagementGap.class);
    }

    @AfterEach
    void close() {
        model.close();
    }

    @AfterAll
    static void closeServices() {
        SERVICES.close();
    }

    @Test
    void theDefaultsAreTheTwelveExpectationsBoundToTheNineIndicators() {
        GapModel defaults = gap.defaults();
        assertEquals(12, defaults.expectations().size());
        assertEquals(List.of("accountability", "collaborative-relationship", "consistent-presence",
                "feeling-of-importance", "personalisation", "prompt-dispute-resolution", "too-much-selling",
                "transparency", "two-way-communication"),
                defaults.expectations().stream().flatMap(e -> e.indicators().stream()).sorted().toList());
        assertEquals(List.of(), defaults.problems(
                gap.indicators().stream().map(d -> d.id()).collect(java.util.stream.Collectors.toSet()),
                java.util.Set.of()));
    }

    @Test
    void editsAreSavedInTheProjectAndReopened() throws Exception {
        GapModel edited;
        try (ProjectStore store = SERVICES.projects().create(dir.resolve("p"), ProjectSettings.named("rows"))) {
            assertEquals(gap.defaults(), gap.model(store), "nothing saved: the defaults");
            GapModel m = gap.model(store);
            GapEdit add = m.add("Fast delivery");
            assertEquals("Add 'Fast delivery'", add.label());
            assertEquals(m, add.before());
            m = add.after();
            assertEquals("fast-delivery", m.expectations().get(12).id());
            m = m.rename("fast-delivery", "Quick delivery").after();
            m = m.move("fast-delivery", 0).after();
            m = m.bind("fast-delivery", List.of("two-way-communication", "prompt-dispute-resolution")).after();
            m = m.weigh("fast-delivery", Importance.weight(5)).after();
            m = m.target("fast-delivery", 90).after();
            m = m.remove("choice").after();
            m = m.add("Quick delivery!").after();
            edited = m;
            gap.save(store, edited);
            assertEquals(edited, gap.model(store));
            assertEquals(new Expectation("fast-delivery", "Quick delivery",
                    List.of("two-way-communication", "prompt-dispute-resolution"), Importance.weight(5), 90),
                    edited.expectations().get(0));
            assertEquals("quick-delivery", edited.expectations().get(12).id(), "a new id, not a clash");
            assertTrue(store.document(EngagementGap.DOCUMENT_KEY).orElseThrow().contains("\"Quick delivery\""));
        }
        try (ProjectStore store = SERVICES.projects().open(dir.resolve("p"))) {
            assertEquals(edited, gap.model(store), "the rows are the project's");
            GapEdit undo = edited.remove("trust");
            gap.save(store, undo.after());
            gap.save(store, undo.before());
            assertEquals(edited, gap.model(store), "saving the model before an edit undoes it");
        }
    }

    @Test
    void editsRejectWhatCanNeverBeValid() {
        GapModel m = gap.defaults();
        assertEquals("there is already a row named 'Trust'",
                assertThrows(IllegalArgumentException.class, () -> m.add(" trust ")).getMessage());
        assertEquals("an expectation needs a name",
                assertThrows(IllegalArgumentException.class, () -> m.rename("trust", "  ")).getMessage());
        assertEquals("the weight is 7; it must be 1 to 5", assertThrows(IllegalArgumentException.class,
                () -> m.weigh("trust", Importance.weight(7))).getMessage());
        assertEquals("the target of 'Trust' is 120.0; it must be 0 to 100",
                assertThrows(IllegalArgumentException.class, () -> m.target("trust", 120)).getMessage());
        assertEquals("there is no row with the id nope",
                assertThrows(IllegalArgumentException.class, () -> m.remove("nope")).getMessage());
        assertEquals("there is no position 13 among 12 rows",
                assertThrows(IllegalArgumentException.class, () -> m.move("trust", 12)).getMessage());
    }

    @Test
    void savingRefusesUnknownIndicatorsAndSurveyItemsNamingTheRow() throws Exception {
        try (ProjectStore store = SERVICES.projects().create(dir.resolve("p"), ProjectSettings.named("rows"))) {
            GapModel bad = gap.defaults().bind("trust", List.of("net-promoter")).after()
                    .weigh("choice", Importance.surveyItem("q7")).after();
            GapModelException e = assertThrows(GapModelException.class, () -> gap.save(store, bad));
            assertEquals(List.of("row 5 ('Trust'): the indicator 'net-promoter' is not installed",
                    "row 3 ('Choice'): the survey item 'q7' is not in the project's instrument (it has none)")
                    .stream().sorted().toList(), e.problems().stream().sorted().toList());
            assertEquals(Optional.empty(), store.document(EngagementGap.DOCUMENT_KEY), "nothing saved");
            GapModel duplicate = new GapModel(List.of(gap.defaults().expectations().get(0),
                    gap.defaults().expectations().get(0)));
            assertEquals(List.of("row 2 ('A collaborative relationship'): the id collaborative-relationship is used by"
                    + " another row", "row 2 ('A collaborative relationship'): another row has the same name"),
                    gap.problems(store, duplicate));
        }
    }

    @Test
    void aDamagedDocumentIsReportedNotIgnored() throws Exception {
        try (ProjectStore store = SERVICES.projects().create(dir.resolve("p"), ProjectSettings.named("rows"))) {
            store.saveDocument(EngagementGap.DOCUMENT_KEY, "{\"expectations\":[{\"id\":\"a\",\"label\":\"A\","
                    + "\"importance\":{\"weight\":9}}]}");
            GapModelException e = assertThrows(GapModelException.class, () -> gap.model(store));
            assertEquals(List.of("row 1: the weight is 9; it must be 1 to 5"), e.problems());
            store.saveDocument(EngagementGap.DOCUMENT_KEY, "not json");
            assertTrue(assertThrows(GapModelException.class, () -> gap.model(store)).getMessage()
                    .contains("not JSON"));
        }
    }

    @Test
    void importanceFromASurveyItemIsItsMeanRescaledToOneToFive() throws Exception {
        try (ProjectStore store = HandMadeProject.create(SERVICES, dir)) {
            // a 1-7 scale; "imp" answered 7, 6, 5, 6: mean 6 → 1 + 4 × (6 − 1) / 6 = 4.333;
            // "rev" is reverse-coded: 2, 2, 3, 1 are 6, 6, 5, 7: mean 6 too
            Instrument instrument = new Instrument("importance", List.of(new Level("a", "A"), new Level("b", "B")),
                    List.of(new Item("imp", "Answers matter to me", "a", false),
                            new Item("rev", "I do not care about answers", "b", true)),
                    1, 7, 7, null, null);
            int[][] answers = { { 7, 2 }, { 6, 2 }, { 5, 3 }, { 6, 1 } };
            try (SurveyTransaction tx = store.beginSurvey()) {
                tx.replaceInstrument(instrument, "{}", "test");
                ResponsesWriter w = tx.beginResponses("answers.csv", "csv");
                for (int i = 0; i < answers.length; i++) {
                    w.accept(new SurveyRespondent("R" + i, null, null, Map.of(),
                            Map.of("imp", answers[i][0], "rev", answers[i][1]), i + 2, "{}"));
                }
                w.finish();
                tx.commit();
            }
            assertEquals(List.of("imp", "rev"), gap.surveyItems(store));
            GapModel m = gap.defaults().weigh("prompt-dispute-resolution", Importance.surveyItem("imp")).after()
                    .weigh("transparency", Importance.surveyItem("rev")).after();
            gap.save(store, m);
            GapReport report = gap.report(store, gap.model(store), null, new NullProgressMonitor());
            ExpectationGap prompt = report.rows().stream()
                    .filter(r -> r.expectation().id().equals("prompt-dispute-resolution")).findFirst().orElseThrow();
            double importance = 1 + 4 * 5 / 6.0;
            assertEquals(importance, prompt.importance(), 1e-9);
            assertEquals("survey item imp", prompt.importanceSource());
            // X: 30 points short (basis 4), reddit none (basis 1): (importance / 5 × 30 × 4) / 5
            assertEquals(importance / 5 * 30 * 4 / 5, prompt.gap(), 1e-9);
            ExpectationGap transparency = report.rows().stream()
                    .filter(r -> r.expectation().id().equals("transparency")).findFirst().orElseThrow();
            assertEquals(importance, transparency.importance(), 1e-9, "reverse-coded answers are recoded");
        }
    }
}
