package io.rapport.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.app.internal.dialogs.CsvMappingDialog;
import io.rapport.core.importer.ImportReport;
import io.rapport.core.importer.ImportRequest;
import io.rapport.core.importer.ImportService;
import io.rapport.core.store.ProjectStore;
import io.rapport.importer.csv.CsvMapping;
import io.rapport.importer.csv.CsvMappingFile;
import io.rapport.importer.csv.PreviewRow;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The CSV column mapping as a user makes it in the workbench: a help-desk export whose columns Rapport cannot
 * guess is mapped field by field, the preview shows each row as it will be imported (and the row whose date does
 * not fit the format, with the reason), "Use This Mapping" keeps the mapping beside the project, and importing
 * with it imports the previewed rows.
 */
final class CsvMappingCheck {
    private CsvMappingCheck() {
    }

    static void mappingIsMadeWithAPreviewAndImports(Shell shell, Path temp, ProjectStore store, Path projectDir,
            ImportService importer) throws Exception {
        Path csv = Files.writeString(temp.resolve("tickets.csv"), """
                Ticket,Opened,Customer,Message
                T-1,05/03/2026 10:00,ann,"Printer jammed, again"
                T-2,06/03/2026 11:30,bob,Where is my refund?
                T-3,not a date,cy,Hello
                """);
        CsvMappingDialog dialog = new CsvMappingDialog(shell, csv, null, projectDir.resolve("mappings")
                .resolve("tickets.mapping.json"));
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            dialog.fromColumn(CsvMapping.SOURCE_ID, "Ticket");
            dialog.fromColumn(CsvMapping.CREATED_AT, "Opened");
            dialog.fromColumn(CsvMapping.AUTHOR_HANDLE, "Customer");
            dialog.fromColumn(CsvMapping.TEXT, "Message");
            dialog.constant(CsvMapping.CHANNEL, "zendesk");
            dialog.constant(CsvMapping.KIND, "ticket");
            // before the format: none of the dates reads
            assertEquals(0, dialog.preview().rows().stream().filter(PreviewRow::mapped).count());
            dialog.dateFormat("dd/MM/yyyy HH:mm", "Europe/London");
            List<PreviewRow> rows = dialog.preview().rows();
            assertEquals(3, rows.size());
            assertTrue(dialog.preview().importable(), dialog.preview().problems().toString());
            assertEquals("T-1", rows.get(0).interaction().sourceId());
            assertEquals("2026-03-05T10:00:00Z", rows.get(0).interaction().createdAt().toString(),
                    "London is on UTC in March");
            assertEquals("Printer jammed, again", rows.get(0).interaction().text());
            assertFalse(rows.get(2).mapped());
            assertTrue(rows.get(2).reasons().get(0).contains("created_at"), rows.get(2).reasons().toString());
            dialog.useMapping();
        } finally {
            dialog.close();
        }
        Path saved = dialog.savedFile();
        assertEquals(projectDir.resolve("mappings").resolve("tickets.mapping.json"), saved);
        assertEquals(dialog.mapping(), CsvMappingFile.read(saved), "the file holds the mapping made");

        ImportReport report = importer.importFiles(store, new ImportRequest(List.of(csv), null, false,
                Map.of(ImportRequest.MAPPING, saved.toString())), new NullProgressMonitor());
        assertEquals(2, report.imported(), report.toString());
        assertEquals(1, report.rejected(), report.toString());
    }
}
