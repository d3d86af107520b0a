package io.rapport.hierarchy.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.model.ProjectSettings;
import io.rapport.core.store.ProjectStore;
import io.rapport.hierarchy.core.EngagementHierarchy;
import io.rapport.hierarchy.core.HierarchyReport;
import io.rapport.hierarchy.core.InstrumentFile;
import io.rapport.hierarchy.core.ResponseMapping;
import io.rapport.hierarchy.core.ScoreRequest;
import io.rapport.hierarchy.core.SurveyImportReport;
import io.rapport.hierarchy.core.SurveyImportReport.PartialResponse;
import io.rapport.hierarchy.core.SurveyImportRequest;
import io.rapport.hierarchy.core.SurveyImporter;
import io.rapport.hierarchy.core.SurveyInputException;
import io.rapport.testsupport.RapportServices;
import io.rapport.testsupport.XlsxWriter;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Survey responses read from XLSX workbooks as a user does it: the hand-made survey of {@link HandSurvey} saved
 * by Excel (fixture {@code fixtures/xlsx/survey}: rich text, phonetic guides, inline strings, skipped cells and
 * rows, dates, a formula, stored rounding errors, a hidden first sheet, a second sheet with an absolute part
 * path and bad rows), and every way a workbook can be refused.
 */
class XlsxImportTest {
    private static final RapportServices SERVICES = RapportServices.forTest(XlsxImportTest.class);
    private static final String SURVEY = "survey";
    private static final String SHEET1 = "xl/worksheets/sheet1.xml";
    @TempDir
    Path dir;
    private ProjectStore store;
    private SurveyImporter importer;
    private InstrumentFile instrument;

