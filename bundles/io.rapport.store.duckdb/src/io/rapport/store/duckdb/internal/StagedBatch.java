package io.rapport.store.duckdb.internal;

import io.rapport.core.model.Interaction;

import org.duckdb.DuckDBDataChunkWriter;
import org.duckdb.DuckDBWritableVector;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Up to one DuckDB vector's worth of imported records, held column by column, so that a chunk of the staging
 * table function is filled with one call per text column instead of one per value.
 */
final class StagedBatch {
    /** The columns the staging function returns, in order; {@code created_us} and {@code mentions} are converted in SQL. */
    static final List<String> COLUMNS = List.of("channel", "source_id", "kind", "author_handle", "author_name",
            "author_role", "author_department", "created_us", "text", "in_reply_to", "thread_id", "space", "url",
            "rating", "likes", "shares", "replies", "language", "mentions", "dataset_id", "source_line",
            "source_offset", "raw", "raw_template");
    /** Indexes of {@link #COLUMNS} that are BIGINT; {@code rating} and {@code raw_template} are INTEGER; all others VARCHAR. */
    static final int CREATED = 7;
    static final int RATING = 13;
    static final int LIKES = 14;
    static final int SHARES = 15;
    static final int REPLIES = 16;
    static final int DATASET = 19;
    static final int LINE = 20;
    static final int OFFSET = 21;
    static final int RAW_TEMPLATE = 23;
    /**
     * Bytes of strings one call hands to DuckDB at most: each call copies its strings into one buffer, and a whole
     * vector of original records (2,048 × a few hundred bytes) would be a humongous object for the G1 collector
     * (measured: 76 extra collections in an import of 2 million records); short strings go in one call per vector.
     */
    private static final long MAX_CALL_BYTES = 128 << 10;
    private static final int[] TEXT_COLUMNS = {0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 17, 18, 22};

    /** Per text column: a String, or the value's UTF-8 bytes (an original record as read), or null. */
    private final Object[][] text;
    private final long[] created;
    private final Integer[] rating;
    private final int[] template;
    private final Long[] likes;
    private final Long[] shares;
    private final Long[] replies;
    private final long[] dataset;
    private final long[] line;
    private final long[] offset;
    private int size;

    StagedBatch(int capacity) {
        text = new Object[COLUMNS.size()][];
        for (int c : TEXT_COLUMNS) {
            text[c] = new Object[capacity];
        }
        created = new long[capacity];
        rating = new Integer[capacity];
        template = new int[capacity];
        likes = new Long[capacity];
        shares = new Long[capacity];
        replies = new Long[capacity];
        dataset = new long[capacity];
        line = new long[capacity];
        offset = new long[capacity];
    }

    static boolean isBigint(int column) {
        return column == CREATED || column == LIKES || column == SHARES || column == REPLIES || column == DATASET
                || column == LINE || column == OFFSET;
    }

    int size() {
        return size;
    }

    boolean isFull() {
        return size == created.length;
    }

    /**
     * @param raw         the original record as a String or as its UTF-8 bytes; {@code null} when it is a template
     * @param templateNo  the number of its template in the dataset, or -1
     */
    void add(Interaction i, Object raw, int templateNo, long datasetId, long sourceLine, long sourceOffset) {
        int r = size++;
        text[0][r] = i.channel();
        text[1][r] = i.sourceId();
        text[2][r] = i.kind().id();
        text[3][r] = i.authorHandle();
        text[4][r] = i.authorName();
        text[5][r] = i.authorRole() == null ? null : i.authorRole().id();
        text[6][r] = i.authorDepartment();
        created[r] = DuckDbImportTransaction.toMicros(i.createdAt());
        text[8][r] = i.text();
        text[9][r] = i.inReplyTo();
        text[10][r] = i.threadId();
        text[11][r] = i.space();
        text[12][r] = i.url();
        rating[r] = i.rating();
        likes[r] = i.likes();
        shares[r] = i.shares();
        replies[r] = i.replies();
        text[17][r] = i.language();
        text[18][r] = i.mentions().isEmpty() ? null : jsonArray(i.mentions());
        dataset[r] = datasetId;
        line[r] = sourceLine;
        offset[r] = sourceOffset;
        text[22][r] = raw;
        template[r] = templateNo;
    }

