package io.rapport.importer.xapi.internal;

import io.rapport.importer.core.FileHead;

import io.rapport.core.importer.Recognition;

import io.rapport.importer.core.Utf8Encoding;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;

import io.rapport.core.importer.ChannelImporter;
import io.rapport.core.importer.ImportInput;
import io.rapport.core.importer.ImportSink;
import io.rapport.core.importer.ImporterProperties;
import io.rapport.core.model.Channels;
import io.rapport.importer.core.ImportProgress;
import io.rapport.importer.core.JsonReading;

import org.eclipse.core.runtime.IProgressMonitor;
import org.osgi.service.component.annotations.Component;

import java.io.IOException;
import java.util.Locale;

/**
 * X API v2 responses ({@code data}, {@code includes.users}, {@code meta}), saved either as NDJSON (one
 * response per line: {@code *.ndjson}, {@code *.jsonl}) or as JSON (one response, a JSON array of responses, or
 * responses one after another). A response's tweets name authors by id and the users may come after the tweets,
 * so each response is read whole and mapped in two steps (users, then tweets): memory is bounded by one
 * response, at most {@value #MAX_RESPONSE_MB} MB (a page of the API is at most 100 tweets, well under 1 MB).
 * <p>
 * File names it claims: {@code *.xapi.json}, {@code *.xapi.ndjson}, {@code *.xapi.jsonl}, {@code tweets_v2*.json}
 * and {@code tweets_v2*.ndjson}; any other file needs {@code --format x-api-v2}.
 */
@Component(service = ChannelImporter.class)
@ImporterProperties(id = XApiImporter.FORMAT_ID, label = "X API v2 (JSON pages, NDJSON)", channel = Channels.X,
        filePatterns = { "*.xapi.json", "*.xapi.ndjson", "*.xapi.jsonl", "tweets_v2*.json", "tweets_v2*.ndjson" },
        version = "1")
public final class XApiImporter implements ChannelImporter {
    public static final String FORMAT_ID = "x-api-v2";
    static final int MAX_RESPONSE_MB = 32;
    static final int MAX_RESPONSE_BYTES = MAX_RESPONSE_MB << 20;
    /** Responses nest about six levels; a depth bomb stops here, not in a stack overflow. */
    static final int MAX_NESTING = 100;

    private final JsonFactory factory = JsonReading
            .factory(MAX_NESTING, MAX_RESPONSE_BYTES, StreamReadConstraints.DEFAULT_MAX_NUM_LEN).build();

    @Override
    public void read(ImportInput input, ImportSink sink, IProgressMonitor monitor) throws IOException {
        ImportProgress progress = new ImportProgress(monitor, input.size());
        Utf8Encoding encoding = Utf8Encoding.sniff(input, "X API responses");
        if (encoding.problem() != null) {
            sink.reject(1, 0, encoding.problem());
            return;
        }
        ResponseSink responses = new ResponseSink(sink, factory);
        String name = input.fileName().toLowerCase(Locale.ROOT);
        if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
            new LineReader(input, encoding, responses, progress).read();
        } else {
            new DocumentReader(input, encoding, responses, progress, factory).read();
        }
        progress.done();
    }

    @Override
    public Recognition recognise(String fileName, byte[] head) {
        FileHead h = FileHead.of(head);
        if (h.hasKeys("data", "text") && (h.hasKeys("author_id") || h.hasKeys("includes") || h.hasKeys("edit_history_tweet_ids"))) {
            return Recognition.likely(90, "an X API v2 response: data with text and author_id or includes");
        }
        return Recognition.notThis("no X API v2 response (data, text, author_id) at the start");
    }
}
