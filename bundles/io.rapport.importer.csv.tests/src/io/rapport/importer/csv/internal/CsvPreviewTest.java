package io.rapport.importer.csv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.core.model.ActorRole;
import io.rapport.core.model.Interaction;
import io.rapport.core.model.InteractionKind;
import io.rapport.importer.csv.ColumnRule;
import io.rapport.importer.csv.CsvMapping;
import io.rapport.importer.csv.CsvMappingFile;
import io.rapport.importer.csv.CsvPreview;
import io.rapport.importer.csv.MappingGuess;
import io.rapport.importer.csv.PreviewRow;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** The preview a mapping wizard page shows while the mapping is edited. */
class CsvPreviewTest {

    @Test
    void anIncompleteMappingShowsWhatIsMissingAndWhyEachRowCannotBeImportedYet(@TempDir Path tmp) throws Exception {
        Path file = Fixtures.write(tmp, "messages.csv", Fixtures.SUPPORT_DESK);
        CsvMapping partial = CsvMapping.empty().withField("source_id", ColumnRule.column("Message ID"))
                .withField("text", ColumnRule.column("Body")).withField("url", ColumnRule.column("Link"));
        CsvPreview p = CsvPreview.of(file, partial, 2);
        assertEquals(List.of("Ticket ID", "Message ID", "Sent", "From", "Author Type", "Department", "Body", "Reply To"),
                p.header());
        assertEquals("UTF-8 (with byte-order mark)", p.encoding());
        assertEquals(',', p.delimiter());
        assertEquals(List.of("created_at", "kind", "author_handle"), p.unmappedRequired());
        assertEquals(List.of("$.fields.url: no column 'Link' in the header (columns: Ticket ID, Message ID, Sent, From,"
                + " Author Type, Department, Body, Reply To)"), p.problems());
        assertFalse(p.importable());
        assertEquals(2, p.rows().size(), "only the rows asked for");
        PreviewRow first = p.rows().get(0);
        assertEquals(2, first.row());
        assertNull(first.interaction());
        assertEquals(List.of("created_at: not mapped", "kind: not mapped", "author_handle: not mapped"), first.reasons());
    }

    @Test
    void aCompleteMappingShowsTheMappedInteractionsAsTheImportWouldStoreThem(@TempDir Path tmp) throws Exception {
        Path file = Fixtures.write(tmp, "messages.csv", Fixtures.SUPPORT_DESK);
        CsvPreview p = CsvPreview.of(file, CsvMappingFile.parse(Fixtures.SUPPORT_DESK_MAPPING, "m.json"), 10);
        assertTrue(p.importable());
        assertEquals(3, p.rows().size());
        Interaction agent = p.rows().get(1).interaction();
        assertEquals(new Interaction("zendesk", "m2", InteractionKind.TICKET, "sam.care", null, ActorRole.STAFF, "Care",
                Instant.parse("2025-07-14T09:05:00Z"), "Hi Ann, \"sorry\" about that - it ships today.", "m1", "T-100",
                null, null, null, null, null, null, null, List.of()), agent);
        assertEquals(176, p.rows().get(1).offset());
    }

    @Test
    void aWrongDateFormatShowsOnEveryRowWithTheFormatExpected(@TempDir Path tmp) throws Exception {
        Path file = Fixtures.write(tmp, "listening.csv", Fixtures.SOCIAL_LISTENING.getBytes(StandardCharsets.UTF_16LE));
        CsvMapping m = CsvMappingFile.parse(Fixtures.SOCIAL_LISTENING_MAPPING, "m.json")
                .withField("created_at", ColumnRule.timestamp("Date", "dd.MM.yyyy HH:mm", null));
        CsvPreview p = CsvPreview.of(file, m, 10);
        assertEquals("UTF-16LE", p.encoding());
        assertEquals(';', p.delimiter());
        assertTrue(p.importable(), "the mapping fits the file; its rows do not");
        assertEquals(List.of(
                List.of("created_at (column 'Date'): '03/02/2025 14:00' does not match the format dd.MM.yyyy HH:mm"),
                List.of("created_at (column 'Date'): '03/02/2025 14:20' does not match the format dd.MM.yyyy HH:mm"),
                List.of("created_at (column 'Date'): '04/02/2025 08:00' does not match the format dd.MM.yyyy HH:mm")),
                p.rows().stream().map(PreviewRow::reasons).toList());
    }

    @Test
    void theGuessForAFileUsesItsDelimiterAndReadsItsHeader(@TempDir Path tmp) throws Exception {
        Path file = Fixtures.write(tmp, "export.csv", "post_id;date;username;body\n1;2025-01-01;kim;hi\n");
        CsvMapping guess = MappingGuess.forFile(file);
        assertEquals(';', guess.delimiter());
        CsvPreview p = CsvPreview.of(file, guess, 5);
        assertTrue(p.importable());
        assertEquals(Instant.parse("2025-01-01T00:00:00Z"), p.rows().get(0).interaction().createdAt());
        assertEquals("csv", p.rows().get(0).interaction().channel());
    }
}
