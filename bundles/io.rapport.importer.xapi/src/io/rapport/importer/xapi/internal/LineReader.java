package io.rapport.importer.xapi.internal;

import io.rapport.importer.core.Utf8Encoding;

import io.rapport.core.importer.ImportInput;
import io.rapport.importer.core.ByteLineReader;
import io.rapport.importer.core.ImportProgress;

import java.io.IOException;
import java.io.InputStream;

/** NDJSON: one response per line, so a broken line costs only its own response. Blank lines are skipped. */
final class LineReader {
    private final ImportInput input;
    private final Utf8Encoding encoding;
    private final ResponseSink responses;
    private final ImportProgress progress;

    LineReader(ImportInput input, Utf8Encoding encoding, ResponseSink responses, ImportProgress progress) {
        this.input = input;
        this.encoding = encoding;
        this.responses = responses;
        this.progress = progress;
    }

    void read() throws IOException {
        try (InputStream in = input.open()) {
            in.readNBytes(encoding.bomLength());
            ByteLineReader lines = new ByteLineReader(in, XApiImporter.MAX_RESPONSE_BYTES);
            long base = encoding.bomLength();
            while (lines.next()) {
                progress.record(lines.number(), lines.position());
                long offset = base + lines.offset();
                if (lines.isTooLong()) {
                    responses.reject(lines.number(), offset, "line longer than " + XApiImporter.MAX_RESPONSE_MB
                            + " MB (a gigantic field?)");
                } else if (!blank(lines.buffer(), lines.start(), lines.length())) {
                    responses.response(lines.buffer(), lines.start(), lines.length(), lines.number(), offset);
                }
            }
        }
    }

    private static boolean blank(byte[] b, int from, int length) {
        for (int i = from; i < from + length; i++) {
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
                return false;
            }
        }
        return true;
    }
}
