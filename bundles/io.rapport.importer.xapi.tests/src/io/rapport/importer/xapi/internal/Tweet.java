package io.rapport.importer.xapi.internal;

import java.time.Instant;

/** A generated tweet of an X API v2 response: its author is one of the response's included users. */
record Tweet(String id, String authorId, String username, Instant createdAt, String text, String repliedTo) {
}
