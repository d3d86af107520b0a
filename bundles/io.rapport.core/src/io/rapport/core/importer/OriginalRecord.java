package io.rapport.core.importer;

import io.rapport.core.model.Interaction;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Arrays;
import java.util.List;

/**
 * The original record of an interaction as an importer read it (UTF-8 bytes), and the same record as a
 * <em>template</em> over the interaction's fields: the record's bytes with each value that is exactly what a
 * {@link Field} writes from the interaction replaced by a slot (byte {@code 0x01} and the field's code).
 * Filling the slots from the interaction ({@link #fill}) gives the original back, byte for byte, so a store may
 * keep the template, which the records of one export share, instead of every record's bytes (the mapped fields
 * are stored anyway). A slot is checked against the interaction when the template is made, so a template never
 * loses a byte whatever the importer marked, unless the importer vouches for the span itself
 * ({@link #markExact}).
 * <p>
 * An importer reuses one instance record after record: {@link #reset}, then {@link #mark} the spans of the values
 * it mapped, in any order, then hand it to {@link ImportSink#accept(Interaction, OriginalRecord, long, long)}.
 * A record holding byte {@code 0x01} (which JSON text cannot) gets no template.
 */
public final class OriginalRecord {
    /** The byte that starts a slot in a template. */
    public static final byte SLOT = 0x01;
    private static final long MAX_ISO_SECOND = 253_402_300_799L; // 9999-12-31T23:59:59Z

    /** A mapped field as a record writes it; the code follows {@link #SLOT} in a template. */
    public enum Field {
        CHANNEL('c'), SOURCE_ID('i'), SOURCE_ID_NUMBER('I'), KIND('k'), AUTHOR_HANDLE('h'), AUTHOR_NAME('n'),
        AUTHOR_ROLE('r'), AUTHOR_DEPARTMENT('d'),
        /** {@code created_at} as a JSON string in the form of {@link Instant#toString()} (UTC, 'Z'). */
        CREATED_AT('t'),
        /** {@code created_at} as a JSON number of seconds since 1970. */
        CREATED_AT_EPOCH('e'), TEXT('x'), IN_REPLY_TO('p'), IN_REPLY_TO_NUMBER('P'), THREAD_ID('v'),
        THREAD_ID_NUMBER('V'), SPACE('s'), URL('u'), LANGUAGE('l'), RATING('g'), LIKES('L'), SHARES('S'),
        REPLIES('R'),
        /** The mentions as a JSON array of strings without spaces. */
        MENTIONS('m');

        private static final Field[] BY_CODE = new Field[128];

        static {
            for (Field f : values()) {
                BY_CODE[f.code] = f;
            }
        }

        private final char code;

        Field(char code) {
            this.code = code;
        }

        /** The character that follows {@link OriginalRecord#SLOT} in a template. */
        public char code() {
            return code;
        }

        static Field of(int code) {
            Field f = code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
            if (f == null) {
                throw new IllegalArgumentException("not a slot code: " + code);
            }
            return f;
        }

        /**
         * How a record writes this field of {@code i}, JSON-quoted where the field is a string; {@code null} when
         * {@code i} has no value for it, or one a store would not keep exactly (a time with nanoseconds, or
         * before 1970 or after 9999).
         */
        public String render(Interaction i) {
            String v = value(i);
            return v == null || !isQuoted() ? v : '"' + v + '"';
        }

        /** Whether the field is written as a JSON string: its {@link #value} between double quotes. */
        boolean isQuoted() {
            return switch (this) {
                case SOURCE_ID_NUMBER, CREATED_AT_EPOCH, IN_REPLY_TO_NUMBER, THREAD_ID_NUMBER, RATING, LIKES, SHARES,
                        REPLIES, MENTIONS -> false;
                default -> true;
            };
        }

