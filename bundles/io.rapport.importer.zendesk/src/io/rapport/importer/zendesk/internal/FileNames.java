package io.rapport.importer.zendesk.internal;

import java.util.Locale;

/**
 * A comments list ({@code GET /api/v2/tickets/{id}/comments.json}) does not name its ticket. Saved as
 * {@code ticket_comments-<id>.json} (or any name with "comment" and the ticket id as its last number), the file
 * name supplies it; otherwise the comments keep no thread id.
 */
final class FileNames {
    private FileNames() {
    }

    /** @param fileName the file's (or archive entry's) name, without folders */
    static String ticketIdOf(String fileName) {
        String s = fileName.toLowerCase(Locale.ROOT);
        if (!s.contains("comment")) {
            return null;
        }
        int end = s.length();
        while (end > 0 && !Character.isDigit(s.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isDigit(s.charAt(start - 1))) {
            start--;
        }
        return start < end && end - start <= 19 ? s.substring(start, end) : null;
    }
}
