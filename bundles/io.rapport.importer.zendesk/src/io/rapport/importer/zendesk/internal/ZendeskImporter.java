package io.rapport.importer.zendesk.internal;

import io.rapport.importer.core.FileHead;

import io.rapport.core.importer.Recognition;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;

import io.rapport.core.importer.ChannelImporter;
import io.rapport.core.importer.ImportInput;
import io.rapport.core.importer.ImportSink;
import io.rapport.core.importer.ImporterProperties;
import io.rapport.core.model.Channels;
import io.rapport.importer.core.ImportProgress;
import io.rapport.importer.core.Utf8Encoding;
import io.rapport.importer.core.JsonReading;
import io.rapport.importer.core.RecordingInputStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.osgi.service.component.annotations.Component;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Zendesk Support ticket exports: the incremental export and tickets lists ({@code tickets}), ticket comments
 * ({@code comments}) and audits ({@code audits}), each optionally with side-loaded {@code users}; streamed
 * record by record in two passes (the first learns users and requesters, the second maps). See README.md.
 */
@Component(service = ChannelImporter.class)
@ImporterProperties(id = ZendeskImporter.FORMAT_ID, label = "Zendesk (tickets, incremental export, comments, audits JSON)",
        channel = Channels.ZENDESK, filePatterns = { "tickets*.json", "*zendesk*.json", "ticket_comments*.json",
                "ticket_audits*.json", "audits*.json" }, version = "1")
public final class ZendeskImporter implements ChannelImporter {
    public static final String FORMAT_ID = "zendesk";
    /** No ticket or audit comes near this; larger records are rejected and their bytes not kept. */
    static final int MAX_RECORD_BYTES = 16 << 20;
    /** Zendesk records nest about six levels (audit → events → via → source → from); a bomb stops here. */
    static final int MAX_NESTING = 200;

    /**
     * A text up to twice the record limit is still read, so that its record is rejected alone (as too large) and
     * the file goes on; a longer one stops the file with a safety-limit error.
     */
    static final int MAX_TEXT_CHARS = 2 * MAX_RECORD_BYTES;

    private final JsonFactory factory = JsonReading
            .factory(MAX_NESTING, MAX_TEXT_CHARS, StreamReadConstraints.DEFAULT_MAX_NUM_LEN).build();

    @Override
    public void read(ImportInput input, ImportSink sink, IProgressMonitor monitor) throws IOException {
        ImportProgress progress = new ImportProgress(monitor, input.size());
        Utf8Encoding encoding = Utf8Encoding.sniff(input, "Zendesk exports");
        if (encoding.problem() != null) {
            sink.reject(1, 0, encoding.problem());
            return;
        }
        Directory directory = new Directory();
        pass(input, encoding, new Passes.Indexer(directory, progress), false);
        String ticketOfFile = FileNames.ticketIdOf(input.fileName());
        pass(input, encoding, new Passes.Mapper(input, sink, progress, new TicketMapper(directory), ticketOfFile), true);
        progress.done();
    }

    private void pass(ImportInput input, Utf8Encoding encoding, Passes.Pass pass, boolean keepRaw) throws IOException {
        try (InputStream file = input.open()) {
            RecordingInputStream in = new RecordingInputStream(file, MAX_RECORD_BYTES);
            in.readNBytes(encoding.bomLength());
            ExportWalker walker = null;
            try (JsonParser p = factory.createParser(in)) {
                walker = new ExportWalker(p, keepRaw ? in : null, encoding.bomLength(), MAX_RECORD_BYTES, pass);
                pass.started(in);
                boolean found = walker.walk();
                pass.finished(found, walker);
            } catch (JacksonException | CharConversionException | ExportWalker.TrailingContentException e) {
                pass.broken(e, walker);
            }
        }
    }

    @Override
    public Recognition recognise(String fileName, byte[] head) {
        FileHead h = FileHead.of(head);
        if (h.hasKeys("tickets", "requester_id") || h.hasKeys("audits", "ticket_id")
                || h.hasKeys("comments", "author_id", "public")) {
            return Recognition.likely(90, "Zendesk tickets, audits or comments");
        }
        return Recognition.notThis("no Zendesk tickets, audits or comments at the start");
    }
}