        /** What {@link #render} writes, without the quotes of a string. */
        String value(Interaction i) {
            return switch (this) {
                case CHANNEL -> i.channel();
                case SOURCE_ID, SOURCE_ID_NUMBER -> i.sourceId();
                case KIND -> i.kind().id();
                case AUTHOR_HANDLE -> i.authorHandle();
                case AUTHOR_NAME -> i.authorName();
                case AUTHOR_ROLE -> i.authorRole() == null ? null : i.authorRole().id();
                case AUTHOR_DEPARTMENT -> i.authorDepartment();
                case CREATED_AT -> keptExactly(i.createdAt()) ? i.createdAt().toString() : null;
                case CREATED_AT_EPOCH -> keptExactly(i.createdAt()) && i.createdAt().getNano() == 0
                        ? Long.toString(i.createdAt().getEpochSecond()) : null;
                case TEXT -> i.text();
                case IN_REPLY_TO, IN_REPLY_TO_NUMBER -> i.inReplyTo();
                case THREAD_ID, THREAD_ID_NUMBER -> i.threadId();
                case SPACE -> i.space();
                case URL -> i.url();
                case LANGUAGE -> i.language();
                case RATING -> i.rating() == null ? null : i.rating().toString();
                case LIKES -> i.likes() == null ? null : i.likes().toString();
                case SHARES -> i.shares() == null ? null : i.shares().toString();
                case REPLIES -> i.replies() == null ? null : i.replies().toString();
                case MENTIONS -> mentions(i.mentions());
            };
        }

        static boolean keptExactly(Instant t) {
            return t.getEpochSecond() >= 0 && t.getEpochSecond() <= MAX_ISO_SECOND && t.getNano() % 1000 == 0;
        }

        private static String mentions(List<String> mentions) {
            StringBuilder sb = new StringBuilder().append('[');
            for (int k = 0; k < mentions.size(); k++) {
                sb.append(k == 0 ? "\"" : ",\"").append(mentions.get(k)).append('"');
            }
            return sb.append(']').toString();
        }
    }

    private static final int MAX_MARKS = 64;

    private byte[] buf;
    private int off;
    private int len;
    private final Field[] fields = new Field[MAX_MARKS];
    private final int[] starts = new int[MAX_MARKS];
    private final int[] ends = new int[MAX_MARKS];
    private final boolean[] exact = new boolean[MAX_MARKS];
    private int marks;
    private byte[] template = new byte[256];
    private int templateLength = -1;
    private int templateHash;
    private int slots;

    /** Starts a record: {@code buf[off, off + len)} are its bytes, which must stay unchanged until it is accepted. */
    public OriginalRecord reset(byte[] buf, int off, int len) {
        this.buf = buf;
        this.off = off;
        this.len = len;
        marks = 0;
        templateLength = -1;
        return this;
    }

    /**
     * Says that the record's bytes {@code [start, end)} (relative to its first byte) write {@code field}. Spans must
     * not overlap; a span that is not exactly what {@link Field#render} writes stays as it is in the template.
     */
    public OriginalRecord mark(Field field, int start, int end) {
        return mark(field, start, end, false);
    }

    /**
     * Like {@link #mark}, for a span the importer has itself made sure is exactly what {@code field} writes from
     * the interaction it maps, so that it is not compared again: a JSON string read without escapes (or a JSON
     * integer read as text) into that field. Checking every value again took an import a fifth of its time.
     */
    public OriginalRecord markExact(Field field, int start, int end) {
        return mark(field, start, end, true);
    }

    private OriginalRecord mark(Field field, int start, int end, boolean isExact) {
        if (start < 0 || end > len || start >= end) {
            throw new IndexOutOfBoundsException("span [" + start + ", " + end + ") of a record of " + len + " bytes");
        }
        if (marks < MAX_MARKS) {
            fields[marks] = field;
            starts[marks] = start;
            ends[marks] = end;
            exact[marks] = isExact;
            marks++;
        }
        return this;
    }

    /** The record's bytes are {@code bytes()[offset(), offset() + length())}. */
    public byte[] bytes() {
        return buf;
    }

    public int offset() {
        return off;
    }

    public int length() {
        return len;
    }

    /** The record decoded from UTF-8 (malformed bytes as U+FFFD). */
    @Override
    public String toString() {
        return new String(buf, off, len, StandardCharsets.UTF_8);
    }

