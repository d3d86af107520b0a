package io.rapport.importer.csv.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes rows as RFC 4180 CSV in UTF-8 (a field with the delimiter, a quote or a line break quoted, quotes
 * doubled); remembers where each row ends.
 */
final class CsvWriter {
    final List<Integer> rowEnds = new ArrayList<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    static CsvWriter write(List<CsvRow> rows, CsvDialect d) {
        CsvWriter w = new CsvWriter();
        String sep = String.valueOf(d.delimiter());
        w.append((d.bom() ? "\uFEFF" : "") + String.join(sep, "ID", "Sent", "From", "Body", "Reply To") + d.lineEnd());
        for (CsvRow r : rows) {
            w.append(String.join(sep, r.id(), DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(r.createdAt().atOffset(
                    ZoneOffset.ofTotalSeconds(r.offsetMinutes() * 60))), r.author(), field(r.text(), d.delimiter()),
                    r.inReplyTo() == null ? "" : r.inReplyTo()) + d.lineEnd());
            w.rowEnds.add(w.out.size());
        }
        return w;
    }

    private void append(String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    private static String field(String s, char delimiter) {
        boolean quote = s.indexOf(delimiter) >= 0 || s.contains("\"") || s.contains("\n") || s.contains("\r");
        return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
