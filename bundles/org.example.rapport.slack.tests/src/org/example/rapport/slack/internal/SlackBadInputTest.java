package org.example.rapport.slack.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.importer.ChannelImporter;
import io.rapport.core.importer.ImportReport;
import io.rapport.core.importer.ImportRequest;
import io.rapport.core.model.ProjectSettings;
import io.rapport.core.store.ProjectStore;
import io.rapport.testsupport.CapturingSink;
import io.rapport.testsupport.RapportServices;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.example.rapport.slack.SlackExport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Bad input gets a rejection naming the file (the dataset, or the day inside a zip), the record and the reason,
 * and the valid records around it are kept.
 */
class SlackBadInputTest {
    private static final RapportServices SERVICES = RapportServices.forTest(SlackBadInputTest.class);

    @AfterAll
    static void close() {
        SERVICES.close();
    }

    private static ChannelImporter importer() {
        return SERVICES.get(ChannelImporter.class, "(rapport.importer.id=" + SlackExport.FORMAT_ID + ")");
    }

    private static CapturingSink read(String day) throws IOException {
        return CapturingSink.read(importer(), Fixtures.path("broken/export/" + day));
    }

    @Test
    void truncatedJsonKeepsTheMessagesBeforeIt() throws Exception {
        CapturingSink sink = read("acme-help/2024-02-01.json");
        assertEquals(List.of("C100HELP/1706774400.000100", "C100HELP/1706778000.000200"), sink.sourceIds());
        assertEquals(1, sink.rejected.size(), sink.rejections().toString());
        String rejection = sink.rejections().get(0);
        assertTrue(rejection.startsWith("3: the file ends at byte "), rejection);
        assertTrue(rejection.contains("in the middle of the JSON (truncated?); the rest of the file cannot be read"),
                rejection);
        assertTrue(sink.rejected.get(0).offset() > 0, "the offset is the third message's");
    }

    @Test
    void aMessageWithoutTsIsRejectedAloneWithItsText() throws Exception {
        CapturingSink sink = read("acme-help/2024-02-02.json");
        assertEquals(List.of("C100HELP/1706860800.000100", "C100HELP/1706868000.000300"), sink.sourceIds());
        assertEquals(List.of("2: 'ts' is missing: a message needs its timestamp, which is also its id"),
                sink.rejections());
        assertTrue(sink.rejected.get(0).raw().contains("A message without its timestamp"), "its text is kept");
        assertEquals("C100HELP/1706860800.000100", sink.bySourceId("C100HELP/1706868000.000300").inReplyTo());
    }

    @Test
    void anotherFormatIsRejectedWhole() throws Exception {
        CapturingSink sink = read("acme-help/2024-02-03.json");
        assertEquals(List.of(), sink.accepted);
        assertEquals(List.of("1: not a day of a Slack channel: the file holds a JSON object, expected a JSON array of"
                + " objects"), sink.rejections());
    }

    @Test
    void aChannelFolderChannelsJsonDoesNotListIsRejectedNamingIt() throws Exception {
        CapturingSink sink = read("unknown-channel/2024-02-01.json");
        assertEquals(List.of(), sink.accepted);
        assertEquals(List.of("1: the channel folder 'unknown-channel' is not listed in channels.json (or groups.json),"
                + " so its messages cannot be given ids; the folder is skipped"), sink.rejections());
    }

    @Test
    void aDayFileAwayFromItsExportSaysWhatIsMissing(@TempDir Path dir) throws Exception {
        Path day = Files.copy(Fixtures.path("own/acme-slack/acme-help/2024-01-05.json"), dir.resolve("2024-01-05.json"));
        IOException e = assertThrows(IOException.class, () -> CapturingSink.read(importer(), day));
        assertTrue(e.getMessage().startsWith(day + ": no channels.json in the folder above its channel folder"),
                e.getMessage());
    }

    @Test
    void aBrokenChannelsJsonStopsTheImportNamingIt(@TempDir Path dir) throws Exception {
        Path export = dir.resolve("export");
        Files.createDirectories(export.resolve("acme-help"));
        Files.writeString(export.resolve("channels.json"), "[{\"id\": \"C100HELP\", \"name\": \"acme-he");
        Path day = Files.copy(Fixtures.path("own/acme-slack/acme-help/2024-01-08.json"),
                export.resolve("acme-help/2024-01-08.json"));
        IOException e = assertThrows(IOException.class, () -> CapturingSink.read(importer(), day));
        assertTrue(e.getMessage().startsWith(export.resolve("channels.json") + ": element 1 (byte 1): the file ends"),
                e.getMessage());
    }

    @Test
    void theImportServiceKeepsTheValidRecordsAndListsEveryRejectionPerFile(@TempDir Path dir) throws Exception {
        try (ProjectStore store = SERVICES.projects().create(dir.resolve("p"), ProjectSettings.named("Acme"))) {
            ImportReport report = SERVICES.imports().importFiles(store,
                    new ImportRequest(List.of(Fixtures.path("broken/export")), SlackExport.FORMAT_ID, false),
                    new NullProgressMonitor());
            assertTrue(report.committed());
            assertEquals(4, report.imported(), report.toString());
            assertEquals(4, report.rejected(), report.toString());
            ImportReport.FileReport truncated = report.files().stream()
                    .filter(f -> f.file().endsWith("2024-02-01.json") && f.file().contains("acme-help")).findFirst()
                    .orElseThrow();
            assertEquals(2, truncated.imported());
            assertEquals(3, truncated.errors().get(0).line());

            ImportReport strict = SERVICES.imports().importFiles(store,
                    new ImportRequest(List.of(Fixtures.path("broken/export")), SlackExport.FORMAT_ID, true),
                    new NullProgressMonitor());
            assertTrue(!strict.committed(), "strict: nothing is imported when a record is bad");
        }
    }

    @Test
    void aRejectionInsideTheZipNamesItsDay(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("broken.zip");
        try (var out = Files.newOutputStream(zip); var z = new java.util.zip.ZipOutputStream(out)) {
            for (String name : List.of("channels.json", "users.json", "acme-help/2024-02-02.json")) {
                z.putNextEntry(new java.util.zip.ZipEntry(name));
                Files.copy(Fixtures.path("broken/export/" + name), z);
                z.closeEntry();
            }
        }
        CapturingSink sink = CapturingSink.read(importer(), zip);
        assertEquals(2, sink.accepted.size());
        assertEquals(List.of("2: acme-help/2024-02-02.json: message 2: 'ts' is missing: a message needs its"
                + " timestamp, which is also its id"), sink.rejections());
    }
}
