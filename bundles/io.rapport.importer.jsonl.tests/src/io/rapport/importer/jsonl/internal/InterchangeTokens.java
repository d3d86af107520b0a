package io.rapport.importer.jsonl.internal;

import io.rapport.testsupport.ByteDamage;

import java.util.List;

/** What the damage property inserts into interchange files: JSON punctuation, values and line breaks. */
final class InterchangeTokens {
    static final List<byte[]> TOKENS = ByteDamage.tokens("{", "}", "[", "]", ",", ":", "\"", "\\", "\n", "\r\n",
            "null", "0", "-1e999", "\"id\":", "\"created_at\":\"2025\"", "{\"a\":[", "é", "\uD83D\uDE00", "\u0000");

    private InterchangeTokens() {
    }
}
