package io.rapport.importer.csv.internal;

import io.rapport.importer.csv.ColumnRule;
import io.rapport.importer.csv.CsvMapping;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What is wrong with a mapping on its own, before any file is read, each problem at the JSON path of the mapping
 * file where it is: unknown fields, constants of per-row fields, values a field does not accept, bad patterns,
 * zones and encodings. The mapping file reader refuses the first; a preview lists them all.
 */
public final class MappingRules {
    /** One problem: where in the mapping file, and what. */
    public record Problem(String path, String message) {
        @Override
        public String toString() {
            return path + ": " + message;
        }
    }

    private MappingRules() {
    }

    public static List<Problem> check(CsvMapping mapping) {
        List<Problem> problems = new ArrayList<>();
        if (mapping.encoding() != null) {
            try {
                Charset.forName(mapping.encoding());
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("$.encoding", "unknown encoding '" + mapping.encoding()
                        + "' (e.g. UTF-8, UTF-16, windows-1252)"));
            }
        }
        Character d = mapping.delimiter();
        if (d != null && (d == '"' || d == '\n' || d == '\r')) {
            problems.add(new Problem("$.delimiter", "a quote or line break cannot be the delimiter"));
        }
        for (Map.Entry<String, String> c : mapping.constants().entrySet()) {
            String path = "$.constants." + c.getKey();
            if (!CsvMapping.FIELDS.contains(c.getKey())) {
                problems.add(new Problem(path, unknownField(c.getKey())));
            } else if (CsvMapping.PER_ROW.contains(c.getKey())) {
                problems.add(new Problem(path, c.getKey() + " differs on every row: map it to a column under"
                        + " \"fields\""));
            } else if (c.getValue() == null || c.getValue().isBlank()) {
                problems.add(new Problem(path, "empty constant"));
            } else {
                addIfBad(problems, path, c.getKey(), c.getValue());
            }
        }
        for (Map.Entry<String, ColumnRule> f : mapping.fields().entrySet()) {
            String field = f.getKey();
            String path = "$.fields." + field;
            ColumnRule rule = f.getValue();
            if (!CsvMapping.FIELDS.contains(field)) {
                problems.add(new Problem(path, unknownField(field)));
                continue;
            }
            if (rule.fromText() && !field.equals(CsvMapping.MENTIONS)) {
                problems.add(new Problem(path + ".from_text", "only mentions can be read from the text"));
            }
            if ((rule.column() == null || rule.column().isBlank()) && !rule.fromText()) {
                problems.add(new Problem(path + ".column", "no column given"));
            }
            if ((rule.format() != null || rule.zone() != null) && !field.equals(CsvMapping.CREATED_AT)) {
                problems.add(new Problem(path + (rule.format() != null ? ".format" : ".zone"),
                        "only created_at has a format and zone"));
            } else if (field.equals(CsvMapping.CREATED_AT)) {
                try {
                    new TimestampRule(rule.format(), rule.zone());
                } catch (IllegalArgumentException e) {
                    problems.add(new Problem(path + (e.getMessage().startsWith("unknown time zone") ? ".zone"
                            : ".format"), e.getMessage()));
                }
            }
            if (rule.separator() != null) {
                if (!field.equals(CsvMapping.MENTIONS)) {
                    problems.add(new Problem(path + ".separator", "only mentions have a separator"));
                } else {
                    try {
                        Pattern.compile(rule.separator());
                    } catch (PatternSyntaxException e) {
                        problems.add(new Problem(path + ".separator", "not a regular expression: "
                                + e.getDescription()));
                    }
                }
            }
            for (Map.Entry<String, String> v : rule.values().entrySet()) {
                addIfBad(problems, path + ".values." + v.getKey(), field, v.getValue());
            }
            if (rule.defaultValue() != null) {
                addIfBad(problems, path + ".default", field, rule.defaultValue());
            }
        }
        return problems;
    }

    private static void addIfBad(List<Problem> problems, String path, String field, String value) {
        String p = FieldValues.problem(field, value);
        if (p != null) {
            problems.add(new Problem(path, p));
        }
    }

    static String unknownField(String field) {
        return "unknown field '" + field + "' (fields: " + String.join(", ", CsvMapping.FIELDS) + ")";
    }
}