    @BeforeEach
    void project() throws Exception {
        importer = SERVICES.get(SurveyImporter.class);
        store = SERVICES.projects().create(dir.resolve("project"), ProjectSettings.named("Workbook"));
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

    private SurveyImportReport importFile(Path file, ResponseMapping mapping) throws Exception {
        return importer.importSurvey(store, new SurveyImportRequest(instrument, file, mapping, false, false),
                new NullProgressMonitor());
    }

    private List<List<Object>> rows(String sql) throws Exception {
        return HandSurvey.rows(store, sql);
    }

    private String attribute(String respondent, String name) throws Exception {
        List<List<Object>> r = rows("SELECT a.value FROM survey_attributes a JOIN survey_respondents r USING"
                + " (respondent_no) WHERE r.respondent_id = '" + respondent + "' AND a.name = '" + name + "'");
        return r.isEmpty() ? null : (String) r.get(0).get(0);
    }

    private void assertNothingImported() throws Exception {
        assertEquals(List.of(List.of(0L, 0L, 0L)), rows("SELECT (SELECT count(*) FROM survey_respondents),"
                + " (SELECT count(*) FROM survey_imports), (SELECT count(*) FROM survey_instrument)"),
                "nothing was imported");
    }

    private SurveyInputException refused(Path file) {
        SurveyInputException e = assertThrows(SurveyInputException.class, () -> importFile(file, null));
        assertTrue(e.getMessage().startsWith(file.toString()), "the message names the file: " + e.getMessage());
        return e;
    }

    @Test
    void theSameSurveyAsCsvAndAsXlsxScoresIdenticallyUnderEveryRule() throws Exception {
        Path xlsx = XlsxFixtures.workbook(dir, SURVEY, "survey.xlsx");
        SurveyImportReport.Responses r = importFile(xlsx, null).responses();
        assertEquals("Responses", r.sheet(), "the first visible sheet: Instructions is hidden");
        assertEquals("XLSX", r.encoding());
        assertEquals(10, r.rows(), "row 7 is missing and row 13 holds only a styled empty cell");
        assertEquals(10, r.added());
        assertEquals(0, r.rejected(), r.errors().toString());
        assertEquals(List.of(new PartialResponse(8, "F", List.of("m1"), List.of("mid")),
                new PartialResponse(9, "G", List.of("t1"), List.of("top"))), r.partials(),
                "the sheet's row numbers: F and G are on rows 8 and 9, after the skipped row 7");
        assertEquals("respondent_id", r.columns().respondentId(), "the header cell is rich text in two runs");
        assertEquals(List.of("region", "surveyed", "completed"), r.columns().attributes());
        assertEquals(List.of(List.of("xlsx", 10L)), rows("SELECT format, added FROM survey_imports"));

        Path csvDir = Files.createDirectories(dir.resolve("csv"));
        try (ProjectStore csv = HandSurvey.project(SERVICES, csvDir)) {
            EngagementHierarchy hierarchy = HandSurvey.hierarchy(SERVICES);
            for (String rule : List.of("cumulative", "top-box-share", "mean-thresholds")) {
                HierarchyReport fromCsv = hierarchy.score(csv, new ScoreRequest(rule, "region", false),
                        new NullProgressMonitor());
                HierarchyReport fromXlsx = hierarchy.score(store, new ScoreRequest(rule, "region", false),
                        new NullProgressMonitor());
                assertEquals(fromCsv.segments(), fromXlsx.segments(), rule);
                assertEquals(fromCsv.levels(), fromXlsx.levels(), rule);
                assertEquals(fromCsv.engagementRatio(), fromXlsx.engagementRatio(), rule);
                assertEquals(fromCsv.reproducibility(), fromXlsx.reproducibility(), rule);
                assertEquals(fromCsv.breakdown(), fromXlsx.breakdown(), rule);
                assertEquals(fromCsv.notScored(), fromXlsx.notScored(), rule);
            }
            assertEquals(HandSurvey.rows(csv, "SELECT r.respondent_id, a.item_id, a.answer FROM survey_answers a JOIN"
                    + " survey_respondents r USING (respondent_no) ORDER BY 1, 2"), rows("SELECT r.respondent_id,"
                    + " a.item_id, a.answer FROM survey_answers a JOIN survey_respondents r USING (respondent_no)"
                    + " ORDER BY 1, 2"), "every answer as in the CSV");
        }
    }

    @Test
    void cellsAreStoredAsTheSpreadsheetShowsThemWithDatesInIso() throws Exception {
        importFile(XlsxFixtures.workbook(dir, SURVEY, "survey.xlsx"), null);
        assertEquals("2026-03-14", attribute("A", "surveyed"), "serial 46095 in built-in format 14");
        assertEquals("2026-03-14T09:30:00", attribute("A", "completed"), "a custom date-time format");
        assertEquals("2026-03-15", attribute("B", "surveyed"), "custom format yyyy\\-mm\\-dd");
        assertEquals("north", attribute("A", "region"), "the phonetic guide of the shared string is left out");
        assertEquals("south", attribute("I", "region"), "an inline string in two rich-text runs");
        assertEquals(null, attribute("G", "region"), "an omitted cell is blank");
        assertEquals(List.of(List.of(5L)), rows("SELECT a.answer FROM survey_answers a JOIN survey_respondents r"
                + " USING (respondent_no) WHERE r.respondent_id = 'A' AND a.item_id = 'b1'"),
                "4.9999999999999991 is the 5 Excel shows");
        assertEquals(List.of(List.of(4L)), rows("SELECT a.answer FROM survey_answers a JOIN survey_respondents r"
                + " USING (respondent_no) WHERE r.respondent_id = 'C' AND a.item_id = 'b2'"),
                "a number format with d, y and s inside quotes is no date");
        assertEquals(List.of(List.of(5L)), rows("SELECT a.answer FROM survey_answers a JOIN survey_respondents r"
                + " USING (respondent_no) WHERE r.respondent_id = 'D' AND a.item_id = 'm2'"),
                "a formula's text result");
        assertEquals(List.of(List.of(12L, "{\"respondent_id\":\"J\",\"region\":\"north\",\"b1\":\"1\",\"b2\":\"1\","
                + "\"m1\":\"1\",\"m2\":\"5\",\"t1\":\"1\",\"surveyed\":\"\",\"completed\":\"\"}")),
                rows("SELECT source_row, raw FROM survey_respondents WHERE respondent_id = 'J'"));
    }

    @Test
    void a1904WorkbookCountsItsDatesFrom1904() throws Exception {
        String workbook = XlsxFixtures.part(SURVEY, Workbook.WORKBOOK).replace(
                "<workbookPr defaultThemeVersion=\"166925\"/>", "<workbookPr date1904=\"1\" defaultThemeVersion=\"166925\"/>");
        assertTrue(workbook.contains("date1904"));
        importFile(XlsxFixtures.workbook(dir, SURVEY, "mac.xlsx", Map.of(Workbook.WORKBOOK, workbook)), null);
        assertEquals("2030-03-15", attribute("A", "surveyed"), "the same serial, 1,462 days later");
        assertEquals("2030-03-15T09:30:00", attribute("A", "completed"));
    }

    @Test
    void aSheetChosenByNameIsReadWithItsOwnRowNumbersInTheRejections() throws Exception {
        Path xlsx = XlsxFixtures.workbook(dir, SURVEY, "survey.xlsx");
        Path mapping = HandSurvey.write(dir, "mapping.json", "{\"sheet\": \"wave 2\"}");
        ResponseMapping read = importer.readMapping(mapping);
        assertEquals("wave 2", read.sheet());
        SurveyImportReport.Responses r = importFile(xlsx, read).responses();
        assertEquals("Wave 2", r.sheet(), "sheet names ignore case, as in Excel; its part's path is absolute");
        assertEquals(5, r.rows());
        assertEquals(2, r.added(), "K and N");
        assertEquals(List.of("5: cell D5: #N/A", "6: b1: 7 is outside the scale 1–5",
                "9: the row has 8 cells, the header 6"),
                r.errors().stream().map(e -> e.line() + ": " + e.reason()).toList());
        assertEquals("L\t5\t5\t\t1\t5", r.errors().get(0).raw(), "the rejected row's cells, tab-separated");
        assertEquals(List.of(List.of("N", "b1", 5L), List.of("N", "m2", 1L)), rows("SELECT r.respondent_id,"
                + " a.item_id, a.answer FROM survey_answers a JOIN survey_respondents r USING (respondent_no)"
                + " WHERE r.respondent_id = 'N' AND a.item_id IN ('b1', 'm2') ORDER BY 2"),
                "cells without references follow each other; 0.99999999999999989 shows as 1");
        assertEquals(List.of(List.of(3L)), rows("SELECT count(*) FROM survey_import_errors"));
    }

    @Test
    void anUnknownSheetIsRefusedListingTheSheetsAndATextFileHasNone() throws Exception {
        Path xlsx = XlsxFixtures.workbook(dir, SURVEY, "survey.xlsx");
        SurveyInputException e = assertThrows(SurveyInputException.class,
                () -> importFile(xlsx, ResponseMapping.none().withSheet("Wave 3")));
        assertEquals(xlsx + ": no sheet 'Wave 3' (sheets: 'Instructions' (hidden), 'Responses', 'Wave 2');"
                + " nothing was imported", e.getMessage());
        // a header lower in the sheet is named by its row
        String lowHeader = XlsxFixtures.part(SURVEY, "xl/worksheets/sheet3.xml").replace("<row r=\"1\">",
                "<row r=\"2\">").replace("<c r=\"B1\" t=\"s\"><v>2</v></c>", "<c r=\"B2\" t=\"s\"><v>1</v></c>");
        Path low = XlsxFixtures.workbook(dir, SURVEY, "low.xlsx", Map.of("xl/worksheets/sheet3.xml", lowHeader));
        e = assertThrows(SurveyInputException.class, () -> importFile(low, ResponseMapping.none().withSheet("Wave 2")));
        assertTrue(e.getMessage().startsWith(low + ": row 2: no column for item b1"), e.getMessage());
        Path csv = HandSurvey.write(dir, "responses.csv", HandSurvey.RESPONSES);
        e = assertThrows(SurveyInputException.class, () -> importFile(csv, ResponseMapping.none().withSheet("X")));
        assertTrue(e.getMessage().contains("a text file has no sheets"), e.getMessage());
        assertNothingImported();
    }

    @Test
    void spreadsheetFormatsRapportDoesNotReadAreRefusedSayingWhatToDo() throws Exception {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        Path xls = Files.write(dir.resolve("old.xls"), ole2);
        assertTrue(refused(xls).getMessage().contains("an Excel 97–2003 workbook (.xls) cannot be read: Rapport reads"
                + " survey responses from CSV or TSV text and from .xlsx workbooks; save it as .xlsx (Excel Workbook)"
                + " or as CSV"));
        Path disguised = Files.write(dir.resolve("export.csv"), ole2);
        assertTrue(refused(disguised).getMessage().contains("an Excel 97–2003 workbook or another old Office file"),
                "recognised by its content whatever its name");
        Path ods = zip("survey.ods", Map.of("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                "content.xml", "<office:document-content/>"));
        assertTrue(refused(ods).getMessage().contains("an OpenDocument spreadsheet (.ods) cannot be read"));
        Path odsAsXlsx = Files.copy(ods, dir.resolve("survey.xlsx"));
        assertTrue(refused(odsAsXlsx).getMessage().contains("a zip archive but not an XLSX workbook"));
        Path xlsm = Files.copy(XlsxFixtures.workbook(dir, SURVEY, "survey-for-macros.xlsx"), dir.resolve("m.xlsm"));
        assertTrue(refused(xlsm).getMessage().contains("a macro-enabled Excel workbook (.xlsm) cannot be read"));
        Path notZip = HandSurvey.write(dir, "text.xlsx", HandSurvey.RESPONSES);
        assertTrue(refused(notZip).getMessage().contains("not an XLSX workbook"));
        assertNothingImported();
    }

    @Test
    void aTruncatedOrDamagedWorkbookIsRefusedNamingThePartAndNothingIsImported() throws Exception {
        byte[] whole = Files.readAllBytes(XlsxFixtures.workbook(dir, SURVEY, "whole.xlsx"));
        Path truncated = Files.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(whole, whole.length / 2));
        assertTrue(refused(truncated).getMessage().contains("not a readable XLSX workbook (a damaged or truncated"
                + " file?)"));

        // the zip is whole, the sheet's XML stops in row 10: rows 2-9 were read, yet nothing is kept
        String sheet = XlsxFixtures.part(SURVEY, SHEET1);
        String cut = sheet.substring(0, sheet.indexOf("<c r=\"C10\""));
        Path broken = XlsxFixtures.workbook(dir, SURVEY, "broken.xlsx", Map.of(SHEET1, cut));
        String message = refused(broken).getMessage();
        assertEquals(broken + ": xl/worksheets/sheet1.xml line 16, column 88: the part ends in the middle of its XML"
                + " (a truncated workbook?); nothing was imported", message);
        String unclosed = sheet.replace("<v>4</v></c><c r=\"E4\">", "<v>4</c><c r=\"E4\">");
        message = refused(XlsxFixtures.workbook(dir, SURVEY, "unclosed.xlsx", Map.of(SHEET1, unclosed))).getMessage();
        assertTrue(message.contains("xl/worksheets/sheet1.xml line 11, column") && message.contains(
                "not well-formed XML (a damaged workbook?)"), message);

        String badIndex = sheet.replace("<c r=\"A12\" t=\"s\"><v>19</v>", "<c r=\"A12\" t=\"s\"><v>99</v>");
        message = refused(XlsxFixtures.workbook(dir, SURVEY, "index.xlsx", Map.of(SHEET1, badIndex))).getMessage();
        assertTrue(message.contains("xl/worksheets/sheet1.xml line 18, column") && message.contains(
                "cell A12 refers to shared string 99, but the workbook has 22"), message);

        Map<String, Object> noSheet = new HashMap<>();
        noSheet.put(SHEET1, null);
        message = refused(XlsxFixtures.workbook(dir, SURVEY, "no-sheet.xlsx", noSheet)).getMessage();
        assertTrue(message.contains("the sheet 'Responses' should be in xl/worksheets/sheet1.xml"), message);
        assertNothingImported();
    }

    @Test
    void aDoctypeAZipBombAndAZipSlipNameAreRefused() throws Exception {
        String sheet = XlsxFixtures.part(SURVEY, SHEET1);
        String entities = sheet.replace("<worksheet ", "<!DOCTYPE worksheet [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "\n<worksheet ").replace("<v>11</v>", "<v>&x;</v>");
        String message = refused(XlsxFixtures.workbook(dir, SURVEY, "doctype.xlsx", Map.of(SHEET1, entities)))
                .getMessage();
        assertTrue(message.contains("xl/worksheets/sheet1.xml line 2") && message.contains("a DOCTYPE is not allowed"),
                message);
        String workbook = XlsxFixtures.part(SURVEY, Workbook.WORKBOOK).replace("<workbook ",
                "<!DOCTYPE lol [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>\n<workbook ");
        message = refused(XlsxFixtures.workbook(dir, SURVEY, "lol.xlsx", Map.of(Workbook.WORKBOOK, workbook)))
                .getMessage();
        assertTrue(message.contains("xl/workbook.xml") && message.contains("a DOCTYPE is not allowed"), message);

        // 48 MiB of blanks in the sheet compress about a thousandfold: refused before anything is inflated
        byte[] bomb = new byte[48 << 20];
        Arrays.fill(bomb, (byte) ' ');
        byte[] start = "<worksheet><sheetData>".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(start, 0, bomb, 0, start.length);
        message = refused(XlsxFixtures.workbook(dir, SURVEY, "bomb.xlsx", Map.of(SHEET1, bomb))).getMessage();
        assertTrue(message.contains("refused: entry 'xl/worksheets/sheet1.xml' inflates more than 100 times its"
                + " compressed size") && message.contains("a zip bomb?"), message);

        message = refused(XlsxFixtures.workbook(dir, SURVEY, "slip.xlsx", Map.of("../../evil.xml", "<x/>")))
                .getMessage();
        assertTrue(message.contains("entry '../../evil.xml' points outside the archive (zip-slip)"), message);

        String rels = XlsxFixtures.part(SURVEY, "xl/_rels/workbook.xml.rels").replace("Target=\"worksheets/sheet1.xml\"",
                "Target=\"../../../etc/passwd\"");
        message = refused(XlsxFixtures.workbook(dir, SURVEY, "escape.xlsx", Map.of("xl/_rels/workbook.xml.rels", rels)))
                .getMessage();
        assertTrue(message.contains("points outside the workbook"), message);
        assertNothingImported();
    }

    @Test
    void aCancelledImportLeavesTheProjectAsItWas() throws Exception {
        Path big = dir.resolve("big.xlsx");
        try (XlsxWriter w = new XlsxWriter(big, true)) {
            w.sheet("Responses").row("respondent_id", "b1", "b2", "m1", "m2", "t1");
            for (int i = 0; i < 20_000; i++) {
                w.row("R" + i, 5, 5, 5, 1, 5);
            }
        }
        importFile(HandSurvey.write(dir, "responses.csv", HandSurvey.RESPONSES), null);
        // cancelled as soon as the reading reports progress, i.e. in the middle of the sheet
        int[] reports = new int[1];
        NullProgressMonitor cancelled = new NullProgressMonitor() {
            @Override
            public void internalWorked(double work) {
                if (work > 0) {
                    reports[0]++;
                    setCanceled(true);
                }
            }

            @Override
            public void worked(int work) {
                internalWorked(work);
            }
        };
        assertThrows(OperationCanceledException.class, () -> importer.importSurvey(store,
                new SurveyImportRequest(instrument, big, null, true, false), cancelled));
        assertTrue(reports[0] > 0, "cancelled while the rows were read");
        assertEquals(List.of(List.of(10L, 1L)), rows("SELECT (SELECT count(*) FROM survey_respondents),"
                + " (SELECT count(*) FROM survey_imports)"), "the ten respondents of before, no new import");
        assertEquals(20_000, importFile(big, null).responses().added(), "and it can be imported after");
    }

    private Path zip(String name, Map<String, String> entries) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return Files.write(dir.resolve(name), bytes.toByteArray());
    }
}
