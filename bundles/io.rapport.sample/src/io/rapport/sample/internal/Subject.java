package io.rapport.sample.internal;

/**
 * What a conversation is about: a topic, one of its issues ("signal/outage") and its particulars. Questions,
 * complaints and the answers to them are worded per issue in the phrasebook, so that an answer fits what was
 * asked.
 */
record Subject(Topic topic, String issue, Particulars particulars) {

    /** The subject's name in the phrasebook. */
    String key() {
        return topic.key() + "/" + issue;
    }
}
