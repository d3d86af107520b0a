package io.rapport.importer.csv.internal;

import java.time.Instant;

/** A generated row of a mapped CSV file: id, time (written ISO-8601 with an offset), author, text, reply-to. */
record CsvRow(String id, Instant createdAt, int offsetMinutes, String author, String text, String inReplyTo) {
}
