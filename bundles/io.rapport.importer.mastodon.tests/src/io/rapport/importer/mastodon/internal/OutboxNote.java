package io.rapport.importer.mastodon.internal;

import io.rapport.testsupport.jqwik.GeneratedHtml;

import java.time.Instant;

/** A generated note of an outbox: its URI, its author's actor URI and handle, when, its HTML and text. */
record OutboxNote(String id, String actor, String handle, Instant published, int offsetMinutes,
        GeneratedHtml content, String inReplyTo) {
}
