package io.rapport.importer.xarchive.internal;

import java.time.Instant;

/** A generated tweet of an account archive: written by the archive's owner, possibly replying to another tweet. */
record ArchiveTweet(String id, Instant createdAt, int offsetMinutes, String text, String inReplyTo, int favorites,
        int retweets) {
}
