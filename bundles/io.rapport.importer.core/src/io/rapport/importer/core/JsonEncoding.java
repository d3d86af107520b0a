package io.rapport.importer.core;

import java.io.IOException;
import java.io.InputStream;

/**
 * JSON exports are UTF-8 (RFC 8259), and the byte offsets and raw records importers keep are defined on UTF-8
 * bytes. This looks at a file's first bytes: a UTF-8 byte order mark (added by some editors and download tools)
 * is to be skipped; UTF-16 or UTF-32 (a BOM, or the zero bytes ASCII has in those encodings) is refused with a
 * reason that says how to convert the file.
 *
 * @param bomLength bytes to skip before the JSON starts
 * @param problem   why the file cannot be read, or null
 */
public record JsonEncoding(int bomLength, String problem) {

    /**
     * @param in     the start of the file (at most 4 bytes are read; the caller closes it)
     * @param format the format's name for the message, e.g. "Zendesk exports"
     */
    public static JsonEncoding sniff(InputStream in, String format) throws IOException {
        byte[] head = in.readNBytes(4);
        int b0 = head.length > 0 ? head[0] & 0xff : -1;
        int b1 = head.length > 1 ? head[1] & 0xff : -1;
        int b2 = head.length > 2 ? head[2] & 0xff : -1;
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            return new JsonEncoding(3, null);
        }
        if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE) || b0 == 0 || b1 == 0) {
            return new JsonEncoding(0, "the file is not UTF-8 (it looks like UTF-16 or UTF-32); " + format
                    + " are UTF-8: convert it, e.g. with iconv -f UTF-16 -t UTF-8");
        }
        return new JsonEncoding(0, null);
    }
}