    /**
     * Writes rows {@code [from, from + count)} of this batch into the chunk's first {@code count} rows.
     */
    void writeTo(DuckDBDataChunkWriter chunk, int from, int count) {
        for (int c : TEXT_COLUMNS) {
            DuckDBWritableVector v = chunk.vector(c);
            Object[] column = text[c];
            if (allNull(column, from, count)) {
                for (int j = 0; j < count; j++) {
                    v.setNull(j); // Java-side validity: no strings to hand over (many columns are empty in a file)
                }
                continue;
            }
            byte[][] utf8 = new byte[count][];
            int first = 0;
            long bytes = 0;
            for (int k = 0; k < count; k++) {
                Object value = column[from + k];
                byte[] u = value == null ? null
                        : value instanceof byte[] b ? b : ((String) value).getBytes(StandardCharsets.UTF_8);
                utf8[k] = u;
                bytes += u == null ? 0 : u.length;
                if (bytes >= MAX_CALL_BYTES || k == count - 1) {
                    v.setStringUtf8Batch(first, first == 0 && k == count - 1 ? utf8
                            : Arrays.copyOfRange(utf8, first, k + 1));
                    first = k + 1;
                    bytes = 0;
                }
            }
        }
        DuckDBWritableVector rat = chunk.vector(RATING);
        DuckDBWritableVector cre = chunk.vector(CREATED);
        DuckDBWritableVector lik = chunk.vector(LIKES);
        DuckDBWritableVector sha = chunk.vector(SHARES);
        DuckDBWritableVector rep = chunk.vector(REPLIES);
        DuckDBWritableVector dat = chunk.vector(DATASET);
        DuckDBWritableVector lin = chunk.vector(LINE);
        DuckDBWritableVector off = chunk.vector(OFFSET);
        DuckDBWritableVector tem = chunk.vector(RAW_TEMPLATE);
        for (int j = 0; j < count; j++) {
            int r = from + j;
            cre.setLong(j, created[r]);
            if (rating[r] == null) {
                rat.setNull(j);
            } else {
                rat.setInt(j, rating[r]);
            }
            setLong(lik, j, likes[r]);
            setLong(sha, j, shares[r]);
            setLong(rep, j, replies[r]);
            dat.setLong(j, dataset[r]);
            lin.setLong(j, line[r]);
            off.setLong(j, offset[r]);
            if (template[r] < 0) {
                tem.setNull(j);
            } else {
                tem.setInt(j, template[r]);
            }
        }
    }

    private static boolean allNull(Object[] column, int from, int count) {
        for (int r = from; r < from + count; r++) {
            if (column[r] != null) {
                return false;
            }
        }
        return true;
    }

    private static void setLong(DuckDBWritableVector v, int row, Long value) {
        if (value == null) {
            v.setNull(row);
        } else {
            v.setLong(row, value);
        }
    }

    /** The mentions as a JSON array of strings, which the insert turns back into a VARCHAR[] with from_json. */
    static String jsonArray(List<String> values) {
        StringBuilder sb = new StringBuilder(16 * values.size() + 2).append('[');
        for (int k = 0; k < values.size(); k++) {
            if (k > 0) {
                sb.append(',');
            }
            String s = values.get(k);
            sb.append('"');
            for (int p = 0; p < s.length(); p++) {
                char ch = s.charAt(p);
                switch (ch) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    default -> {
                        if (ch < 0x20) {
                            sb.append(String.format("\\u%04x", (int) ch));
                        } else {
                            sb.append(ch);
                        }
                    }
                }
            }
            sb.append('"');
        }
        return sb.append(']').toString();
    }
}
