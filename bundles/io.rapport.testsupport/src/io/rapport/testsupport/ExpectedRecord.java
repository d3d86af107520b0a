package io.rapport.testsupport;

import java.time.Instant;

/** What a round-trip property expects the importer to read back from one generated record. */
public record ExpectedRecord(String sourceId, Instant createdAt, String text, String authorHandle,
        String inReplyTo) {
}
