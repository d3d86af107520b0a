package io.rapport.core.model;

import java.util.Locale;

/** What an interaction is. The lower-case {@link #id()} is used in files, the store and the command line. */
public enum InteractionKind {
    /** A top-level post, tweet, status, submission or forum topic. */
    POST,
    /** A reply to another interaction in a thread. */
    REPLY,
    /** A comment under a post (Facebook, Instagram, Reddit comment on a submission). */
    COMMENT,
    /** A post that mentions an account without replying to it. */
    MENTION,
    /** A rated review (app stores, Trustpilot). */
    REVIEW,
    /** A message of a support ticket. */
    TICKET,
    /** A direct or private message. */
    MESSAGE,
    /** A share, repost, retweet or boost. */
    SHARE;

    private final String id = name().toLowerCase(Locale.ROOT);

    public String id() {
        return id;
    }

    private static final InteractionKind[] VALUES = values();

    /** @throws IllegalArgumentException naming the accepted values */
    public static InteractionKind fromId(String id) {
        for (InteractionKind k : VALUES) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown kind '" + id + "' (expected one of " + ids() + ")");
    }

    public static String ids() {
        StringBuilder b = new StringBuilder();
        for (InteractionKind k : values()) {
            b.append(b.isEmpty() ? "" : ", ").append(k.id());
        }
        return b.toString();
    }
}
