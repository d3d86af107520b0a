package io.rapport.importer.csv;

import io.rapport.core.model.Channels;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the rows of a CSV or TSV file become interactions: for each canonical field (the names of
 * {@link #FIELDS}) a {@link ColumnRule} or a constant, and how the file is read. Immutable: a wizard edits it
 * with the {@code with...} methods. It may be incomplete while it is edited ({@link #unmappedRequired()}).
 *
 * @param delimiter the field delimiter, or {@code null} to guess it from the header (a tab for {@code .tsv})
 * @param encoding  the text encoding, or {@code null} to detect it (UTF-8, UTF-16 with or without a mark)
 * @param constants fields that have the same value on every row ({@code channel}, {@code kind}, ...)
 * @param fields    fields read from columns
 */
public record CsvMapping(Character delimiter, String encoding, Map<String, String> constants,
        Map<String, ColumnRule> fields) {

    public static final String SOURCE_ID = "source_id";
    public static final String CREATED_AT = "created_at";
    public static final String KIND = "kind";
    public static final String CHANNEL = "channel";
    public static final String TEXT = "text";
    public static final String AUTHOR_HANDLE = "author_handle";
    public static final String AUTHOR_NAME = "author_name";
    public static final String AUTHOR_ROLE = "author_role";
    public static final String AUTHOR_DEPARTMENT = "author_department";
    public static final String IN_REPLY_TO = "in_reply_to";
    public static final String THREAD_ID = "thread_id";
    public static final String SPACE = "space";
    public static final String URL = "url";
    public static final String RATING = "rating";
    public static final String LIKES = "likes";
    public static final String SHARES = "shares";
    public static final String REPLIES = "replies";
    public static final String LANGUAGE = "language";
    public static final String MENTIONS = "mentions";

    /** The canonical fields a mapping can fill, in the order files and wizards list them. */
    public static final List<String> FIELDS = List.of(SOURCE_ID, CREATED_AT, CHANNEL, KIND, TEXT, AUTHOR_HANDLE,
            AUTHOR_NAME, AUTHOR_ROLE, AUTHOR_DEPARTMENT, IN_REPLY_TO, THREAD_ID, SPACE, URL, RATING, LIKES, SHARES,
            REPLIES, LANGUAGE, MENTIONS);

    /** What every interaction needs; {@code channel} is not among them: it is {@value Channels#CSV} by default. */
    public static final List<String> REQUIRED = List.of(SOURCE_ID, CREATED_AT, KIND, AUTHOR_HANDLE);

    /** Fields that cannot be constants: each row must have its own. */
    public static final List<String> PER_ROW = List.of(SOURCE_ID, CREATED_AT, MENTIONS);

    public CsvMapping {
        constants = Collections.unmodifiableMap(new LinkedHashMap<>(constants));
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** Nothing mapped yet; delimiter and encoding guessed. */
    public static CsvMapping empty() {
        return new CsvMapping(null, null, Map.of(), Map.of());
    }

    /** Reads the field from a column (replacing a constant or another rule of it). */
    public CsvMapping withField(String field, ColumnRule rule) {
        Map<String, ColumnRule> f = new LinkedHashMap<>(fields);
        f.put(field, rule);
        Map<String, String> c = new LinkedHashMap<>(constants);
        c.remove(field);
        return new CsvMapping(delimiter, encoding, c, f);
    }

    /** Gives the field the same value on every row (replacing a column rule of it). */
    public CsvMapping withConstant(String field, String value) {
        Map<String, String> c = new LinkedHashMap<>(constants);
        c.put(field, value);
        Map<String, ColumnRule> f = new LinkedHashMap<>(fields);
        f.remove(field);
        return new CsvMapping(delimiter, encoding, c, f);
    }

    /** Leaves the field unmapped. */
    public CsvMapping without(String field) {
        Map<String, String> c = new LinkedHashMap<>(constants);
        c.remove(field);
        Map<String, ColumnRule> f = new LinkedHashMap<>(fields);
        f.remove(field);
        return new CsvMapping(delimiter, encoding, c, f);
    }

    public CsvMapping withDelimiter(Character d) {
        return new CsvMapping(d, encoding, constants, fields);
    }

    public CsvMapping withEncoding(String e) {
        return new CsvMapping(delimiter, e, constants, fields);
    }

    /** Whether the field has a column or a constant. */
    public boolean maps(String field) {
        return fields.containsKey(field) || constants.containsKey(field);
    }

    /** The {@link #REQUIRED} fields that have neither a column nor a constant yet. */
    public List<String> unmappedRequired() {
        return REQUIRED.stream().filter(f -> !maps(f)).toList();
    }
}
