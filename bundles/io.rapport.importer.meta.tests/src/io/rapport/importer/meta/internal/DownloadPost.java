package io.rapport.importer.meta.internal;

import java.time.Instant;

/** A generated post of a Facebook "Download your information" file: when, and its text. */
record DownloadPost(Instant timestamp, String text) {
}
