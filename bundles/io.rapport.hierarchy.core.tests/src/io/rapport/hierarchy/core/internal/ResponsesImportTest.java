package io.rapport.hierarchy.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.model.ProjectSettings;
import io.rapport.core.store.ProjectStore;
import io.rapport.core.store.RecordError;
import io.rapport.core.survey.SegmentMapping;
import io.rapport.hierarchy.core.HierarchyReport;
import io.rapport.hierarchy.core.InstrumentFile;
import io.rapport.hierarchy.core.ResponseMapping;
import io.rapport.hierarchy.core.ScoreRequest;
import io.rapport.hierarchy.core.SegmentCount;
import io.rapport.hierarchy.core.SurveyImportReport;
import io.rapport.hierarchy.core.SurveyImportReport.PartialResponse;
import io.rapport.hierarchy.core.SurveyImportRequest;
import io.rapport.hierarchy.core.SurveyImporter;
import io.rapport.hierarchy.core.SurveyInputException;
import io.rapport.testsupport.RapportServices;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Importing responses as a user does: every validation rule, mappings, encodings, and what the store holds. */
class ResponsesImportTest {
    private static final RapportServices SERVICES = RapportServices.forTest(ResponsesImportTest.class);
    @TempDir
    Path dir;
    private ProjectStore store;
    private SurveyImporter importer;
    private InstrumentFile instrument;

    @BeforeEach
    void project() throws Exception {
        importer = SERVICES.get(SurveyImporter.class);
        store = SERVICES.projects().create(dir.resolve("project"), ProjectSettings.named("Import"));
        instrument = HandSurvey.instrument(SERVICES, dir);
    }

    @AfterEach
    void closeProject() {
        store.close();
    }

    @AfterAll
    static void close() {
        SERVICES.close();
    }

    private SurveyImportReport importFile(Path file, ResponseMapping mapping, boolean replace, boolean strict)
            throws Exception {
        return importer.importSurvey(store, new SurveyImportRequest(instrument, file, mapping, replace, strict),
                new NullProgressMonitor());
    }

    private List<List<Object>> rows(String sql) throws Exception {
        return HandSurvey.rows(store, sql);
    }

    @Test
    void everyBadRowIsRejectedWithItsRowAndReasonAndTheValidRowsAreKept() throws Exception {
        Path csv = HandSurvey.write(dir, "bad.csv", """
                respondent_id,region,b1,b2,m1,m2,t1
                R2,north,5,5,5,1,5
                R3,north,6,5,5,5,5
                R4,north,x,5,5,5,5
                R2,south,1,1,1,1,1
                ,north,5,5,5,5,5
                R7,north,5,5
                R8,north,,,,,
                ,,,,,,
                R10,south,5,5,,1,5
                R11,north,0,9,5,5,5
                R12,"north, upper
                valley",5,5,5,1,5
                R13,"south,5,5,5,5,5
                """);
        SurveyImportReport report = importFile(csv, null, false, false);
        assertTrue(report.committed());
        SurveyImportReport.Responses r = report.responses();
        List<String> errors = r.errors().stream().map(e -> e.line() + ": " + e.reason()).toList();
        assertEquals(List.of(
                "3: b1: 6 is outside the scale 1–5",
                "4: b1: 'x' is not a whole number",
                "5: respondent R2 is already on row 2",
                "6: no respondent id (column respondent_id)",
                "7: the row has 4 cells, the header 7",
                "8: no answers",
                "11: b1: 0 is outside the scale 1–5; b2: 9 is outside the scale 1–5",
                "13: a quoted cell is not closed before the end of the file; the row has 2 cells, the header 7"),
                errors);
        assertEquals("R4,north,x,5,5,5,5", r.errors().get(1).raw(), "the rejected row as it was");
        assertEquals(11, r.rows(), "row 9 is blank and skipped");
        assertEquals(3, r.added(), "R2, R10, R12");
        assertEquals(8, r.rejected());
        assertEquals(1, r.partial());
        assertEquals(List.of(new PartialResponse(10, "R10", List.of("m1"), List.of("mid"))), r.partials());
        assertEquals(List.of(List.of("R12", "north, upper\nvalley")), rows("SELECT r.respondent_id, a.value FROM"
                + " survey_respondents r JOIN survey_attributes a USING (respondent_no) WHERE r.respondent_id = 'R12'"));
        assertEquals(List.of(List.of(8L, 8L)), rows("SELECT count(*), count(raw) FROM survey_import_errors"),
                "rejections are kept in the project with their text");
    }

