package io.rapport.importer.core;

import io.rapport.core.importer.ImportInput;

import java.io.IOException;
import java.io.InputStream;

/**
 * Checks that a JSON export is UTF-8, as JSON must be (RFC 8259). A UTF-8 byte order mark is skipped; UTF-16/32
 * (a BOM, or the zero bytes ASCII has in them) is refused with a reason, since the byte offsets and raw records
 * importers keep are defined on UTF-8 bytes.
 *
 * @param bomLength bytes before the JSON
 * @param problem   why the file cannot be read, or null
 */
public record Utf8Encoding(int bomLength, String problem) {

    /** @param whatIsUtf8 the files this format has, for the message, e.g. "Mastodon exports" */
    public static Utf8Encoding sniff(ImportInput input, String whatIsUtf8) throws IOException {
        try (InputStream in = input.open()) {
            return sniff(in, whatIsUtf8);
        }
    }

    /**
     * @param in         the start of the file (at most 4 bytes are read; the caller closes it)
     * @param whatIsUtf8 the files this format has, for the message, e.g. "Zendesk exports"
     */
    public static Utf8Encoding sniff(InputStream in, String whatIsUtf8) throws IOException {
        byte[] head = in.readNBytes(4);
        int b0 = head.length > 0 ? head[0] & 0xff : -1;
        int b1 = head.length > 1 ? head[1] & 0xff : -1;
        int b2 = head.length > 2 ? head[2] & 0xff : -1;
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            return new Utf8Encoding(3, null);
        }
        if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE) || b0 == 0 || (head.length >= 2 && b1 == 0)) {
            return new Utf8Encoding(0, "the file is not UTF-8 (it looks like UTF-16 or UTF-32); " + whatIsUtf8
                    + " are UTF-8: convert it, e.g. with iconv -f UTF-16 -t UTF-8");
        }
        return new Utf8Encoding(0, null);
    }
}
