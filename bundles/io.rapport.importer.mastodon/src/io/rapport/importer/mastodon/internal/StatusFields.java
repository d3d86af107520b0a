package io.rapport.importer.mastodon.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a Mastodon REST API element says, as read from the file: a Status, or a notification whose
 * {@link #status} is one (then {@link #notificationType} is set).
 */
final class StatusFields {
    String id;
    String uri;
    String url;
    String createdAt;
    String inReplyToId;
    String inReplyToAccountId;
    String accountId;
    String acct;
    String accountUrl;
    String accountUri;
    String displayName;
    String content;
    String language;
    /** Set when the status is a boost: the boosted status's URI. */
    String reblogUri;
    boolean reblog;
    /** The boosted status itself, for a boost: its thread is the boost's. */
    StatusFields reblogged;
    Long replies;
    Long reblogs;
    Long favourites;
    final List<String> mentions = new ArrayList<>(2);
    /**
     * Local accounts this status mentions, id → actor URI derived from the profile URL ({@code https://host/@u}
     * → {@code https://host/users/u}, Mastodon's scheme): a reply to us in a notification names our account only
     * by id and in its mentions.
     */
    final Map<String, String> mentionedLocalAccounts = new HashMap<>(2);
    String notificationType;
    StatusFields status;
    final JsonValues.Problems problems;

    StatusFields(JsonValues.Problems problems) {
        this.problems = problems;
    }

    boolean isNotification() {
        return uri == null && (notificationType != null || status != null);
    }

    /** A local account's {@code acct} has no host: its statuses' URIs follow {@code <account uri>/statuses/<id>}. */
    boolean accountIsLocal() {
        return acct != null && acct.indexOf('@') < 0;
    }
}