    @Test
    void strictImportsNothingWhenARowIsRejected() throws Exception {
        Path csv = HandSurvey.write(dir, "one-bad.csv", "respondent_id,b1,b2,m1,m2,t1\nA,5,5,5,5,5\nB,5,5,5,5,7\n");
        SurveyImportReport report = importFile(csv, null, false, true);
        assertFalse(report.committed());
        assertEquals(1, report.responses().rejected());
        assertEquals(0, report.responses().added());
        assertEquals(List.of(List.of(0L, 0L, 0L)), rows("SELECT (SELECT count(*) FROM survey_respondents),"
                + " (SELECT count(*) FROM survey_imports), (SELECT count(*) FROM survey_instrument)"));
    }

    @Test
    void theStoreHoldsTheInstrumentAndEveryRespondentsRowAndAReimportReplacesByRespondentId() throws Exception {
        Path csv = HandSurvey.write(dir, "responses.csv", HandSurvey.RESPONSES);
        SurveyImportReport first = importFile(csv, null, false, false);
        assertTrue(first.instrumentReplaced());
        assertEquals(10, first.responses().added());
        assertEquals(List.of(List.of("Hand-made test instrument", HandSurvey.INSTRUMENT, 1L, 5L, 5L)),
                rows("SELECT name, definition, scale_min, scale_max, top_box FROM survey_instrument"));
        assertEquals(List.of(List.of(1L, "base", "Base"), List.of(2L, "mid", "Middle"), List.of(3L, "top", "Top")),
                rows("SELECT position, level_id, label FROM survey_levels ORDER BY position"));
        assertEquals(List.of(List.of("m2", "mid", 2L, true)),
                rows("SELECT item_id, level_id, level_position, reverse FROM survey_items WHERE reverse"));
        assertEquals(List.of(List.of("B", 3L, "{\"respondent_id\":\"B\",\"region\":\"north\",\"b1\":\"5\",\"b2\":\"5\","
                + "\"m1\":\"5\",\"m2\":\"5\",\"t1\":\"5\"}")),
                rows("SELECT respondent_id, source_row, raw FROM survey_respondents WHERE respondent_id = 'B'"));
        assertEquals(List.of(List.of(48L, 10L)), rows("SELECT count(*), count(DISTINCT respondent_no)"
                + " FROM survey_answers"), "50 cells, 2 of them blank (F m1, G t1)");
        assertEquals(List.of(List.of(5L)), rows("SELECT a.answer FROM survey_answers a JOIN survey_respondents r"
                + " USING (respondent_no) WHERE r.respondent_id = 'B' AND a.item_id = 'm2'"), "stored as answered");

        // the same file again: every respondent replaced by the identical row, nobody added
        SurveyImportReport again = importFile(csv, null, false, false);
        assertFalse(again.instrumentReplaced(), "the same instrument is kept");
        assertEquals(0, again.responses().added());
        assertEquals(10, again.responses().replaced());
        assertEquals(List.of(List.of(10L, 48L)), rows("SELECT (SELECT count(*) FROM survey_respondents),"
                + " (SELECT count(*) FROM survey_answers)"));

        // a corrected export of two respondents and one new one: the others stay
        Path correction = HandSurvey.write(dir, "correction.csv",
                "respondent_id,region,b1,b2,m1,m2,t1\nB,west,1,1,1,5,1\nF,south,5,5,5,1,5\nK,east,5,5,5,1,5\n");
        SurveyImportReport corrected = importFile(correction, null, false, false);
        assertEquals(1, corrected.responses().added());
        assertEquals(2, corrected.responses().replaced());
        assertEquals(List.of(List.of(11L)), rows("SELECT count(*) FROM survey_respondents"));
        assertEquals(List.of(List.of("west")), rows("SELECT a.value FROM survey_attributes a JOIN survey_respondents r"
                + " USING (respondent_no) WHERE r.respondent_id = 'B'"));
        assertEquals(List.of(List.of(3L, "correction.csv", 1L, 2L, 0L)), rows("SELECT id, regexp_extract(file,"
                + " '[^/]+$'), added, replaced, rejected FROM survey_imports ORDER BY id DESC LIMIT 1"));

        // replace: a new survey
        SurveyImportReport replaced = importFile(correction, null, true, false);
        assertEquals(11, replaced.removed());
        assertEquals(3, replaced.responses().added());
        assertEquals(List.of(List.of(3L)), rows("SELECT count(*) FROM survey_respondents"));
    }

