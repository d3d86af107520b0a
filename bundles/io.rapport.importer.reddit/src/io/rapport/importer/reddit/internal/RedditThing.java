package io.rapport.importer.reddit.internal;

/**
 * The fields of one Reddit comment or submission that Rapport maps, as read from a dump line or an API
 * listing. Mutable and reused record after record, so that a multi-GB dump allocates little per record.
 * Everything else the record holds stays in its original text.
 */
final class RedditThing {
    /** {@code t1} (comment) or {@code t3} (submission) when the API listing says so, else {@code null}. */
    String kind;
    String id;
    String name;
    String parentId;
    String linkId;
    String author;
    String body;
    String title;
    String selftext;
    /** The created_utc value as written (a number or a numeric string), or {@code null}. */
    String createdUtc;
    String subreddit;
    Long score;
    Long numComments;
    Long numCrossposts;
    String permalink;
    /** The first field of the wrong type (e.g. an object where a string belongs), as a rejection reason. */
    String problem;

    void clear() {
        kind = null;
        id = null;
        name = null;
        parentId = null;
        linkId = null;
        author = null;
        body = null;
        title = null;
        selftext = null;
        createdUtc = null;
        subreddit = null;
        score = null;
        numComments = null;
        numCrossposts = null;
        permalink = null;
        problem = null;
    }
}
