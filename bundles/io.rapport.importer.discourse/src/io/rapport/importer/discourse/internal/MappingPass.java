package io.rapport.importer.discourse.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

import io.rapport.core.importer.ImportInput;
import io.rapport.core.importer.ImportSink;
import io.rapport.core.model.Interaction;
import io.rapport.importer.core.BadRecordException;
import io.rapport.importer.core.ImportProgress;
import io.rapport.importer.core.JsonReading;
import io.rapport.importer.core.RecordingInputStream;

import java.io.IOException;

/**
 * The pass that maps every post to the sink, reports progress in bytes with cancellation, and turns what cannot
 * be read into rejections naming the post, its byte offset and the reason.
 */
final class MappingPass implements TopicWalker.Visitor {
    private final ImportInput input;
    private final ImportSink sink;
    private final ImportProgress progress;
    private final PostMapper mapper;
    private final RecordingInputStream in;

    MappingPass(ImportInput input, ImportSink sink, ImportProgress progress, PostMapper mapper, RecordingInputStream in) {
        this.input = input;
        this.sink = sink;
        this.progress = progress;
        this.mapper = mapper;
        this.in = in;
    }

    @Override
    public void post(PostFields post, String raw, long index, long offset) {
        progress.record(index, in.position());
        try {
            Interaction i = mapper.map(post);
            if (i != null) {
                sink.accept(i, raw, index, offset);
            }
        } catch (BadRecordException e) {
            sink.reject(index, offset, e.getMessage(), raw);
        }
    }

    @Override
    public void unreadable(long index, long offset, String reason) {
        progress.record(index, in.position());
        sink.reject(index, offset, reason);
    }

    void finished(boolean foundPosts, TopicWalker walker) {
        if (!foundPosts) {
            sink.reject(1, 0, "not a Discourse export: " + input.fileName() + " is " + walker.description()
                    + "; expected a topic or post list with 'post_stream.posts', or 'latest_posts'");
        }
    }

    void broken(IOException e, TopicWalker walker) {
        boolean inRecord = walker.insideRecord();
        long index = walker.recordIndex() + (inRecord ? 0 : 1);
        long errorOffset;
        JsonLocation at = e instanceof JsonProcessingException j ? j.getLocation() : null;
        if (e instanceof TopicWalker.TrailingContentException t) {
            errorOffset = t.offset;
        } else if (at != null && at.getByteOffset() >= 0) {
            errorOffset = at.getByteOffset() + walker.baseOffset();
        } else {
            errorOffset = walker.parserOffset(); // limit violations carry no location
        }
        String where = " at byte " + errorOffset;
        String reason = e instanceof TopicWalker.TrailingContentException
                ? "unexpected content" + where + " after the end of the JSON document"
                : JsonReading.whyReadingStopped(e, where, DiscourseImporter.MAX_NESTING);
        // the rejection points at the post the error broke; the reason says where inside it
        sink.reject(Math.max(1, index), inRecord ? walker.recordOffset() : errorOffset,
                reason + "; the rest of the file cannot be read");
    }
}