    @Test
    void aMappingNamesColumnsWhoseNamesDifferFromTheItemIds() throws Exception {
        Path csv = HandSurvey.write(dir, "export.csv", """
                Response ID,Where,Q1,Q2,Q3,Q4,Q5,IP address,Twitter
                1001,north,5,5,5,1,5,10.0.0.1,x:@Alice_K
                1002,south,4,4,4,2,4,10.0.0.2,bob
                1003,south,2,1,1,5,1,10.0.0.3,
                """);
        Path mappingFile = HandSurvey.write(dir, "mapping.json", """
                {"Response ID": "respondent_id", "where": "attribute:region", "Q1": "b1", "Q2": "b2", "Q3": "m1",
                 "Q4": "m2", "Q5": "t1", "IP address": "ignore", "Twitter": "handle"}
                """);
        ResponseMapping mapping = importer.readMapping(mappingFile);
        SurveyImportReport.Responses r = importFile(csv, mapping, false, false).responses();
        assertEquals(3, r.added());
        assertEquals("Response ID", r.columns().respondentId());
        assertEquals("Twitter", r.columns().handle());
        assertEquals(Map.of("Q1", "b1", "Q2", "b2", "Q3", "m1", "Q4", "m2", "Q5", "t1"), r.columns().items());
        assertEquals(List.of("region"), r.columns().attributes());
        assertEquals(List.of("IP address"), r.columns().ignored());
        assertEquals(List.of(new RecordError(3, -1, "handle 'bob' has no channel (write channel:handle): not linked")),
                r.notes());
        assertEquals(List.of(List.of("1001", "x", "alice_k", "north"), Arrays.asList("1002", null, null, "south")),
                rows("SELECT r.respondent_id, r.handle_channel, r.handle, a.value FROM survey_respondents r"
                        + " JOIN survey_attributes a USING (respondent_no) WHERE a.name = 'region'"
                        + " ORDER BY r.respondent_id LIMIT 2"));
        assertEquals(List.of(List.of(0L)), rows("SELECT count(*) FROM survey_attributes WHERE name = 'IP address'"),
                "ignored columns are not kept");
    }

    @Test
    void aMappingToAnUnknownItemOrColumnRefusesTheFileNamingThePath() throws Exception {
        Path csv = HandSurvey.write(dir, "export.csv", "id,Q1,b2,m1,m2,t1,Q12\n1,5,5,5,5,5,5\n");
        Path unknownItem = HandSurvey.write(dir, "unknown-item.json", "{\"Q1\": \"b1\", \"Q12\": \"x9\"}");
        SurveyInputException e = assertThrows(SurveyInputException.class,
                () -> importFile(csv, importer.readMapping(unknownItem), false, false));
        assertTrue(e.getMessage().startsWith(unknownItem + ": $[\"Q12\"]: 'x9' is not an item of the instrument"
                + " (items: b1, b2, m1, m2, t1)"), e.getMessage());
        Path unknownColumn = HandSurvey.write(dir, "unknown-column.json", "{\"Q1\": \"b1\", \"Q13\": \"t1\"}");
        e = assertThrows(SurveyInputException.class,
                () -> importFile(csv, importer.readMapping(unknownColumn), false, false));
        assertTrue(e.getMessage().contains("$[\"Q13\"]: " + csv + " has no column 'Q13'"), e.getMessage());
        Path twice = HandSurvey.write(dir, "twice.json", "{\"Q1\": \"b2\"}");
        e = assertThrows(SurveyInputException.class, () -> importFile(csv, importer.readMapping(twice), false, false));
        assertTrue(e.getMessage().contains("columns 'Q1' and 'b2' both answer item b2"), e.getMessage());
        e = assertThrows(SurveyInputException.class, () -> importFile(csv, null, false, false));
        assertTrue(e.getMessage().contains("row 1: no column for item b1 of the instrument"), e.getMessage());
        Path notJson = HandSurvey.write(dir, "broken.json", "{\"Q1\": b1}");
        e = assertThrows(SurveyInputException.class, () -> importer.readMapping(notJson));
        assertTrue(e.getMessage().startsWith(notJson + ": not valid JSON") && e.getMessage().contains("line 1"),
                e.getMessage());
        assertEquals(List.of(List.of(0L)), rows("SELECT count(*) FROM survey_respondents"), "nothing imported");
    }

