package io.rapport.hierarchy.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.hierarchy.core.ColumnPreview;
import io.rapport.hierarchy.core.InstrumentFile;
import io.rapport.hierarchy.core.SurveyImporter;
import io.rapport.ui.testsupport.WorkbenchRun;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The mapping step of Import Survey as a user goes through it: a survey tool's export whose respondent column is
 * "Response ID" and whose first item column is "Q1 (overall)" cannot be imported as it is, the dialog says
 * what is missing; mapping the two columns makes it importable, and the request carries the mapping.
 */
public final class ImportDialogCheck {
    private static final Duration TIMEOUT = Duration.ofMinutes(1);

    private ImportDialogCheck() {
    }

    /** @param responses a responses file in the project instrument's items with the two columns renamed */
    public static void mappingStepMakesARenamedExportImportable(WorkbenchRun run, Shell shell, SurveyImporter surveys,
            InstrumentFile instrument, Path responses, String firstItem) throws Exception {
        assertTrue(Files.isRegularFile(responses));
        SurveyImportDialog dialog = new SurveyImportDialog(shell, surveys, instrument);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            dialog.responsesField().setText(responses.toString());
            dialog.responsesField().notifyListeners(SWT.Modify, new Event());
            assertTrue(run.waitUntil(TIMEOUT, () -> dialog.preview() != null), dialog.problems());
            assertTrue(dialog.problems().contains("no respondent id column"), dialog.problems());
            assertTrue(dialog.problems().contains("no column for item " + firstItem), dialog.problems());
            assertFalse(dialog.importEnabled(), "Import waits for the mapping");

            dialog.map("Response ID", "respondent_id");
            dialog.map("Q1 (overall)", firstItem);
            assertTrue(run.waitUntil(TIMEOUT, () -> dialog.preview() != null), dialog.problems());
            assertEquals("", dialog.problems());
            ColumnPreview.Column mapped = dialog.preview().columns().get(0);
            assertEquals(new ColumnPreview.Column("Response ID", "respondent_id", true), mapped);
            assertTrue(dialog.importEnabled(), "the mapped file can be imported");

            dialog.pressImport();
            SurveyImportDialog.Request request = dialog.request();
            assertNotNull(request, "Import was pressed");
            assertEquals(responses, request.responses());
            assertEquals(Map.of("Response ID", "respondent_id", "Q1 (overall)", firstItem),
                    request.mapping().columns());
            assertEquals(null, request.instrument(), "the project's instrument is kept");
        } finally {
            dialog.close();
        }
    }
}
