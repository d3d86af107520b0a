package io.rapport.sample.internal;

import java.util.Locale;

/** Why a customer starts a conversation. */
enum Intent {
    QUESTION, COMPLAINT, PRAISE, IDEA;

    /** The intent's name in the phrasebook. */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the customer is waiting for help (and may thank whoever helps). */
    boolean seeksHelp() {
        return this == QUESTION || this == COMPLAINT;
    }
}
