package io.rapport.importer.jsonl.internal;

import io.rapport.importer.core.FileHead;

import io.rapport.core.importer.Recognition;

import io.rapport.core.importer.ChannelImporter;
import io.rapport.core.importer.ImportInput;
import io.rapport.core.importer.ImportSink;
import io.rapport.core.importer.OriginalRecord;
import io.rapport.core.importer.ImporterProperties;
import io.rapport.core.model.Interaction;
import io.rapport.importer.core.BadRecordException;
import io.rapport.importer.core.ByteLineReader;
import io.rapport.importer.core.ImportProgress;
import io.rapport.importer.core.RawText;

import org.eclipse.core.runtime.IProgressMonitor;
import org.osgi.service.component.annotations.Component;

import java.io.IOException;
import java.io.InputStream;

/** The Rapport interchange format: one canonical interaction per line, as documented in the README. */
@Component(service = ChannelImporter.class)
@ImporterProperties(id = InterchangeImporter.FORMAT_ID, label = "Rapport interchange format (JSON Lines)",
        channel = "*", filePatterns = { "*.rapport.jsonl", "*.jsonl" }, version = "1")
public final class InterchangeImporter implements ChannelImporter {
    public static final String FORMAT_ID = "rapport-jsonl";
    /** Longer lines are rejected: no single interaction comes near this, and memory stays bounded. */
    static final int MAX_LINE_BYTES = 16 << 20;

    @Override
    public void read(ImportInput input, ImportSink sink, IProgressMonitor monitor) throws IOException {
        ImportProgress progress = new ImportProgress(monitor, input.size());
        InterchangeRecordParser parser = new InterchangeRecordParser();
        OriginalRecord original = new OriginalRecord();
        try (InputStream in = input.open()) {
            ByteLineReader lines = new ByteLineReader(in, MAX_LINE_BYTES);
            while (lines.next()) {
                long lineNo = lines.number();
                progress.record(lineNo, lines.position());
                if (lines.isTooLong()) {
                    sink.reject(lineNo, lines.offset(), "line longer than " + (MAX_LINE_BYTES >> 20) + " MB");
                    continue;
                }
                byte[] buf = lines.buffer();
                int off = lines.start();
                int len = lines.length();
                if (lineNo == 1 && len >= 3 && (buf[off] & 0xff) == 0xEF && (buf[off + 1] & 0xff) == 0xBB
                        && (buf[off + 2] & 0xff) == 0xBF) {
                    off += 3; // UTF-8 byte order mark
                    len -= 3;
                }
                if (isBlank(buf, off, len)) {
                    continue;
                }
                try {
                    Interaction interaction = parser.parse(buf, off, len, original);
                    sink.accept(interaction, original, lineNo, lines.offset());
                } catch (BadRecordException e) {
                    sink.reject(lineNo, lines.offset(), e.getMessage(), RawText.of(buf, off, len));
                }
            }
        }
        progress.done();
    }

    private static boolean isBlank(byte[] buf, int off, int len) {
        for (int i = off; i < off + len; i++) {
            byte c = buf[i];
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    @Override
    public Recognition recognise(String fileName, byte[] head) {
        FileHead h = FileHead.of(head);
        String line = h.firstLine();
        if (line.stripLeading().startsWith("{") && line.contains("\"channel\"") && line.contains("\"kind\"")
                && line.contains("\"author\"") && line.contains("\"created_at\"")) {
            return Recognition.likely(90, "a JSON line with channel, kind, author and created_at");
        }
        return Recognition.notThis("the first line is not an interchange record (channel, kind, author, created_at)");
    }
}
