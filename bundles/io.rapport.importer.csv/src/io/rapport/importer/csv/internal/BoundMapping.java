package io.rapport.importer.csv.internal;

import io.rapport.core.model.Channels;
import io.rapport.core.model.Interaction;
import io.rapport.importer.csv.ColumnRule;
import io.rapport.importer.csv.CsvMapping;
import io.rapport.importer.csv.internal.MappingRules.Problem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mapping bound to the header of one file: each mapped field knows its column's index, and a row's cells
 * become an interaction, or the reasons it cannot, each naming the field and its column. Columns are found by
 * their header exactly, else ignoring case and surrounding spaces.
 */
public final class BoundMapping {
    private static final Pattern DEFAULT_SEPARATOR = Pattern.compile("[,;\\s]+");
    /** Handles as channels write them in text: {@code @name}, not an e-mail address's {@code x@y}. */
    private static final Pattern MENTION = Pattern.compile("(?<![\\w@])@([A-Za-z0-9_][A-Za-z0-9_.-]*[A-Za-z0-9_]|[A-Za-z0-9_])");

    /** One field read from a column. */
    private record Bound(String field, ColumnRule rule, int index, Pattern separator) {
        String describe() {
            return field + " (column '" + rule.column() + "')";
        }
    }

    /** A binding and what did not bind: columns the header lacks, mapping problems. */
    public record Binding(BoundMapping mapping, List<Problem> problems) {
    }

    /** A row mapped: the interaction, or why not. */
    public record MappedRow(Interaction interaction, List<String> reasons) {
    }

    private final Map<String, Bound> bound;
    private final Map<String, String> constants;
    private final TimestampRule timestamps;

    private BoundMapping(Map<String, Bound> bound, Map<String, String> constants, TimestampRule timestamps) {
        this.bound = bound;
        this.constants = constants;
        this.timestamps = timestamps;
    }

