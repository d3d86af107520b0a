package io.rapport.importer.discourse.internal;

/** A post's cooked HTML as Discourse renders it and the text a reader sees in it. */
record GeneratedHtml(String html, String text) {
}
