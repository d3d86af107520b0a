package io.rapport.importer.xapi.internal;

import io.rapport.core.importer.ImportInput;

import java.io.IOException;
import java.io.InputStream;

/**
 * X API v2 responses are UTF-8. A UTF-8 byte order mark is skipped; UTF-16/32 (a BOM, or the
 * zero bytes ASCII has in them) is refused, since offsets and raw records are kept on UTF-8 bytes.
 *
 * @param bomLength bytes before the JSON
 * @param problem   why the file cannot be read, or null
 */
record FileEncoding(int bomLength, String problem) {

    static FileEncoding sniff(ImportInput input) throws IOException {
        byte[] head;
        try (InputStream in = input.open()) {
            head = in.readNBytes(4);
        }
        int b0 = head.length > 0 ? head[0] & 0xff : -1;
        int b1 = head.length > 1 ? head[1] & 0xff : -1;
        int b2 = head.length > 2 ? head[2] & 0xff : -1;
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            return new FileEncoding(3, null);
        }
        if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE) || b0 == 0 || (head.length >= 2 && b1 == 0)) {
            return new FileEncoding(0, "the file is not UTF-8 (it looks like UTF-16 or UTF-32); X API responses are UTF-8:"
                    + " convert it, e.g. with iconv -f UTF-16 -t UTF-8");
        }
        return new FileEncoding(0, null);
    }
}
