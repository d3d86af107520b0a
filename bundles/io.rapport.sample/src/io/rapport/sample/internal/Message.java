package io.rapport.sample.internal;

import io.rapport.core.model.InteractionKind;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One interaction as the generator makes it, before it has a source id: ids are given per channel, in time
 * order, when the export is written. Replies point at the message object they answer.
 */
final class Message {
    private final InteractionKind kind;
    private final Author author;
    private final Customer customer;
    private final Instant at;
    private final String text;
    private final String language;
    private final Message parent;
    private final Message shared;
    private final String space;
    private final Integer rating;
    private final List<String> mentions;
    private final long likes;
    private final long shares;

    private Message(Builder b) {
        this.kind = Objects.requireNonNull(b.kind, "kind");
        this.author = Objects.requireNonNull(b.author, "author");
        this.customer = b.customer;
        this.at = Objects.requireNonNull(b.at, "at");
        this.text = b.text;
        this.language = b.language;
        this.parent = b.parent;
        this.shared = b.shared;
        this.space = b.space != null || b.parent == null ? b.space : b.parent.space;
        this.rating = b.rating;
        this.mentions = List.copyOf(b.mentions);
        this.likes = b.likes;
        this.shares = b.shares;
        if (parent != null && !at.isAfter(parent.at)) {
            throw new IllegalArgumentException("a reply must be later than what it answers");
        }
    }

    static Builder by(Author author, Instant at, InteractionKind kind) {
        return new Builder(author, at, kind);
    }

    InteractionKind kind() {
        return kind;
    }

    Author author() {
        return author;
    }

    /** The customer who wrote it, {@code null} when the company did. */
    Customer customer() {
        return customer;
    }

    Instant at() {
        return at;
    }

    String text() {
        return text;
    }

    String language() {
        return language;
    }

    /** The message this one replies to, or {@code null}. */
    Message parent() {
        return parent;
    }

    /** For a share, the post it shares. */
    Message shared() {
        return shared;
    }

    /** The first message of the conversation. */
    Message root() {
        Message m = this;
        while (m.parent != null) {
            m = m.parent;
        }
        return m;
    }

    String space() {
        return space;
    }

    Integer rating() {
        return rating;
    }

    List<String> mentions() {
        return mentions;
    }

    long likes() {
        return likes;
    }

    long shares() {
        return shares;
    }

    /** Builds a message; everything but author, time and kind is optional. */
    static final class Builder {
        private final Author author;
        private final Instant at;
        private final InteractionKind kind;
        private Customer customer;
        private String text;
        private String language = "en";
        private Message parent;
        private Message shared;
        private String space;
        private Integer rating;
        private List<String> mentions = List.of();
        private long likes;
        private long shares;

        private Builder(Author author, Instant at, InteractionKind kind) {
            this.author = author;
            this.at = at;
            this.kind = kind;
        }

        Builder customer(Customer v) { customer = v; return this; }
        Builder text(String v) { text = v; return this; }
        Builder language(String v) { language = v; return this; }
        Builder replyTo(Message v) { parent = v; return this; }
        Builder sharing(Message v) { shared = v; return this; }
        Builder space(String v) { space = v; return this; }
        Builder rating(int v) { rating = v; return this; }
        Builder mentions(List<String> v) { mentions = v; return this; }
        Builder likes(long v) { likes = v; return this; }
        Builder shares(long v) { shares = v; return this; }

        Message build() {
            return new Message(this);
        }
    }
}
