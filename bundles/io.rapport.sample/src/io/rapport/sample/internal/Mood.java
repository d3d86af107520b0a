package io.rapport.sample.internal;

/** Whether something that happened to the company makes customers unhappy or pleased. */
enum Mood {
    NEGATIVE, POSITIVE
}
