package io.rapport.importer.core;

import java.nio.charset.StandardCharsets;

/**
 * The first bytes of a file as text, for recognising a format by its content: UTF-16 (with a byte order mark,
 * as Play Console writes its CSVs) or UTF-8 (a byte order mark skipped, a character cut at the end of the head
 * replaced), so that importers match field names rather than bytes.
 */
public final class FileHead {
    private final byte[] bytes;
    private final String text;

    private FileHead(byte[] bytes, String text) {
        this.bytes = bytes;
        this.text = text;
    }

    public static FileHead of(byte[] head) {
        int b0 = head.length > 0 ? head[0] & 0xff : -1;
        int b1 = head.length > 1 ? head[1] & 0xff : -1;
        String text;
        if (b0 == 0xFF && b1 == 0xFE) {
            text = new String(head, 2, head.length - 2, StandardCharsets.UTF_16LE);
        } else if (b0 == 0xFE && b1 == 0xFF) {
            text = new String(head, 2, head.length - 2, StandardCharsets.UTF_16BE);
        } else if (b0 == 0xEF && b1 == 0xBB && head.length > 2 && (head[2] & 0xff) == 0xBF) {
            text = new String(head, 3, head.length - 3, StandardCharsets.UTF_8);
        } else {
            text = new String(head, StandardCharsets.UTF_8);
        }
        return new FileHead(head, text);
    }

    public String text() {
        return text;
    }

    /** The text up to the first line end (all of it when the head holds no line end). */
    public String firstLine() {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    /** The text without leading whitespace starts with {@code prefix}. */
    public boolean startsWith(String prefix) {
        return text.stripLeading().startsWith(prefix);
    }

    /**
     * Whether every one of the keys occurs in the head as a JSON key (quoted and followed by a colon, so a word
     * in a value does not count), e.g. {@code hasKeys("subreddit", "parent_id")}.
     */
    public boolean hasKeys(String... keys) {
        for (String k : keys) {
            if (!java.util.regex.Pattern.compile("\"" + java.util.regex.Pattern.quote(k) + "\"\\s*:").matcher(text).find()) {
                return false;
            }
        }
        return true;
    }

    /** Whether the raw bytes start with the given magic number. */
    public boolean startsWithBytes(int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
