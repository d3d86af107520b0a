package io.rapport.importer.meta.internal;

import io.rapport.testsupport.JsonText;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes posts as Facebook's {@code your_posts_1.json}, with its mojibake: every string's UTF-8 bytes written as
 * code points {@code \}{@code u0000}–{@code \}{@code u00ff}, as the download does.
 */
final class DownloadWriter {
    private DownloadWriter() {
    }

    static byte[] write(List<DownloadPost> posts) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < posts.size(); i++) {
            DownloadPost p = posts.get(i);
            b.append(i == 0 ? "\n" : ",\n").append("  {\n    \"timestamp\": ").append(p.timestamp().getEpochSecond())
                    .append(",\n    \"data\": [\n      {\n        \"post\": ")
                    .append(JsonText.quote(mojibake(p.text()), true))
                    .append("\n      }\n    ],\n    \"title\": ").append(JsonText.quote(mojibake("Acme Café"), true))
                    .append("\n  }");
        }
        return b.append("\n]\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The text's UTF-8 bytes, each as the character of that code point. */
    static String mojibake(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }
}