    /**
     * Binds what can be bound; rules whose column is not in the header, and rules with problems of their own
     * ({@link MappingRules}), are left out and reported.
     */
    public static Binding bind(CsvMapping mapping, List<String> header) {
        List<Problem> problems = new ArrayList<>(MappingRules.check(mapping));
        Map<String, Integer> exact = new HashMap<>();
        Map<String, Integer> loose = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).replace("\uFEFF", "");
            exact.putIfAbsent(h, i);
            loose.putIfAbsent(h.strip().toLowerCase(Locale.ROOT), i);
        }
        Map<String, Bound> bound = new HashMap<>();
        for (Map.Entry<String, ColumnRule> e : mapping.fields().entrySet()) {
            String field = e.getKey();
            ColumnRule rule = e.getValue();
            String path = "$.fields." + field;
            if (problems.stream().anyMatch(p -> p.path().equals(path) || p.path().startsWith(path + "."))) {
                continue;
            }
            int index = -1;
            if (rule.column() != null) {
                Integer i = exact.get(rule.column());
                if (i == null) {
                    i = loose.get(rule.column().strip().toLowerCase(Locale.ROOT));
                }
                if (i == null) {
                    problems.add(new Problem(path + (rule.values().isEmpty() && rule.format() == null ? "" : ".column"),
                            "no column '" + rule.column() + "' in the header (columns: " + String.join(", ", header)
                                    + ")"));
                    continue;
                }
                index = i;
            }
            Pattern separator = rule.separator() == null ? DEFAULT_SEPARATOR : Pattern.compile(rule.separator());
            bound.put(field, new Bound(field, rule, index, separator));
        }
        Map<String, String> constants = new HashMap<>(mapping.constants());
        constants.keySet().removeIf(f -> problems.stream().anyMatch(p -> p.path().equals("$.constants." + f)));
        ColumnRule time = bound.containsKey(CsvMapping.CREATED_AT) ? bound.get(CsvMapping.CREATED_AT).rule() : null;
        TimestampRule timestamps = time == null ? null : new TimestampRule(time.format(), time.zone());
        return new Binding(new BoundMapping(bound, constants, timestamps), problems);
    }

    /** The canonical fields that are required and have neither a bound column nor a constant. */
    public List<String> unmappedRequired() {
        return CsvMapping.REQUIRED.stream().filter(f -> !bound.containsKey(f) && !constants.containsKey(f)).toList();
    }

    /** The row's cells as an interaction, or every reason it cannot be one. */
    public MappedRow map(List<String> cells) {
        List<String> reasons = new ArrayList<>();
        Interaction.Builder b = Interaction.builder();
        b.sourceId(required(CsvMapping.SOURCE_ID, cells, reasons));
        b.createdAt(createdAt(cells, reasons));
        String channel = value(CsvMapping.CHANNEL, cells);
        b.channel(channel == null ? Channels.CSV : convert(CsvMapping.CHANNEL, channel, reasons, FieldValues::channel));
        String kind = required(CsvMapping.KIND, cells, reasons);
        b.kind(kind == null ? null : convert(CsvMapping.KIND, kind, reasons, FieldValues::kind));
        String handle = required(CsvMapping.AUTHOR_HANDLE, cells, reasons);
        b.authorHandle(handle == null ? null : handle.startsWith("@") ? handle.substring(1) : handle);
        b.authorName(value(CsvMapping.AUTHOR_NAME, cells));
        String role = value(CsvMapping.AUTHOR_ROLE, cells);
        b.authorRole(role == null ? null : convert(CsvMapping.AUTHOR_ROLE, role, reasons, FieldValues::role));
        b.authorDepartment(value(CsvMapping.AUTHOR_DEPARTMENT, cells));
        String text = value(CsvMapping.TEXT, cells);
        b.text(text);
        b.inReplyTo(value(CsvMapping.IN_REPLY_TO, cells));
        b.threadId(value(CsvMapping.THREAD_ID, cells));
        b.space(value(CsvMapping.SPACE, cells));
        b.url(value(CsvMapping.URL, cells));
        b.language(value(CsvMapping.LANGUAGE, cells));
        String rating = value(CsvMapping.RATING, cells);
        b.rating(rating == null ? null : convert(CsvMapping.RATING, rating, reasons, FieldValues::rating));
        b.likes(count(CsvMapping.LIKES, cells, reasons));
        b.shares(count(CsvMapping.SHARES, cells, reasons));
        b.replies(count(CsvMapping.REPLIES, cells, reasons));
        b.mentions(mentions(cells, text));
        return reasons.isEmpty() ? new MappedRow(b.build(), List.of()) : new MappedRow(null, reasons);
    }

    /**
     * The field's value in this row: the constant, or the cell (through the value map; an empty cell gives the
     * default), stripped of surrounding spaces; {@code null} when empty or unmapped.
     */
    private String value(String field, List<String> cells) {
        String constant = constants.get(field);
        if (constant != null) {
            return constant;
        }
        Bound f = bound.get(field);
        if (f == null || f.index() < 0) {
            return null;
        }
        String cell = f.index() < cells.size() ? cells.get(f.index()).strip() : "";
        if (cell.isEmpty()) {
            return f.rule().defaultValue();
        }
        String mapped = f.rule().values().get(cell);
        return mapped != null ? mapped : cell;
    }

    private String required(String field, List<String> cells, List<String> reasons) {
        String v = value(field, cells);
        if (v == null) {
            Bound f = bound.get(field);
            reasons.add(f == null ? field + ": not mapped" : f.describe() + ": empty");
        }
        return v;
    }

    private Instant createdAt(List<String> cells, List<String> reasons) {
        String v = required(CsvMapping.CREATED_AT, cells, reasons);
        if (v == null) {
            return null;
        }
        try {
            return timestamps.parse(v);
        } catch (IllegalArgumentException e) {
            reasons.add(bound.get(CsvMapping.CREATED_AT).describe() + ": " + e.getMessage());
            return null;
        }
    }

    private Long count(String field, List<String> cells, List<String> reasons) {
        String v = value(field, cells);
        return v == null ? null : convert(field, v, reasons, FieldValues::count);
    }

    private <T> T convert(String field, String value, List<String> reasons, java.util.function.Function<String, T> f) {
        try {
            return f.apply(value);
        } catch (IllegalArgumentException e) {
            Bound b = bound.get(field);
            reasons.add((b == null ? field + " (constant)" : b.describe()) + ": " + e.getMessage());
            return null;
        }
    }

    private List<String> mentions(List<String> cells, String text) {
        Bound f = bound.get(CsvMapping.MENTIONS);
        if (f == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (f.rule().fromText()) {
            if (text != null && text.indexOf('@') >= 0) {
                Matcher m = MENTION.matcher(text);
                while (m.find()) {
                    out.add(m.group(1));
                }
            }
            return out;
        }
        String cell = value(CsvMapping.MENTIONS, cells);
        if (cell != null) {
            for (String h : f.separator().split(cell)) {
                String handle = h.strip();
                handle = handle.startsWith("@") ? handle.substring(1) : handle;
                if (!handle.isEmpty()) {
                    out.add(handle);
                }
            }
        }
        return out;
    }
}
