package io.rapport.importer.mastodon.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "plain text                     | hello world                 | hello world",
            "paragraphs become blank lines  | <p>one</p><p>two</p>        | 'one\n\ntwo'",
            "br is a line break             | <p>a<br>b<br/>c</p>         | 'a\nb\nc'",
            "entities: named, decimal, hex  | <p>a &amp; b &lt;3 &#39;x&#x27; &quot;q&quot; &hellip;</p> | 'a & b <3 ''x'' \"q\" …'",
            "unknown entity stays literal   | <p>R&D &bogus; ok</p>       | 'R&D &bogus; ok'",
            "inline tags vanish             | <p><strong>bold</strong> and <em>it</em></p> | bold and it",
            "whitespace collapses           | '<p>  a \n\t  b  </p>'      | a b",
            "a lone < is text               | <p>1 < 2 and 3 > 2</p>      | 1 < 2 and 3 > 2",
            "script and style lose content  | <p>x<script>alert(1)</script>y<style>p{}</style>z</p> | xyz",
            "list items are lines           | <ul><li>one</li><li>two</li></ul><p>after</p> | 'one\ntwo\n\nafter'",
            "non-breaking space kept        | <p>a&nbsp;b</p>             | 'a\u00a0b'",
            "emoji and non-Latin text       | <p>何年ぶりだろう 🎉</p>      | 何年ぶりだろう 🎉",
    })
    void convertsStatusHtml(String name, String html, String text) {
        assertEquals(text, HtmlText.toText(html), name);
    }

    @Test
    void aMastodonMentionAndAShortenedLinkReadAsWritten() {
        String html = "<p><span class=\"h-card\" translate=\"no\"><a href=\"https://mastodon.example/@carol\" class=\"u-url mention\">"
                + "@<span>carol</span></a></span> see <a href=\"https://acme.example/blog/spring-2025\" rel=\"nofollow noopener\">"
                + "<span class=\"invisible\">https://</span><span class=\"ellipsis\">acme.example/blog/spring-20</span>"
                + "<span class=\"invisible\">25</span></a></p>";
        assertEquals("@carol see https://acme.example/blog/spring-2025", HtmlText.toText(html));
    }

    @Test
    void doubleEscapedHtmlFromAnExportEncodedTwiceIsUnescapedFirst() {
        assertEquals("Mastodon delete test data generation.",
                HtmlText.toText("\\u003cp\\u003eMastodon delete test data generation.\\u003c/p\\u003e"));
    }

    @Test
    void nullAndEmpty() {
        assertNull(HtmlText.toText(null));
        assertEquals("", HtmlText.toText(""));
        assertEquals("", HtmlText.toText("<p></p>"));
    }

    @Test
    void anUnclosedTagOrBrokenReferenceDoesNotLoseText() {
        assertEquals("a <b", HtmlText.toText("a <b"));
        assertEquals("x &#xZZ; y", HtmlText.toText("x &#xZZ; y"));
        assertEquals("\ufffd", HtmlText.toText("&#0;"));
    }
}