    /**
     * Makes the template over {@code interaction} (the one mapped from this record) and returns the number of its
     * slots; 0 when no marked span is what its field writes, or the record holds byte {@code 0x01}. The template
     * is {@link #template()}{@code [0, }{@link #templateLength()}{@code )}.
     */
    public int makeTemplate(Interaction interaction) {
        sortMarks();
        ensureTemplateCapacity(len + 2 * marks);
        int t = 0;
        int from = 0;
        slots = 0;
        for (int m = 0; m < marks; m++) {
            int s = starts[m];
            int e = ends[m];
            if (s < from || !exact[m] && !writes(fields[m], interaction, s, e)) {
                continue;
            }
            System.arraycopy(buf, off + from, template, t, s - from);
            t += s - from;
            template[t++] = SLOT;
            template[t++] = (byte) fields[m].code;
            from = e;
            slots++;
        }
        System.arraycopy(buf, off + from, template, t, len - from);
        t += len - from;
        if (slots > 0 && containsSlotByte(buf, off, len)) {
            slots = 0;
        }
        if (slots == 0) {
            System.arraycopy(buf, off, template, 0, len);
            t = len;
        }
        templateLength = t;
        templateHash = hash(template, t);
        return slots;
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    /** Whether {@code b[off, off + len)} holds byte {@link #SLOT}, eight bytes at a time. */
    private static boolean containsSlotByte(byte[] b, int off, int len) {
        int k = off;
        int end = off + len;
        for (; k + 8 <= end; k += 8) {
            long x = (long) LONGS.get(b, k) ^ ONES; // a byte 0x01 becomes zero
            if (((x - ONES) & ~x & HIGHS) != 0) {
                return true;
            }
        }
        for (; k < end; k++) {
            if (b[k] == SLOT) {
                return true;
            }
        }
        return false;
    }

    /** A hash of {@code b[0, len)}, eight bytes at a time. */
    private static int hash(byte[] b, int len) {
        long h = len;
        int k = 0;
        for (; k + 8 <= len; k += 8) {
            h = h * 0x9E3779B97F4A7C15L + (long) LONGS.get(b, k);
        }
        for (; k < len; k++) {
            h = h * 31 + b[k];
        }
        return (int) (h ^ h >>> 32);
    }

    /** The template made by {@link #makeTemplate}: valid up to {@link #templateLength()}, reused by the next record. */
    public byte[] template() {
        return template;
    }

    public int templateLength() {
        return templateLength;
    }

    /** A hash of the template's bytes. */
    public int templateHash() {
        return templateHash;
    }

    /** The original record a template gives for {@code interaction}: each slot replaced by what its field writes. */
    public static String fill(String template, Interaction interaction) {
        StringBuilder sb = new StringBuilder(template.length() + 256);
        int from = 0;
        for (int p = template.indexOf(SLOT); p >= 0; p = template.indexOf(SLOT, from)) {
            if (p + 1 >= template.length()) {
                throw new IllegalArgumentException("a template ends within a slot");
            }
            String value = Field.of(template.charAt(p + 1)).render(interaction);
            if (value == null) {
                throw new IllegalArgumentException("the interaction has no value for slot '" + template.charAt(p + 1)
                        + "' of its template");
            }
            sb.append(template, from, p).append(value);
            from = p + 2;
        }
        return sb.append(template, from, template.length()).toString();
    }

    /** Whether the record's bytes {@code [s, e)} are what {@code field} writes from {@code interaction}. */
    private boolean writes(Field field, Interaction interaction, int s, int e) {
        switch (field) { // the common fields without making the string they write
            case CREATED_AT -> {
                return Field.keptExactly(interaction.createdAt()) && e - s >= 2 && buf[off + s] == '"'
                        && buf[off + e - 1] == '"' && isIso(interaction.createdAt(), s + 1, e - 1);
            }
            case RATING -> {
                return interaction.rating() != null && isDecimal(interaction.rating(), s, e);
            }
            case LIKES -> {
                return interaction.likes() != null && isDecimal(interaction.likes(), s, e);
            }
            case SHARES -> {
                return interaction.shares() != null && isDecimal(interaction.shares(), s, e);
            }
            case REPLIES -> {
                return interaction.replies() != null && isDecimal(interaction.replies(), s, e);
            }
            default -> {
                // below
            }
        }
        String value = field.value(interaction);
        if (value == null) {
            return false;
        }
        if (field.isQuoted()) {
            if (e - s < 2 || buf[off + s] != '"' || buf[off + e - 1] != '"') {
                return false;
            }
            s++;
            e--;
        }
        int n = value.length();
        if (n == e - s) {
            // as many bytes as chars: equal only if all ASCII (any other char takes more bytes in UTF-8, and a
            // byte from 0x80 up is negative here, so it equals no char)
            int p = off + s;
            for (int k = 0; k < n; k++) {
                if (buf[p + k] != value.charAt(k)) {
                    return false;
                }
            }
            return true;
        }
        if (n > e - s) {
            return false; // UTF-8 never takes fewer bytes than chars
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        return utf8.length == e - s && Arrays.equals(utf8, 0, utf8.length, buf, off + s, off + e)
                && !hasLoneSurrogate(value, utf8);
    }

    /** Whether the bytes {@code [s, e)} are {@code v} in decimal as {@link Long#toString(long)} writes it. */
    private boolean isDecimal(long v, int s, int e) {
        int p = off + e;
        long rest = v;
        do {
            if (p <= off + s || buf[--p] != '0' + (int) Math.abs(rest % 10)) {
                return false;
            }
            rest /= 10;
        } while (rest != 0);
        if (v < 0 && (p <= off + s || buf[--p] != '-')) {
            return false;
        }
        return p == off + s;
    }

    /**
     * Whether the bytes {@code [s, e)} are {@code t} as {@link Instant#toString()} writes it (years 1970 to 9999):
     * read as a date and time and compared, rather than writing {@code t} (which took a quarter of an import's
     * templating).
     */
    private boolean isIso(Instant t, int s, int e) {
        int micros = t.getNano() / 1000;
        int length = micros == 0 ? 20 : micros % 1000 == 0 ? 24 : 27;
        if (e - s != length) {
            return false;
        }
        int p = off + s;
        int year = number(p, 4);
        int month = number(p + 5, 2);
        int day = number(p + 8, 2);
        int hour = number(p + 11, 2);
        int minute = number(p + 14, 2);
        int second = number(p + 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || buf[p + 4] != '-'
                || buf[p + 7] != '-' || buf[p + 10] != 'T' || buf[p + 13] != ':' || buf[p + 16] != ':'
                || buf[p + length - 1] != 'Z') {
            return false;
        }
        if (length > 20 && (buf[p + 19] != '.'
                || number(p + 20, length - 21) != (length == 24 ? micros / 1000 : micros))) {
            return false;
        }
        long epochSecond = LocalDate.of(year, month, day).toEpochDay() * 86_400L + hour * 3600 + minute * 60 + second;
        return epochSecond == t.getEpochSecond();
    }

    /** The {@code n} decimal digits at {@code p} as a number, or -1 if they are not all digits. */
    private int number(int p, int n) {
        int v = 0;
        for (int k = p; k < p + n; k++) {
            int d = buf[k] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = 10 * v + d;
        }
        return v;
    }

    /** A lone surrogate encodes as '?', which the record cannot have meant. */
    private static boolean hasLoneSurrogate(String value, byte[] utf8) {
        if (utf8.length == value.length()) {
            return false; // all ASCII
        }
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            if (Character.isHighSurrogate(c) && k + 1 < value.length() && Character.isLowSurrogate(value.charAt(k + 1))) {
                k++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private void sortMarks() {
        for (int i = 1; i < marks; i++) {
            for (int j = i; j > 0 && starts[j - 1] > starts[j]; j--) {
                swap(j, j - 1);
            }
        }
    }

    private void swap(int a, int b) {
        Field f = fields[a];
        fields[a] = fields[b];
        fields[b] = f;
        int s = starts[a];
        starts[a] = starts[b];
        starts[b] = s;
        int e = ends[a];
        ends[a] = ends[b];
        ends[b] = e;
        boolean x = exact[a];
        exact[a] = exact[b];
        exact[b] = x;
    }

    private void ensureTemplateCapacity(int n) {
        if (template.length < n) {
            template = Arrays.copyOf(template, Math.max(n, 2 * template.length));
        }
    }
}
