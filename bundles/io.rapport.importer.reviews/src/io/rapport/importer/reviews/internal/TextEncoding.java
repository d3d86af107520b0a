package io.rapport.importer.reviews.internal;

import io.rapport.core.importer.ImportInput;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The encoding of a review export, from its byte order mark, or from the zero bytes ASCII has in UTF-16 when
 * there is none. Play Console writes UTF-16LE with a BOM; files re-saved by a spreadsheet are often UTF-8.
 * Knowing the encoding lets the CSV reader turn its character positions back into exact byte offsets.
 *
 * @param charset   what the text after the BOM is
 * @param bomLength bytes before the text starts
 */
record TextEncoding(Charset charset, int bomLength) {

    static TextEncoding sniff(ImportInput input) throws IOException {
        byte[] head;
        try (InputStream in = input.open()) {
            head = in.readNBytes(4);
        }
        int b0 = head.length > 0 ? head[0] & 0xff : -1;
        int b1 = head.length > 1 ? head[1] & 0xff : -1;
        int b2 = head.length > 2 ? head[2] & 0xff : -1;
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            return new TextEncoding(StandardCharsets.UTF_8, 3);
        }
        if (b0 == 0xFF && b1 == 0xFE) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 2);
        }
        if (b0 == 0xFE && b1 == 0xFF) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 2);
        }
        if (b0 > 0 && b1 == 0) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 0);
        }
        if (b0 == 0 && b1 > 0) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 0);
        }
        return new TextEncoding(StandardCharsets.UTF_8, 0);
    }

    boolean isUtf8() {
        return charset.equals(StandardCharsets.UTF_8);
    }

    /** A decoder that stops at the first invalid byte instead of inventing replacement characters. */
    CharsetDecoder strictDecoder() {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Bytes the char {@code c} took in the file (a surrogate pair is 4 bytes in both encodings: 2 + 2). */
    int bytesOf(char c) {
        if (!isUtf8()) {
            return 2;
        }
        if (c < 0x80) {
            return 1;
        }
        if (c < 0x800 || Character.isSurrogate(c)) {
            return 2;
        }
        return 3;
    }

    String label() {
        return charset.name() + (bomLength > 0 ? " with BOM" : "");
    }
}
