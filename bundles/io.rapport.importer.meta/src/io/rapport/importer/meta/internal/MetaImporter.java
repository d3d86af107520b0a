package io.rapport.importer.meta.internal;

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
import io.rapport.importer.core.ImportProgress;
import io.rapport.importer.core.JsonReading;
import io.rapport.importer.core.RecordingInputStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.osgi.service.component.annotations.Component;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * Facebook and Instagram: "Download your information" JSON files as downloaded (with their mojibake repaired)
 * and Graph API JSON (page feeds with nested comments, comment listings, single objects). Records name their
 * channel: Instagram's shapes give {@code instagram}, everything else {@code facebook} unless the file name
 * says {@code instagram}.
 * <p>
 * File names it claims (the downloads' own names, and explicit suffixes; a bare {@code *.json} belongs to no
 * format in particular and needs {@code --format meta}): {@code your_posts*.json}, {@code profile_posts*.json},
 * {@code comments*.json}, {@code posts_*.json}, {@code post_comments*.json}, {@code reels*.json},
 * {@code *.graph.json}, {@code *facebook*.json}, {@code *instagram*.json}.
 */
@Component(service = ChannelImporter.class)
@ImporterProperties(id = MetaImporter.FORMAT_ID, label = "Facebook/Instagram (downloaded JSON, Graph API JSON)",
        channel = "*", filePatterns = { "your_posts*.json", "profile_posts*.json", "comments*.json", "posts_*.json",
                "post_comments*.json", "reels*.json", "*.graph.json", "*facebook*.json", "*instagram*.json" },
        version = "1")
public final class MetaImporter implements ChannelImporter {
    public static final String FORMAT_ID = "meta";
    /** A post with hundreds of nested comments stays far below this; larger records are rejected, not kept. */
    static final int MAX_RECORD_BYTES = 16 << 20;
    /** Graph comment trees nest about a dozen levels; a depth bomb stops here, not in a stack overflow. */
    static final int MAX_NESTING = 200;
    /** The arrays of a top-level object whose elements are records. */
    static final Set<String> CONTAINERS = Set.of("data", "comments_v2", "comments", "ig_reels_media",
            "comments_media_comments", "status_updates_v2", "posts", "reels");

    private final JsonFactory factory = JsonReading
            .factory(MAX_NESTING, MAX_RECORD_BYTES, StreamReadConstraints.DEFAULT_MAX_NUM_LEN).build();

    @Override
    public void read(ImportInput input, ImportSink sink, IProgressMonitor monitor) throws IOException {
        ImportProgress progress = new ImportProgress(monitor, input.size());
        Utf8Encoding encoding = Utf8Encoding.sniff(input, "Meta exports");
        if (encoding.problem() != null) {
            sink.reject(1, 0, encoding.problem());
            return;
        }
        ImportRun run = new ImportRun(input, sink, progress, factory);
        RecordWalker.Shape shape = pass(input, encoding, run, false);
        if (shape == RecordWalker.Shape.LONE_OBJECT) {
            pass(input, encoding, run, true);
        }
        progress.done();
    }

    private RecordWalker.Shape pass(ImportInput input, Utf8Encoding encoding, ImportRun run, boolean whole)
            throws IOException {
        try (InputStream file = input.open()) {
            RecordingInputStream in = new RecordingInputStream(file, MAX_RECORD_BYTES);
            in.readNBytes(encoding.bomLength());
            RecordWalker walker = null;
            try (JsonParser p = factory.createParser(in)) {
                walker = new RecordWalker(p, in, encoding.bomLength(), CONTAINERS, MAX_RECORD_BYTES, run.records(in));
                if (whole) {
                    walker.wholeDocument();
                    return RecordWalker.Shape.RECORDS;
                }
                RecordWalker.Shape shape = walker.walk();
                if (shape == RecordWalker.Shape.UNKNOWN) {
                    run.notThisFormat(walker.description());
                }
                return shape;
            } catch (JacksonException | CharConversionException e) {
                run.broken(e, walker);
                return RecordWalker.Shape.RECORDS;
            }
        }
    }

    @Override
    public Recognition recognise(String fileName, byte[] head) {
        FileHead h = FileHead.of(head);
        if (h.hasKeys("created_time") && (h.hasKeys("message") || h.hasKeys("from"))) {
            return Recognition.likely(80, "a Graph API feed (created_time, message, from)");
        }
        if (h.hasKeys("timestamp", "username") && (h.hasKeys("caption") || h.hasKeys("media_type"))) {
            return Recognition.likely(80, "Instagram Graph API media (timestamp, username, caption)");
        }
        if (h.hasKeys("timestamp") && (h.hasKeys("data") || h.hasKeys("string_map_data") || h.hasKeys("media")
                || h.hasKeys("comments_v2"))) {
            return Recognition.likely(70, "a Facebook/Instagram download (timestamp with data or media)");
        }
        return Recognition.notThis("no Facebook/Instagram download or Graph API fields at the start");
    }
}
