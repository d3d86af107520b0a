package io.rapport.store.duckdb.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Original records handed over as bytes. */
final class Utf8 {
    private Utf8() {
    }

    /**
     * A copy of {@code buf[off, off + len)} that DuckDB can take as a VARCHAR: the bytes themselves when they are
     * ASCII (most records), otherwise decoded and encoded again, so that malformed UTF-8 becomes U+FFFD as in a
     * record handed over as a String.
     */
    static byte[] copyOf(byte[] buf, int off, int len) {
        for (int i = off, end = off + len; i < end; i++) {
            if (buf[i] < 0) {
                return new String(buf, off, len, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
            }
        }
        return Arrays.copyOfRange(buf, off, off + len);
    }
}
