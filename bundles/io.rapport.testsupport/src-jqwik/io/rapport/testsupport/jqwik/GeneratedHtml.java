package io.rapport.testsupport.jqwik;

/** HTML as a server renders a post (Mastodon's status content, Discourse's cooked post) and the text a reader sees. */
public record GeneratedHtml(String html, String text) {
}
