package io.rapport.importer.xarchive.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JavaScript assignment every archive data file starts with, {@code window.YTD.tweets.part0 = [ ... ]}
 * ({@code window.__THAR_CONFIG = { ... }} for the manifest). It is read off the stream by hand so that the
 * JSON after it can be streamed by a JSON parser.
 *
 * @param globalName   what is assigned, e.g. {@code YTD.tweets.part0}
 * @param dataName     the data type within it, e.g. {@code tweets}, or the whole name for other globals
 * @param prefixLength bytes up to and including the {@code =}: the file offset of the JSON text
 */
record YtdWrapper(String globalName, String dataName, int prefixLength) {
    private static final int MAX_PREFIX = 200;
    private static final Pattern ASSIGNMENT = Pattern
            .compile("\\s*window\\.((?:YTD\\.([A-Za-z0-9_]+)\\.part\\d+)|[A-Za-z_$][A-Za-z0-9_$]*)\\s*=");

    /** Reads the assignment from the start of {@code in}, leaving the stream at the JSON value. */
    static YtdWrapper read(InputStream in, String file) throws IOException {
        byte[] prefix = new byte[MAX_PREFIX];
        int n = 0;
        int skipped = 0;
        while (n < MAX_PREFIX) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            if (n == 0 && skipped < 3 && (b == 0xEF || b == 0xBB || b == 0xBF) && b == BOM[skipped]) {
                skipped++; // a UTF-8 byte order mark, as some editors save re-saved archives
                continue;
            }
            prefix[n++] = (byte) b;
            if (b == '=') {
                String text = new String(prefix, 0, n, StandardCharsets.ISO_8859_1);
                Matcher m = ASSIGNMENT.matcher(text);
                if (m.matches()) {
                    return new YtdWrapper(m.group(1), m.group(2) != null ? m.group(2) : m.group(1), skipped + n);
                }
                break;
            }
        }
        throw new ArchiveFormatException(file + ": not an X archive data file: expected it to start with"
                + " 'window.YTD.<name>.part<N> = ', found '" + printable(prefix, Math.min(n, 40)) + "'");
    }

    private static final int[] BOM = { 0xEF, 0xBB, 0xBF };

    private static String printable(byte[] b, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            s.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : String.format("\\x%02x", c));
        }
        return s.toString();
    }
}
