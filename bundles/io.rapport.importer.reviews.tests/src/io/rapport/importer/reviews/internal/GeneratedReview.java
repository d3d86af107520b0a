package io.rapport.importer.reviews.internal;

import java.time.Instant;

/**
 * A generated review of any of the three sources, with the company's reply when {@code replyText} is not null.
 *
 * @param author the reviewer's id or nickname as the source names them
 * @param offsetMinutes the offset the source writes its times with (Play writes epoch millis)
 */
record GeneratedReview(String id, String author, Instant createdAt, int offsetMinutes, String title, String text,
        int stars, String replyText, Instant replyAt) {

    /** The title without surrounding blanks (when it is not blank), a blank line, the text as written. */
    String expectedText() {
        return title.isBlank() ? text : title.strip() + "\n\n" + text;
    }
}
