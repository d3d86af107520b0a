package org.example.rapport.slack.internal;

import io.rapport.importer.core.JsonObject;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * Who and where, from an export's {@code users.json} (optional: without it, authors and mentions keep their
 * Slack user ids) and {@code channels.json} / {@code groups.json} (a channel folder's name to the channel's id,
 * which source ids are made of). Small files (one element per person or channel), held in memory.
 */
final class ExportDirectory {
    /** A Slack user: {@code name} is the handle, {@code realName} the display name (may be null). */
    record User(String name, String realName) {
    }

    private final Map<String, User> users = new HashMap<>();
    private final Map<String, String> channelIds = new HashMap<>();
    private final Map<String, String> channelNames = new HashMap<>();
    private boolean hasUsers;

    /** One of the export's files with the name messages give it. */
    record NamedFile(String name, ExportFile file) {
    }

    /**
     * @param usersFile    null when the export has none (as {@code channelsFile}, {@code groupsFile})
     * @throws IOException naming the file and the place, when a file that is there cannot be read: without its
     *                     channels nothing gets an id, so the import stops rather than guessing
     */
    static ExportDirectory read(NamedFile usersFile, NamedFile channelsFile, NamedFile groupsFile)
            throws IOException {
        ExportDirectory d = new ExportDirectory();
        if (usersFile != null) {
            d.hasUsers = true;
            readArray(usersFile, "a Slack users.json", (i, o) -> {
                String id = o.string("id");
                String name = o.string("name");
                if (id != null && name != null && !name.isBlank()) {
                    JsonObject profile = o.object("profile");
                    String real = profile != null ? nonBlank(profile.string("real_name")) : null;
                    d.users.put(id, new User(name, real != null ? real : nonBlank(o.string("real_name"))));
                }
            });
        }
        for (NamedFile f : new NamedFile[] { channelsFile, groupsFile }) {
            if (f != null) {
                readArray(f, "a Slack " + f.name(), (i, o) -> {
                    String id = o.string("id");
                    String name = o.string("name");
                    if (id != null && name != null) {
                        d.channelIds.put(name, id);
                        d.channelNames.put(id, name);
                    }
                });
            }
        }
        return d;
    }

    /** One element of users.json or channels.json. */
    @FunctionalInterface
    private interface Element {
        void read(long index, JsonObject o) throws JsonObject.TypeMismatch;
    }

    private static void readArray(NamedFile file, String what, Element element) throws IOException {
        try (InputStream in = file.file().open()) {
            new JsonArrayReader().read(in, what, new JsonArrayReader.Elements() {
                @Override
                public void element(long index, long offset, String raw, JsonObject o) {
                    try {
                        element.read(index, o);
                    } catch (JsonObject.TypeMismatch e) {
                        // an entry we cannot use is left out: its people or channel keep their ids
                    }
                }

                @Override
                public void unreadable(long index, long offset, String reason, String raw) {
                    // as above
                }
            }, position -> {
            });
        } catch (JsonArrayReader.Stopped e) {
            throw new IOException(file.name() + ": element " + e.index + " (byte " + e.offset + "): "
                    + e.getMessage() + "; the export's " + what.substring(what.lastIndexOf(' ') + 1)
                    + " is needed to read its messages");
        }
    }

    private static String nonBlank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    boolean hasUsers() {
        return hasUsers;
    }

    /** The user of that id, or null when users.json does not list them. */
    User user(String id) {
        return users.get(id);
    }

    /** The id of the channel whose folder has that name, or null. */
    String channelId(String folderName) {
        return channelIds.get(folderName);
    }

    /** The name of the channel of that id, or null. */
    String channelName(String id) {
        return channelNames.get(id);
    }
}
