package io.rapport.importer.discourse.internal;

import io.rapport.testsupport.ExpectedRecord;

import java.util.List;

/** A generated topic: its id and posts, and what the importer must read from them. */
record Topic(long id, List<TopicPost> posts) {
    List<ExpectedRecord> expected() {
        return posts.stream().map(p -> new ExpectedRecord(id + "/" + p.number(), p.createdAt(), p.cooked().text(),
                p.username(), p.number() == 1 ? null : id + "/" + (p.replyTo() == null ? 1 : p.replyTo()))).toList();
    }
}