    @Test
    void utf16WithByteOrderMarkTabSeparatedAsSpreadsheetsSaveUnicodeText() throws Exception {
        String tsv = HandSurvey.RESPONSES.replace(',', '\t').replace("north", "nörth");
        Path file = HandSurvey.write(dir, "unicode.txt", tsv, StandardCharsets.UTF_16LE, true);
        SurveyImportReport.Responses r = importFile(file, null, false, false).responses();
        assertEquals("UTF-16LE", r.encoding());
        assertEquals('\t', r.delimiter());
        assertEquals(10, r.added());
        assertEquals(List.of(List.of(5L)), rows("SELECT count(*) FROM survey_attributes WHERE value = 'nörth'"));
        HierarchyReport report = SERVICES.get(io.rapport.hierarchy.core.EngagementHierarchy.class).score(store,
                new ScoreRequest(null, null, false), new NullProgressMonitor());
        assertEquals(List.of(1L, 0L, 6L, 2L), report.segments().stream().map(SegmentCount::count).toList(),
                "the same survey as in UTF-8 (ScoringRulesTest)");
    }

    @Test
    void utf8WithByteOrderMarkAndSemicolonsAndUtf16BigEndian() throws Exception {
        Path semicolons = HandSurvey.write(dir, "excel.csv", HandSurvey.RESPONSES.replace(',', ';'),
                StandardCharsets.UTF_8, true);
        SurveyImportReport.Responses r = importFile(semicolons, null, false, false).responses();
        assertEquals("UTF-8 (with byte-order mark)", r.encoding());
        assertEquals(';', r.delimiter());
        assertEquals("respondent_id", r.columns().respondentId(), "the mark is not part of the first column's name");
        assertEquals(10, r.added());
        Path big = HandSurvey.write(dir, "big.csv", HandSurvey.RESPONSES, StandardCharsets.UTF_16BE, true);
        assertEquals(10, importFile(big, null, false, false).responses().replaced());
    }

    @Test
    void aFileThatIsNotValidTextIsRefusedWithNothingImported() throws Exception {
        Path latin1 = HandSurvey.write(dir, "latin1.csv", HandSurvey.RESPONSES.replace("north", "n\u00f6rth"),
                StandardCharsets.ISO_8859_1, false);
        SurveyInputException e = assertThrows(SurveyInputException.class, () -> importFile(latin1, null, false, false));
        assertTrue(e.getMessage().contains("not valid UTF-8 text"), e.getMessage());
        assertEquals(List.of(List.of(0L, 0L)), rows("SELECT (SELECT count(*) FROM survey_respondents),"
                + " (SELECT count(*) FROM survey_instrument)"));
    }

