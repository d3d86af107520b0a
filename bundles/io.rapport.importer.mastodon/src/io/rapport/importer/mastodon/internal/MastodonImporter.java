package io.rapport.importer.mastodon.internal;

import io.rapport.importer.core.FileHead;

import io.rapport.core.importer.Recognition;

import io.rapport.importer.core.Utf8Encoding;

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
import io.rapport.importer.core.JsonReading;
import io.rapport.importer.core.RecordingInputStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.osgi.service.component.annotations.Component;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Mastodon: the account archive's {@code outbox.json} (ActivityStreams 2.0, with {@code actor.json} beside it
 * naming the owner) and REST API documents (status lists, contexts, notifications), streamed record by record.
 * <p>
 * File names it claims: {@code outbox.json} and {@code outbox*.json} (archives and saved outbox pages),
 * {@code *.mastodon.json}, and the API dumps {@code statuses*.json}, {@code context*.json},
 * {@code notifications*.json}; any other {@code .json} needs {@code --format mastodon}, since a bare
 * {@code *.json} belongs to no format in particular.
 */
@Component(service = ChannelImporter.class)
@ImporterProperties(id = MastodonImporter.FORMAT_ID, label = "Mastodon (account archive outbox, REST API JSON)",
        channel = Channels.MASTODON, filePatterns = { "outbox.json", "outbox*.json", "*.mastodon.json",
                "statuses*.json", "context*.json", "notifications*.json" }, version = "1")
public final class MastodonImporter implements ChannelImporter {
    public static final String FORMAT_ID = "mastodon";
    /** No status comes near this; larger records are rejected and their bytes not kept. */
    static final int MAX_RECORD_BYTES = 16 << 20;
    /** ActivityStreams and API records nest about eight levels; a depth bomb stops here, not in a stack overflow. */
    static final int MAX_NESTING = 200;

    private final JsonFactory factory = JsonReading
            .factory(MAX_NESTING, MAX_RECORD_BYTES, StreamReadConstraints.DEFAULT_MAX_NUM_LEN).build();

    @Override
    public void read(ImportInput input, ImportSink sink, IProgressMonitor monitor) throws IOException {
        ImportProgress progress = new ImportProgress(monitor, input.size());
        Utf8Encoding encoding = Utf8Encoding.sniff(input, "Mastodon exports");
        if (encoding.problem() != null) {
            sink.reject(1, 0, encoding.problem());
            return;
        }
        ImportRun run = new ImportRun(input, sink, progress);
        StatusIndex index = new StatusIndex();
        // an API file's replies name parents by local ids, often listed after them: index the file first
        walk(input, encoding, new ImportRun.Indexer(index, run), false);
        ArchiveOwner owner = ArchiveOwner.besides(input, factory);
        walk(input, encoding, run.mapper(new ActivityMapper(owner), new StatusMapper(index)), true);
        progress.done();
    }

    private void walk(ImportInput input, Utf8Encoding encoding, ImportRun.Pass pass, boolean keepRaw) throws IOException {
        DocumentWalker.Shape shape = pass(input, encoding, pass, keepRaw, null);
        if (shape == DocumentWalker.Shape.LONE_ACTIVITY || shape == DocumentWalker.Shape.LONE_STATUS) {
            pass(input, encoding, pass, keepRaw, shape);
        }
    }

    private DocumentWalker.Shape pass(ImportInput input, Utf8Encoding encoding, ImportRun.Pass pass, boolean keepRaw,
            DocumentWalker.Shape lone) throws IOException {
        try (InputStream file = input.open()) {
            RecordingInputStream in = new RecordingInputStream(file, MAX_RECORD_BYTES);
            in.readNBytes(encoding.bomLength());
            try (JsonParser p = factory.createParser(in)) {
                DocumentWalker walker = new DocumentWalker(p, keepRaw ? in : null, encoding.bomLength(), pass);
                pass.started(in, walker);
                if (lone != null) {
                    walker.lone(lone);
                    return lone;
                }
                DocumentWalker.Shape shape = walker.walk();
                pass.finished(shape, walker);
                return shape;
            } catch (JacksonException | CharConversionException e) {
                pass.broken(e);
                return DocumentWalker.Shape.RECORDS;
            }
        }
    }

    @Override
    public Recognition recognise(String fileName, byte[] head) {
        FileHead h = FileHead.of(head);
        String t = h.text();
        if (t.contains("https://www.w3.org/ns/activitystreams") || h.hasKeys("orderedItems")) {
            return Recognition.likely(95, "ActivityStreams (an outbox or collection)");
        }
        if (h.hasKeys("account", "acct", "uri") || h.hasKeys("ancestors", "descendants")) {
            return Recognition.likely(90, "Mastodon API statuses (account.acct, uri) or a context");
        }
        return Recognition.notThis("neither ActivityStreams nor Mastodon API statuses at the start");
    }
}
