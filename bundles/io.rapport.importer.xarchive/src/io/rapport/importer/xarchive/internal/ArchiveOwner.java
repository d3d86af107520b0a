package io.rapport.importer.xarchive.internal;

/**
 * Whose archive it is: the author of every tweet in it.
 *
 * @param username    the handle, without '@'
 * @param accountId   X's numeric user id, if known
 * @param displayName the display name, if known
 * @param source      the file it was read from, to say so in messages
 */
record ArchiveOwner(String username, String accountId, String displayName, String source) {
}
