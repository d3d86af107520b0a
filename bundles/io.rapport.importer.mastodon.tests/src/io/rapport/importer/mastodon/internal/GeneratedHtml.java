package io.rapport.importer.mastodon.internal;

/** A status's HTML as Mastodon writes it and the text a reader sees in it. */
record GeneratedHtml(String html, String text) {
}
