package io.rapport.importer.xapi.internal;



import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.rapport.core.importer.ImportSink;
import io.rapport.importer.core.JsonObject;
import io.rapport.importer.core.JsonReading;
import io.rapport.importer.core.JsonTree;
import io.rapport.importer.core.RawText;
import io.rapport.importer.core.RecordOutcome;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Turns one response's bytes (a line of NDJSON, or an element of a JSON array of pages) into accepted tweets
 * and rejections. The record number is the response's (its line in NDJSON); the offset is the tweet's own.
 */
final class ResponseSink {
    private final ImportSink sink;
    private final JsonFactory factory;
    private final ResponseMapper mapper = new ResponseMapper();

    ResponseSink(ImportSink sink, JsonFactory factory) {
        this.sink = sink;
        this.factory = factory;
    }

    void response(byte[] bytes, int from, int length, long index, long offset) {
        JsonObject r;
        try {
            r = JsonTree.parse(factory, bytes, from, length, "response");
        } catch (JsonProcessingException e) {
            sink.reject(index, offset, "invalid JSON or encoding in the response: " + JsonReading.oneLine(e),
                    RawText.of(bytes, from, length));
            return;
        } catch (IOException e) {
            sink.reject(index, offset, e.getMessage(), RawText.of(bytes, from, length));
            return;
        }
        if (!ResponseMapper.isResponse(r)) {
            sink.reject(index, offset, "not an X API v2 response: expected an object with 'data', 'includes' or 'meta'",
                    RawText.of(bytes, from, length));
            return;
        }
        for (RecordOutcome o : mapper.map(r)) {
            switch (o) {
                case RecordOutcome.Mapped m -> sink.accept(m.interaction(),
                        new String(bytes, from + m.start(), m.end() - m.start(), StandardCharsets.UTF_8), index,
                        offset + m.start());
                case RecordOutcome.Rejected x -> sink.reject(index, x.start() >= 0 ? offset + x.start() : offset,
                        x.reason(), x.start() >= 0 ? RawText.of(bytes, from + x.start(), length - x.start())
                                : RawText.of(bytes, from, length));
            }
        }
    }

    void reject(long index, long offset, String reason) {
        sink.reject(index, offset, reason);
    }
}
