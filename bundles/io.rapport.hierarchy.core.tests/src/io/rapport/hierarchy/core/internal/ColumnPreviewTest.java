package io.rapport.hierarchy.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.model.ProjectSettings;
import io.rapport.core.store.ProjectStore;
import io.rapport.hierarchy.core.ColumnPreview;
import io.rapport.hierarchy.core.ColumnPreview.Column;
import io.rapport.hierarchy.core.InstrumentFile;
import io.rapport.hierarchy.core.ResponseMapping;
import io.rapport.hierarchy.core.SurveyImportReport;
import io.rapport.hierarchy.core.SurveyImportRequest;
import io.rapport.hierarchy.core.SurveyImporter;
import io.rapport.hierarchy.core.SurveyInputException;
import io.rapport.testsupport.RapportServices;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The mapping step of an import: the hand-made survey of {@link HandSurvey} exported by a survey tool that
 * names the respondent column "Response ID" and the first item "Q1 (overall)". The preview says how each column
 * is read and what is missing; the mapping the user makes from it imports the file.
 */
class ColumnPreviewTest {
    private static final RapportServices SERVICES = RapportServices.forTest(ColumnPreviewTest.class);
    private static final String RENAMED = HandSurvey.RESPONSES.replaceFirst("respondent_id,region,b1,",
            "Response ID,region,Q1 (overall),");

    @TempDir
    Path dir;

    @AfterAll
    static void close() {
        SERVICES.close();
    }

    @Test
    void thePreviewSaysHowEachColumnIsReadAndWhatIsMissing() throws Exception {
        SurveyImporter surveys = SERVICES.get(SurveyImporter.class);
        InstrumentFile instrument = HandSurvey.instrument(SERVICES, dir);
        Path file = HandSurvey.write(dir, "export.csv", RENAMED);

        ColumnPreview preview = surveys.previewColumns(file, instrument, null);
        assertEquals(List.of(new Column("Response ID", "attribute:Response ID", false),
                new Column("region", "attribute:region", false),
                new Column("Q1 (overall)", "attribute:Q1 (overall)", false), new Column("b2", "b2", false),
                new Column("m1", "m1", false), new Column("m2", "m2", false), new Column("t1", "t1", false)),
                preview.columns());
        assertEquals(2, preview.problems().size(), preview.problems().toString());
        assertTrue(preview.problems().get(0).contains("no respondent id column"), preview.problems().get(0));
        assertTrue(preview.problems().get(1).contains("no column for item b1"), preview.problems().get(1));

        ResponseMapping mapping = new ResponseMapping(Map.of("Response ID", "respondent_id", "Q1 (overall)", "b1"),
                "the mapping step");
        ColumnPreview mapped = surveys.previewColumns(file, instrument, mapping);
        assertEquals(List.of(), mapped.problems());
        assertEquals(new Column("Response ID", "respondent_id", true), mapped.columns().get(0));
        assertEquals(new Column("Q1 (overall)", "b1", true), mapped.columns().get(2));

        ProjectStore store = SERVICES.projects().create(dir.resolve("project"), ProjectSettings.named("Mapped"));
        try {
            SurveyImportReport report = surveys.importSurvey(store, new SurveyImportRequest(instrument, file, mapping,
                    false, false), new NullProgressMonitor());
            assertEquals(10, report.responses().added(), "the mapped file imports every respondent");
            assertEquals(0, report.responses().rejected());
        } finally {
            store.close();
        }
    }

    @Test
    void aMappingToAColumnOrItemThatDoesNotExistIsRefused() throws Exception {
        SurveyImporter surveys = SERVICES.get(SurveyImporter.class);
        InstrumentFile instrument = HandSurvey.instrument(SERVICES, dir);
        Path file = HandSurvey.write(dir, "export.csv", RENAMED);
        SurveyInputException noColumn = assertThrows(SurveyInputException.class, () -> surveys.previewColumns(file,
                instrument, new ResponseMapping(Map.of("Q9", "b1"), "the mapping step")));
        assertTrue(noColumn.getMessage().contains("has no column 'Q9'"), noColumn.getMessage());
        SurveyInputException noItem = assertThrows(SurveyInputException.class, () -> surveys.previewColumns(file,
                instrument, new ResponseMapping(Map.of("Q1 (overall)", "zz"), "the mapping step")));
        assertTrue(noItem.getMessage().contains("'zz' is not an item"), noItem.getMessage());
    }
}
