package io.rapport.testsupport;

import java.util.List;

/**
 * The awkward pieces the round-trip properties build texts from (jqwik picks and joins them, with arbitrary
 * characters besides): quotes, backslashes, line breaks, JSON and CSV punctuation, HTML-looking text, accents,
 * emoji and other characters outside the Basic Multilingual Plane, a zero-width joiner sequence.
 */
public final class TextPieces {
    private TextPieces() {
    }

    /** Pieces safe in any text field of any format (the format's writer escapes them). */
    public static final List<String> ALL = List.of("a", "Zz", "0", " ", "  ", "\"", "'", "\\", "\\n", "/", ",", ";",
            "\t", "\n", "\r\n", "{", "}", "[", "]", ":", "<b>", "</p>", "&amp;", "&", "<", ">", "é", "ß", "€", "中文",
            "مرحبا", "😀", "👍🏽", "👨‍👩‍👧", "𝄞", "\uD83C\uDDE9\uD83C\uDDEA", "\u00a0", "%s", "null", "true", "-1");

    /** Without line breaks, tabs and non-breaking spaces: for fields a format keeps on one line or trims. */
    public static final List<String> ONE_LINE = ALL.stream()
            .filter(p -> !p.contains("\n") && !p.contains("\r") && !p.contains("\t") && !p.contains("\u00a0"))
            .toList();
}
