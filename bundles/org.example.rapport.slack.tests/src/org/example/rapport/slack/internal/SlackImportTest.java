package org.example.rapport.slack.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.importer.ChannelImporter;
import io.rapport.core.importer.ImportReport;
import io.rapport.core.importer.ImportRequest;
import io.rapport.core.importer.ImporterDescriptor;
import io.rapport.core.model.InteractionKind;
import io.rapport.core.model.Interaction;
import io.rapport.core.model.ProjectSettings;
import io.rapport.core.store.ProjectStore;
import io.rapport.testsupport.CapturingSink;
import io.rapport.testsupport.RapportServices;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.example.rapport.slack.SlackExport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The hand-made export imports through Rapport's real import service into a real store, as an unpacked folder
 * and as the zip Slack gives, without naming the format; and every field of the mapping is as the README says.
 */
class SlackImportTest {
    private static final RapportServices SERVICES = RapportServices.forTest(SlackImportTest.class);
    /** Messages of the export, without the join event and the bot's message. */
    private static final int MESSAGES = 10;

    @AfterAll
    static void close() {
        SERVICES.close();
    }

    private static ChannelImporter importer() {
        return SERVICES.get(ChannelImporter.class, "(rapport.importer.id=" + SlackExport.FORMAT_ID + ")");
    }

    @Test
    void theImporterIsListedWithItsTypedProperties() {
        ImporterDescriptor d = SERVICES.registry().descriptors().stream()
                .filter(x -> x.id().equals(SlackExport.FORMAT_ID)).findFirst().orElseThrow();
        assertEquals(SlackExport.CHANNEL, d.channel());
        assertEquals("Slack workspace export", d.label());
        assertTrue(d.matchesFileName("2024-01-05.json"));
        assertTrue(d.matchesFileName("Acme Slack export Jan 1 2024 - Jan 31 2024.zip"));
        assertTrue(!d.matchesFileName("users.json") && !d.matchesFileName("channels.json"));
        assertTrue(d.readsContainer(ChannelImporter.ZIP));
    }

    @Test
    void anUnpackedExportImportsStrictlyWithoutNamingTheFormat(@TempDir Path dir) throws Exception {
        try (ProjectStore store = SERVICES.projects().create(dir.resolve("p"), ProjectSettings.named("Acme"))) {
            ImportReport report = SERVICES.imports().importFiles(store,
                    new ImportRequest(List.of(Fixtures.export()), null, true), new NullProgressMonitor());
            assertTrue(report.committed(), report.toString());
            assertEquals(MESSAGES, report.imported(), report.toString());
            assertEquals(0, report.rejected(), report.toString());
            assertEquals(4, report.files().size(), "one dataset per day file: " + report.files());
            report.files().forEach(f -> assertEquals(SlackExport.FORMAT_ID, f.format(), f.file()));

            ImportReport again = SERVICES.imports().importFiles(store,
                    new ImportRequest(List.of(Fixtures.export()), null, true), new NullProgressMonitor());
            assertEquals(0, again.imported(), "re-importing adds nothing");
            assertEquals(MESSAGES, again.duplicates());
        }
    }

    @Test
    void theExportsZipIsReadAsAWholeWithTheSameRecords(@TempDir Path dir) throws Exception {
        Path zip = Fixtures.zippedExport(dir.resolve("Acme Slack export Jan 1 2024 - Jan 31 2024.zip"));
        try (ProjectStore store = SERVICES.projects().create(dir.resolve("p"), ProjectSettings.named("Acme"))) {
            ImportReport report = SERVICES.imports().importFiles(store, new ImportRequest(List.of(zip), null, true),
                    new NullProgressMonitor());
            assertEquals(1, report.files().size(), "the zip is one dataset: " + report.files());
            assertEquals(SlackExport.FORMAT_ID, report.files().get(0).format());
            assertEquals(MESSAGES, report.imported(), report.toString());

            ImportReport folder = SERVICES.imports().importFiles(store,
                    new ImportRequest(List.of(Fixtures.export()), null, true), new NullProgressMonitor());
            assertEquals(MESSAGES, folder.duplicates(), "the folder holds the very same messages");
        }
        Path renamed = Fixtures.zippedExport(dir.resolve("download.zip"));
        CapturingSink byContent = CapturingSink.read(importer(), renamed);
        assertEquals(MESSAGES, byContent.accepted.size());
        assertEquals(List.of(), byContent.rejections());
        // records are numbered across the days of the zip, in channel and date order
        assertEquals(List.of("C100HELP/1704441600.000200", "C100HELP/1704443400.000100", "C100HELP/1704445200.000300",
                "C100HELP/1704466800.000400", "C100HELP/1704704400.000500", "C100HELP/1704718800.000600",
                "C100HELP/1704722400.000700", "C100HELP/1704895200.000800", "C200GEN/1704442000.000900",
                "C200GEN/1704442600.001000"), byContent.sourceIds());
        assertEquals(List.of(2L, 3L, 4L, 5L, 7L, 8L, 9L, 10L, 11L, 12L),
                byContent.accepted.stream().map(CapturingSink.Accepted::record).toList());
    }

