package io.rapport.testsupport.jqwik;

import io.rapport.testsupport.TextPieces;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Post HTML (Mastodon status content, Discourse cooked posts): paragraphs ({@code <p>}) of lines ({@code <br>}) of
 * words, every word's characters escaped as Mastodon escapes them; the text is the paragraphs separated by a blank
 * line, the lines by a line break, the words by a space (whitespace inside HTML is layout, so words carry none).
 */
public final class HtmlTexts {
    private HtmlTexts() {
    }

    public static Arbitrary<GeneratedHtml> paragraphs() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.of(TextPieces.ALL).filter(HtmlTexts::noSpace),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(4).filter(HtmlTexts::noSpace))
                .list().ofMinSize(1).ofMaxSize(3).map(w -> String.join("", w));
        Arbitrary<List<List<List<String>>>> paragraphs = word.list().ofMinSize(1).ofMaxSize(5).list().ofMinSize(1)
                .ofMaxSize(3).list().ofMinSize(1).ofMaxSize(3);
        return paragraphs.map(p -> new GeneratedHtml(
                p.stream().map(lines -> "<p>" + lines.stream().map(HtmlTexts::htmlLine).collect(Collectors.joining(
                        "<br>")) + "</p>").collect(Collectors.joining()),
                p.stream().map(lines -> lines.stream().map(w -> String.join(" ", w)).collect(Collectors.joining(
                        "\n"))).collect(Collectors.joining("\n\n"))));
    }

    private static String htmlLine(List<String> words) {
        return words.stream().map(HtmlTexts::escape).collect(Collectors.joining(" "));
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static boolean noSpace(String s) {
        return !s.isEmpty() && s.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.isSurrogate((char) c) || Character.isISOControl(c));
    }
}
