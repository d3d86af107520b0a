package io.rapport.importer.meta.internal;



import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.rapport.core.importer.ImportInput;
import io.rapport.core.importer.ImportSink;
import io.rapport.core.model.Channels;
import io.rapport.importer.core.BadRecordException;
import io.rapport.importer.core.ImportProgress;
import io.rapport.importer.core.JsonObject;
import io.rapport.importer.core.JsonReading;
import io.rapport.importer.core.JsonTree;
import io.rapport.importer.core.RawText;
import io.rapport.importer.core.RecordOutcome;
import io.rapport.importer.core.RecordingInputStream;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One file's import: parses each record cut out by the {@link RecordWalker}, hands it to the mapper its shape
 * asks for, and turns whatever cannot be read into rejections naming the record, its byte offset and the
 * reason, so that a broken file never ends in a stack trace or a silently empty import.
 */
final class ImportRun {
    private final ImportInput input;
    private final ImportSink sink;
    private final ImportProgress progress;
    private final JsonFactory factory;
    private final String fileChannel;
    private final DownloadMapper downloads = new DownloadMapper();
    private final GraphMapper graph = new GraphMapper();
    private final InstagramGraphMapper instagram = new InstagramGraphMapper();

    ImportRun(ImportInput input, ImportSink sink, ImportProgress progress, JsonFactory factory) {
        this.input = input;
        this.sink = sink;
        this.progress = progress;
        this.factory = factory;
        String name = input.fileName().toLowerCase(Locale.ROOT);
        this.fileChannel = name.contains("instagram") ? Channels.INSTAGRAM : Channels.FACEBOOK;
    }

    RecordWalker.Records records(RecordingInputStream in) {
        return new RecordWalker.Records() {
            @Override
            public void record(String container, byte[] bytes, long index, long offset) {
                progress.record(index, in.position());
                map(bytes, index, offset);
            }

            @Override
            public void unreadable(long index, long offset, String reason) {
                progress.record(index, in.position());
                sink.reject(index, offset, reason);
            }
        };
    }

    private void map(byte[] bytes, long index, long offset) {
        JsonObject r;
        try {
            r = JsonTree.parse(factory, bytes, 0, bytes.length, "record");
        } catch (JsonProcessingException e) {
            sink.reject(index, offset, "invalid JSON or encoding in the record: " + JsonReading.oneLine(e),
                    RawText.of(bytes, 0, bytes.length));
            return;
        } catch (IOException e) {
            sink.reject(index, offset, e.getMessage(), RawText.of(bytes, 0, bytes.length));
            return;
        }
        boolean fromInstagram = InstagramGraphMapper.accepts(r);
        if (fromInstagram || isGraph(r)) {
            for (RecordOutcome o : fromInstagram ? instagram.map(r) : graph.map(r)) {
                switch (o) {
                    case RecordOutcome.Mapped m -> sink.accept(m.interaction(),
                            new String(bytes, m.start(), m.end() - m.start(), StandardCharsets.UTF_8), index,
                            offset + m.start());
                    case RecordOutcome.Rejected x -> sink.reject(index, offset + x.start(), x.reason(),
                            RawText.of(bytes, x.start(), bytes.length - x.start()));
                }
            }
            return;
        }
        try {
            sink.accept(downloads.map(r, fileChannel), new String(bytes, StandardCharsets.UTF_8), index, offset);
        } catch (BadRecordException | JsonObject.TypeMismatch e) {
            sink.reject(index, offset, e.getMessage(), RawText.of(bytes, 0, bytes.length));
        }
    }

    /** Graph API objects have ISO {@code created_time} or string ids; downloads have epoch seconds and no ids. */
    private static boolean isGraph(JsonObject r) {
        return r.has("created_time") || (r.get("id") instanceof String && !r.has("timestamp"));
    }

    void notThisFormat(String description) {
        sink.reject(1, 0, "not a Facebook/Instagram export: " + input.fileName() + " is " + description
                + "; expected a JSON array of posts or comments, an object with 'data' (Graph API), 'comments_v2'"
                + " or 'ig_reels_media', or a single Graph API object with 'id' and 'created_time'");
    }

    void broken(IOException e, RecordWalker walker) {
        boolean inRecord = walker != null && walker.inside();
        long index = walker == null ? 1 : walker.index() + (inRecord ? 0 : 1);
        JsonLocation at = e instanceof JsonProcessingException j ? j.getLocation() : null;
        long base = walker == null ? 0 : walker.base();
        long errorOffset = at != null && at.getByteOffset() >= 0 ? at.getByteOffset() + base
                : walker != null ? walker.parserOffset() : -1; // limit violations carry no location
        String where = errorOffset >= 0 ? " at byte " + errorOffset : "";
        long offset = inRecord ? walker.recordOffset() : errorOffset;
        String reason = JsonReading.whyReadingStopped(e, where, MetaImporter.MAX_NESTING, MetaImporter.MAX_RECORD_BYTES);
        sink.reject(Math.max(1, index), offset, reason + "; the rest of the file cannot be read");
    }

}
