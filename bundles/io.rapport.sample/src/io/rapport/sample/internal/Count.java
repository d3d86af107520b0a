package io.rapport.sample.internal;

/** The engagement counts a channel's export carries. */
enum Count {
    LIKES, SHARES, REPLIES
}