    @Test
    void everyFieldIsMappedAsTheReadmeSays() throws Exception {
        CapturingSink sink = CapturingSink.read(importer(), Fixtures.path("own/acme-slack/acme-help/2024-01-05.json"));
        assertEquals(List.of(), sink.rejections());
        assertEquals(List.of("C100HELP/1704441600.000200", "C100HELP/1704443400.000100", "C100HELP/1704445200.000300",
                "C100HELP/1704466800.000400"), sink.sourceIds(), "the join event and the bot's message are skipped");

        Interaction q = sink.bySourceId("C100HELP/1704441600.000200");
        assertEquals(SlackExport.CHANNEL, q.channel());
        assertEquals(InteractionKind.POST, q.kind());
        assertEquals("priya.shah", q.authorHandle());
        assertEquals("Priya Shah", q.authorName());
        assertNull(q.authorRole(), "the project's settings decide who is ours");
        assertEquals(Instant.parse("2024-01-05T08:00:00.000200Z"), q.createdAt());
        assertEquals("Hi @jo, our SSO login fails since this morning & nobody at Globex can sign in. Any idea?",
                q.text());
        assertEquals(List.of("jo"), q.mentions());
        assertNull(q.inReplyTo());
        assertEquals("C100HELP/1704441600.000200", q.threadId());
        assertEquals("#acme-help", q.space());
        assertEquals(3L, q.likes(), "reactions 1 + 2");
        assertEquals(2L, q.replies());
        assertTrue(sink.record(q.sourceId()).raw().startsWith("{\n        \"type\": \"message\",\n        \"text\": \"Hi <@U01JOPARK>"),
                "the original message is kept byte for byte");
        assertEquals(2, sink.record(q.sourceId()).record(), "the join event was record 1");

        Interaction answer = sink.bySourceId("C100HELP/1704443400.000100");
        assertEquals(InteractionKind.REPLY, answer.kind());
        assertEquals("jo", answer.authorHandle());
        assertEquals("Jo Park", answer.authorName());
        assertEquals("C100HELP/1704441600.000200", answer.inReplyTo());
        assertEquals("C100HELP/1704441600.000200", answer.threadId());
        assertTrue(answer.text().endsWith("Details: incident 42"), answer.text());
        assertNull(answer.likes());
        assertNull(answer.replies());

        Interaction marcus = sink.bySourceId("C100HELP/1704466800.000400");
        assertTrue(marcus.text().contains("429s in #acme-help integration tests"), marcus.text());
        assertEquals("Marcus Webb", marcus.authorName());
    }

    @Test
    void withoutUsersJsonAuthorsAndMentionsKeepTheirSlackIds(@TempDir Path dir) throws Exception {
        Path export = dir.resolve("export");
        java.nio.file.Files.createDirectories(export.resolve("acme-help"));
        java.nio.file.Files.copy(Fixtures.path("own/acme-slack/channels.json"), export.resolve("channels.json"));
        Path day = export.resolve("acme-help/2024-01-05.json");
        java.nio.file.Files.copy(Fixtures.path("own/acme-slack/acme-help/2024-01-05.json"), day);
        CapturingSink sink = CapturingSink.read(importer(), day);
        Interaction q = sink.bySourceId("C100HELP/1704441600.000200");
        assertEquals("U10PRIYA", q.authorHandle());
        assertNull(q.authorName());
        assertEquals(List.of("U01JOPARK"), q.mentions());
        assertEquals("Jo Park", sink.bySourceId("C100HELP/1704443400.000100").authorName(),
                "the message's own user_profile still names its author");
    }

    @Test
    void recognisesADayFileByItsContent() throws Exception {
        byte[] head = java.nio.file.Files.readAllBytes(Fixtures.path("own/acme-slack/acme-help/2024-01-08.json"));
        assertTrue(importer().recognise("x.json", head).isClaim());
        assertTrue(importer().recognise("x.json", "{\"post_stream\":{}}".getBytes()).isDenial());
        List<String> entries = new ArrayList<>(List.of("users.json", "channels.json", "acme-help/2024-01-05.json"));
        assertTrue(importer().recogniseArchive("download.zip", entries).isClaim());
        assertTrue(importer().recogniseArchive("download.zip", List.of("export/channels.json",
                "export/general/2024-01-05.json")).isClaim(), "an export under one top folder");
        assertTrue(importer().recogniseArchive("x.zip", List.of("data/tweets.js")).isDenial());
    }
}
