package io.rapport.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One post, reply, comment, mention, review or ticket message, mapped to the canonical fields of DESIGN.md §3.
 * Optional fields are {@code null} when the source does not have them. The original source record is kept
 * beside it by the store, never here.
 *
 * @param authorRole set by importers whose source says so by nature (the developer's reply to a review, the
 *                   agent's message in a ticket); {@code null} lets the project settings decide
 */
public record Interaction(String channel, String sourceId, InteractionKind kind, String authorHandle,
        String authorName, ActorRole authorRole, String authorDepartment, Instant createdAt, String text,
        String inReplyTo, String threadId, String space, String url, Integer rating, Long likes, Long shares,
        Long replies, String language, List<String> mentions) {

    public Interaction {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(authorHandle, "authorHandle");
        Objects.requireNonNull(createdAt, "createdAt");
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds an interaction field by field; importers reuse one builder per record. */
    public static final class Builder {
        private String channel;
        private String sourceId;
        private InteractionKind kind;
        private String authorHandle;
        private String authorName;
        private ActorRole authorRole;
        private String authorDepartment;
        private Instant createdAt;
        private String text;
        private String inReplyTo;
        private String threadId;
        private String space;
        private String url;
        private Integer rating;
        private Long likes;
        private Long shares;
        private Long replies;
        private String language;
        private List<String> mentions;

        public Builder channel(String v) { channel = v; return this; }
        public Builder sourceId(String v) { sourceId = v; return this; }
        public Builder kind(InteractionKind v) { kind = v; return this; }
        public Builder authorHandle(String v) { authorHandle = v; return this; }
        public Builder authorName(String v) { authorName = v; return this; }
        public Builder authorRole(ActorRole v) { authorRole = v; return this; }
        public Builder authorDepartment(String v) { authorDepartment = v; return this; }
        public Builder createdAt(Instant v) { createdAt = v; return this; }
        public Builder text(String v) { text = v; return this; }
        public Builder inReplyTo(String v) { inReplyTo = v; return this; }
        public Builder threadId(String v) { threadId = v; return this; }
        public Builder space(String v) { space = v; return this; }
        public Builder url(String v) { url = v; return this; }
        public Builder rating(Integer v) { rating = v; return this; }
        public Builder likes(Long v) { likes = v; return this; }
        public Builder shares(Long v) { shares = v; return this; }
        public Builder replies(Long v) { replies = v; return this; }
        public Builder language(String v) { language = v; return this; }
        public Builder mentions(List<String> v) { mentions = v; return this; }

        public Interaction build() {
            return new Interaction(channel, sourceId, kind, authorHandle, authorName, authorRole, authorDepartment,
                    createdAt, text, inReplyTo, threadId, space, url, rating, likes, shares, replies, language,
                    mentions);
        }
    }
}
