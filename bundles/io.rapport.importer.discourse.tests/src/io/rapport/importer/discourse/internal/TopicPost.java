package io.rapport.importer.discourse.internal;

import io.rapport.testsupport.jqwik.GeneratedHtml;

import java.time.Instant;

/** A generated post of a topic: its number, author, time, cooked HTML and the number it replies to (or null). */
record TopicPost(int number, String username, Instant createdAt, int offsetMinutes, GeneratedHtml cooked,
        Integer replyTo) {
}
