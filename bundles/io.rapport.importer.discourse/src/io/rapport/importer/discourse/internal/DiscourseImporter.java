package io.rapport.importer.discourse.internal;

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
 * Discourse forum JSON: a topic ({@code /t/<id>.json}), a topic's posts ({@code /t/<id>/posts.json}) or the
 * latest posts ({@code /posts.json}), streamed post by post. A first pass reads the topic's own fields (its id
 * and category follow the posts in the file) while skipping the posts; the second maps every post. See
 * README.md.
 */
@Component(service = ChannelImporter.class)
@ImporterProperties(id = DiscourseImporter.FORMAT_ID, label = "Discourse (topic and post-list JSON)",
        channel = Channels.DISCOURSE, filePatterns = { "topic*.json", "*discourse*.json", "t-*.json" }, version = "1")
public final class DiscourseImporter implements ChannelImporter {
    public static final String FORMAT_ID = "discourse";
    /** No post comes near this; larger records are rejected and their bytes not kept. */
    static final int MAX_RECORD_BYTES = 16 << 20;
    /** Posts nest about four levels (post → actions_summary → entry); a depth bomb stops here. */
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
        Utf8Encoding encoding = Utf8Encoding.sniff(input, "Discourse exports");
        if (encoding.problem() != null) {
            sink.reject(1, 0, encoding.problem());
            return;
        }
        TopicWalker.Topic topic = readTopic(input, encoding);
        progress.checkCanceled();
        try (InputStream file = input.open()) {
            RecordingInputStream in = new RecordingInputStream(file, MAX_RECORD_BYTES);
            in.readNBytes(encoding.bomLength());
            MappingPass pass = new MappingPass(input, sink, progress, new PostMapper(topic), in);
            TopicWalker walker = new TopicWalker(factory.createParser(in), in, encoding.bomLength(), MAX_RECORD_BYTES,
                    pass);
            try {
                pass.finished(walker.walk(), walker);
            } catch (JacksonException | CharConversionException | TopicWalker.TrailingContentException e) {
                pass.broken(e, walker);
            }
        }
        progress.done();
    }

    /** The first pass: the topic's fields, skipping the posts; a broken file is reported by the second pass. */
    private TopicWalker.Topic readTopic(ImportInput input, Utf8Encoding encoding) throws IOException {
        try (InputStream file = input.open()) {
            file.readNBytes(encoding.bomLength());
            try (JsonParser p = factory.createParser(file)) {
                TopicWalker walker = new TopicWalker(p, null, encoding.bomLength(), MAX_RECORD_BYTES, null);
                try {
                    walker.walk();
                } catch (JacksonException | CharConversionException | TopicWalker.TrailingContentException e) {
                    // what was read before the damage is kept
                }
                return walker.topic();
            }
        }
    }

    @Override
    public Recognition recognise(String fileName, byte[] head) {
        FileHead h = FileHead.of(head);
        if (h.hasKeys("post_stream") || h.hasKeys("post_number", "cooked")) {
            return Recognition.likely(95, "a Discourse topic (post_stream, post_number, cooked)");
        }
        return Recognition.notThis("no Discourse topic or posts at the start");
    }
}