    @Test
    void aNewInstrumentMustFitTheStoredAnswersUnlessTheSurveyIsReplaced() throws Exception {
        importFile(HandSurvey.write(dir, "responses.csv", HandSurvey.RESPONSES), null, false, false);
        InstrumentFile fourPoint = importer.parseInstrument(HandSurvey.INSTRUMENT.replace("\"max\": 5", "\"max\": 4")
                .replace("\"top_box\": 5", "\"top_box\": 4"), "four-point.json");
        SurveyInputException e = assertThrows(SurveyInputException.class, () -> importer.importSurvey(store,
                new SurveyImportRequest(fourPoint, null, null, false, false), new NullProgressMonitor()));
        assertTrue(e.getMessage().startsWith("four-point.json: the instrument does not fit the answers the project"
                + " holds (answers to b1 range 1–5, outside its scale 1–4;"), e.getMessage());
        SurveyImportReport replaced = importer.importSurvey(store, new SurveyImportRequest(fourPoint, null, null, true,
                false), new NullProgressMonitor());
        assertTrue(replaced.instrumentReplaced());
        assertEquals(10, replaced.removed());
        assertEquals(List.of(List.of(4L, 0L)), rows("SELECT (SELECT scale_max FROM survey_instrument),"
                + " (SELECT count(*) FROM survey_respondents)"));
        // relabelling a level fits: the answers stay
        importer.importSurvey(store, new SurveyImportRequest(instrument, HandSurvey.write(dir, "again.csv",
                HandSurvey.RESPONSES), null, false, false), new NullProgressMonitor());
        InstrumentFile relabelled = importer.parseInstrument(HandSurvey.INSTRUMENT.replace("\"Top\"", "\"Summit\""),
                "relabelled.json");
        assertTrue(importer.importSurvey(store, new SurveyImportRequest(relabelled, null, null, false, false),
                new NullProgressMonitor()).instrumentReplaced());
        assertEquals(List.of(List.of("Summit", 10L)), rows("SELECT (SELECT label FROM survey_levels WHERE position = 3),"
                + " (SELECT count(*) FROM survey_respondents)"));
    }

    @Test
    void responsesNeedAnInstrumentAndAHeaderWithARespondentId() throws Exception {
        Path csv = HandSurvey.write(dir, "responses.csv", HandSurvey.RESPONSES);
        SurveyInputException none = assertThrows(SurveyInputException.class, () -> importer.importSurvey(store,
                new SurveyImportRequest(null, csv, null, false, false), new NullProgressMonitor()));
        assertTrue(none.getMessage().contains("has no survey instrument yet"), none.getMessage());
        Path noId = HandSurvey.write(dir, "no-id.csv", "who,b1,b2,m1,m2,t1\nA,5,5,5,5,5\n");
        SurveyInputException e = assertThrows(SurveyInputException.class, () -> importFile(noId, null, false, false));
        assertTrue(e.getMessage().contains("row 1: no respondent id column"), e.getMessage());
        Path empty = HandSurvey.write(dir, "empty.csv", "");
        e = assertThrows(SurveyInputException.class, () -> importFile(empty, null, false, false));
        assertTrue(e.getMessage().contains("row 1: no header"), e.getMessage());
        Path twice = HandSurvey.write(dir, "twice.csv", "respondent_id,b1,b2,m1,m2,t1,B1\n");
        e = assertThrows(SurveyInputException.class, () -> importFile(twice, null, false, false));
        assertTrue(e.getMessage().contains("column 'B1' appears twice (columns 2 and 7)"), e.getMessage());
    }

    @Test
    void aCancelledImportLeavesTheProjectAsItWas() throws Exception {
        StringBuilder big = new StringBuilder("respondent_id,b1,b2,m1,m2,t1\n");
        for (int i = 0; i < 20_000; i++) {
            big.append('R').append(i).append(",5,5,5,1,5\n");
        }
        Path csv = HandSurvey.write(dir, "big.csv", big.toString());
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> importer.importSurvey(store,
                new SurveyImportRequest(instrument, csv, null, false, false), cancelled));
        assertEquals(List.of(List.of(0L, 0L)), rows("SELECT (SELECT count(*) FROM survey_respondents),"
                + " (SELECT count(*) FROM survey_instrument)"));
        assertEquals(20_000, importFile(csv, null, false, false).responses().added(), "and it can be imported after");
    }

    @Test
    void theDemoInstrumentMatchesTheSampleSurveysColumns() {
        InstrumentFile demo = importer.demoInstrument();
        assertEquals("demo", demo.source());
        assertEquals(List.of("rational", "confidence", "integrity", "pride", "passion"),
                demo.instrument().levels().stream().map(l -> l.id()).toList());
        assertEquals(List.of("r1", "r2", "r3", "c1", "c2", "i1", "i2", "p1", "p2", "pa1", "pa2"),
                demo.instrument().items().stream().map(i -> i.id()).toList());
        assertEquals(new SegmentMapping("passion", "confidence", 3), demo.instrument().segments());
        assertNull(demo.instrument().item("q1"));
    }
}
