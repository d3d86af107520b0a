package io.rapport.importer.discourse.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import java.util.List;

/** The cooked-HTML-to-text rules, one quirk of Discourse's rendering per case. */
class CookedTextTest {

    private static String text(String html) {
        return CookedText.convert(html).text();
    }

    @Test
    void paragraphsLineBreaksAndListsBecomeLines() {
        assertEquals("One\ntwo\n\nThree", text("<p>One<br>\ntwo</p>\n<p>Three</p>"));
        assertEquals("Steps:\n\nOpen\nClick", text("<p>Steps:</p>\n<ol>\n<li>Open</li>\n<li>Click</li>\n</ol>"));
    }

    @Test
    void quotesOfOtherPostsAndLinkPreviewsAreDropped() {
        assertEquals("My answer", text("<aside class=\"quote\" data-post=\"1\"><div class=\"title\">bob:</div>"
                + "<blockquote><p>quoted <aside class=\"onebox\">nested</aside> text</p></blockquote></aside>\n<p>My answer</p>"));
    }

    @Test
    void emojiImagesBecomeTheirCodeAndOtherImagesVanish() {
        assertEquals("Thanks :slight_smile:", text("<p>Thanks <img src=\"/e.png\" class=\"emoji\" alt=\":slight_smile:\"></p>"));
        assertNull(text("<p><img src=\"photo.gif\" alt=\"image\"></p>"), "an image-only post has no text");
    }

    @Test
    void mentionsAreKeptAsTextAndCollected() {
        CookedText.Result r = CookedText.convert("<p>Hi <a class=\"mention\" href=\"/u/marta_k\">@marta_k</a> and"
                + " <a class=\"mention\" href=\"/u/leo.b\">@leo.b</a>, see <a href=\"/t/1\">this</a></p>");
        assertEquals("Hi @marta_k and @leo.b, see this", r.text());
        assertEquals(List.of("marta_k", "leo.b"), r.mentions());
    }

    @Test
    void referencesAreDecodedAndMalformedHtmlIsText() {
        assertEquals("a & b < c — d 😀 &unknown; x<3", text("<p>a &amp; b &lt; c &mdash; d &#x1F600; &unknown; x&lt;3</p>"));
        assertEquals("1 < 2 and <", text("1 < 2 and <"));
        assertEquals("code", text("<script>alert(1)</script><pre><code>code</code></pre>"));
    }
}
