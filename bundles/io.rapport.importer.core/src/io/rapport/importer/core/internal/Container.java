package io.rapport.importer.core.internal;

import com.github.luben.zstd.ZstdInputStream;

import io.rapport.core.importer.ChannelImporter;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/** The containers the import service opens, told apart by their first bytes and named by their suffix. */
enum Container {
    ZIP(ChannelImporter.ZIP, ".zip", "zip", "a zip archive", new int[] { 'P', 'K', 3, 4 }, new int[] { 'P', 'K', 5, 6 }),
    GZIP(ChannelImporter.GZ, ".gz", "gzip", "a gzip-compressed file", new int[] { 0x1f, 0x8b }),
    ZSTD(ChannelImporter.ZST, ".zst", "zstd", "a zstd-compressed file", new int[] { 0x28, 0xb5, 0x2f, 0xfd });

    /**
     * Pushshift dumps are compressed with {@code zstd --long=31}: a 2 GB window. It lives in native memory,
     * touched only as far as the data needs it.
     */
    private static final int ZSTD_WINDOW_LOG_MAX = 31;
    private static final int GZIP_BUFFER = 64 << 10;

    /** The kind as {@link ChannelImporter#CONTAINERS} names it. */
    final String kind;
    final String suffix;
    /** The format's name: "gzip". */
    final String label;
    /** What a file of it is: "a gzip-compressed file". */
    final String description;
    private final int[][] magics;

    Container(String kind, String suffix, String label, String description, int[]... magics) {
        this.kind = kind;
        this.suffix = suffix;
        this.label = label;
        this.description = description;
        this.magics = magics;
    }

    /** The container the bytes start like, or null. */
    static Container ofContent(byte[] head) {
        for (Container c : values()) {
            for (int[] magic : c.magics) {
                if (startsWith(head, magic)) {
                    return c;
                }
            }
        }
        return null;
    }

    /** The container the name's suffix says, or null. */
    static Container ofName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (Container c : values()) {
            if (lower.endsWith(c.suffix) && lower.length() > c.suffix.length()) {
                return c;
            }
        }
        return null;
    }

    /** The name without this container's suffix ({@code comments.jsonl} for {@code comments.jsonl.gz}). */
    String strip(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(suffix) && fileName.length() > suffix.length()
                ? fileName.substring(0, fileName.length() - suffix.length()) : fileName;
    }

    /** The first bytes of every file of this kind, as people read them in a hex dump. */
    String magicDescription() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < magics[0].length; i++) {
            b.append(i == 0 ? "" : " ").append(String.format("%02x", magics[0][i]));
        }
        return b.toString();
    }

    /** Decompresses a gzip or zstd stream (a zip is opened as an archive instead). */
    InputStream decompress(InputStream compressed) throws IOException {
        return switch (this) {
            case GZIP -> new GZIPInputStream(compressed, GZIP_BUFFER);
            case ZSTD -> new ZstdInputStream(compressed).setLongMax(ZSTD_WINDOW_LOG_MAX);
            case ZIP -> throw new IllegalStateException("a zip is not one stream");
        };
    }

    private static boolean startsWith(byte[] head, int[] magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the bytes are the start of a tar archive (ustar header), which Rapport does not open. */
    static boolean isTar(byte[] head) {
        return head.length >= 262 && head[257] == 'u' && head[258] == 's' && head[259] == 't' && head[260] == 'a'
                && head[261] == 'r';
    }
}
