package io.rapport.importer.reddit.internal;

import java.io.IOException;
import java.io.InputStream;

/**
 * Which of the two Reddit shapes a file has, from its first bytes: API JSON starts with {@code [} or with an
 * object whose first field is {@code "kind"} (every API thing and listing does); a Pushshift dump line is an
 * object of a comment's or submission's own fields.
 */
enum ExportShape {
    DUMP, API_LISTING;

    private static final byte[] KIND = "\"kind\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final int PEEK = 4096;

    /** Reads ahead on a stream that supports mark/reset and leaves it where it was. */
    static ExportShape of(InputStream in) throws IOException {
        in.mark(PEEK);
        byte[] head = in.readNBytes(PEEK);
        in.reset();
        int i = skipSpace(head, startAfterBom(head));
        if (i < head.length && head[i] == '[') {
            return API_LISTING;
        }
        if (i < head.length && head[i] == '{') {
            i = skipSpace(head, i + 1);
            if (startsWith(head, i, KIND)) {
                return API_LISTING;
            }
        }
        return DUMP;
    }

    private static int startAfterBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF ? 3 : 0;
    }

    private static int skipSpace(byte[] b, int i) {
        while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
            i++;
        }
        return i;
    }

    private static boolean startsWith(byte[] b, int at, byte[] prefix) {
        if (at + prefix.length > b.length) {
            return false;
        }
        for (int k = 0; k < prefix.length; k++) {
            if (b[at + k] != prefix[k]) {
                return false;
            }
        }
        return true;
    }
}
