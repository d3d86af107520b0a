package io.rapport.importer.csv;

import io.rapport.core.model.Channels;
import io.rapport.importer.core.csv.DelimitedRecord;
import io.rapport.importer.csv.internal.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A first mapping guessed from a header's column names ({@code id}, {@code created_at} or {@code date},
 * {@code text} or {@code message}, {@code author} or {@code user}, ...): a starting point for the user to check,
 * never something an import uses by itself. Unrecognised columns stay unmapped; the channel is
 * {@value Channels#CSV} and the kind {@code post} until the user says otherwise.
 */
public final class MappingGuess {
    /** Column names (lower case, spaces and dashes as underscores) that suggest each field, best first. */
    private static final Map<String, List<String>> NAMES = names();

    private MappingGuess() {
    }

    private static Map<String, List<String>> names() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put(CsvMapping.SOURCE_ID, List.of("id", "source_id", "message_id", "post_id", "tweet_id", "review_id",
                "comment_id", "ticket_id", "uuid", "guid", "key"));
        m.put(CsvMapping.CREATED_AT, List.of("created_at", "created", "date", "datetime", "timestamp", "time",
                "posted_at", "published_at", "date_time", "created_date", "submitted_at"));
        m.put(CsvMapping.TEXT, List.of("text", "message", "body", "content", "comment", "review", "review_text",
                "post", "description", "full_text"));
        m.put(CsvMapping.AUTHOR_HANDLE, List.of("author_handle", "handle", "username", "user_name", "screen_name",
                "author", "user", "from", "requester", "login"));
        m.put(CsvMapping.AUTHOR_NAME, List.of("author_name", "name", "display_name", "full_name", "user_display_name"));
        m.put(CsvMapping.KIND, List.of("kind", "type", "message_type", "post_type"));
        m.put(CsvMapping.CHANNEL, List.of("channel", "network", "platform", "source"));
        m.put(CsvMapping.IN_REPLY_TO, List.of("in_reply_to", "in_reply_to_id", "reply_to", "parent_id", "parent"));
        m.put(CsvMapping.THREAD_ID, List.of("thread_id", "conversation_id", "thread", "conversation"));
        m.put(CsvMapping.URL, List.of("url", "link", "permalink"));
        m.put(CsvMapping.RATING, List.of("rating", "stars", "star_rating", "score"));
        m.put(CsvMapping.LIKES, List.of("likes", "like_count", "favorites", "favourites"));
        m.put(CsvMapping.SHARES, List.of("shares", "share_count", "retweets", "reposts"));
        m.put(CsvMapping.REPLIES, List.of("replies", "reply_count", "comments_count"));
        m.put(CsvMapping.LANGUAGE, List.of("language", "lang", "locale"));
        m.put(CsvMapping.SPACE, List.of("space", "forum", "subreddit", "page", "group"));
        m.put(CsvMapping.AUTHOR_DEPARTMENT, List.of("department", "team", "author_department"));
        m.put(CsvMapping.MENTIONS, List.of("mentions", "mentioned"));
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The guess for a header. */
    public static CsvMapping fromHeader(List<String> header) {
        CsvMapping mapping = CsvMapping.empty();
        List<String> normalized = header.stream().map(MappingGuess::normalize).toList();
        List<String> taken = new java.util.ArrayList<>();
        for (String field : CsvMapping.FIELDS) {
            List<String> candidates = NAMES.getOrDefault(field, List.of());
            for (String candidate : candidates) {
                int i = normalized.indexOf(candidate);
                if (i >= 0 && !taken.contains(header.get(i))) {
                    taken.add(header.get(i));
                    mapping = mapping.withField(field, ColumnRule.column(header.get(i)));
                    break;
                }
            }
        }
        if (!mapping.maps(CsvMapping.CHANNEL)) {
            mapping = mapping.withConstant(CsvMapping.CHANNEL, Channels.CSV);
        }
        if (!mapping.maps(CsvMapping.KIND)) {
            mapping = mapping.withConstant(CsvMapping.KIND, "post");
        }
        return mapping;
    }

    /** The guess for a file's header, with the delimiter it has (the encoding is detected again on import). */
    public static CsvMapping forFile(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            CsvSource source = CsvSource.open(in, file.getFileName().toString(), CsvMapping.empty());
            DelimitedRecord header = source.next();
            if (header == null) {
                throw new IOException(file + ": empty file: no header to guess a mapping from");
            }
            return fromHeader(header.fields()).withDelimiter(source.delimiter());
        }
    }

    /** The comment a guessed mapping file carries, so nobody takes it for a checked one. */
    public static String comment(String fileName) {
        return "Guessed by rapport from the header of " + fileName + ": check every field, the kind and the channel"
                + " before importing; created_at may need a \"format\" and \"zone\".";
    }

    private static String normalize(String column) {
        return column.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
    }
}
