package io.rapport.importer.meta.internal;

import java.time.Instant;
import java.util.List;

/** A generated Graph API post or comment, with the comments nested in it. */
record GraphObject(String id, String fromId, Instant createdAt, int offsetMinutes, String message,
        List<GraphObject> comments) {
}
