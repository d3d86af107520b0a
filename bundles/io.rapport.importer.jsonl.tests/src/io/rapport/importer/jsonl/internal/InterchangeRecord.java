package io.rapport.importer.jsonl.internal;

import java.time.Instant;

/**
 * A generated interchange record: what is written and what the importer must read back.
 *
 * @param numericId whether the id is written as a JSON integer
 * @param offsetMinutes the offset the date-time is written with, or {@code null} for seconds since the epoch
 */
record InterchangeRecord(String id, boolean numericId, String author, Instant createdAt, Integer offsetMinutes,
        String text, String inReplyTo) {
}
