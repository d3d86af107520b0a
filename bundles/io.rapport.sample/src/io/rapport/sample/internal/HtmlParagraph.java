package io.rapport.sample.internal;

/** A message's text as the HTML paragraph a platform renders it in (Mastodon's content, Discourse's cooked). */
final class HtmlParagraph {
    private HtmlParagraph() {
    }

    static String of(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16).append("<p>");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\n' -> b.append("<br>");
                default -> b.append(c);
            }
        }
        return b.append("</p>").toString();
    }
}
