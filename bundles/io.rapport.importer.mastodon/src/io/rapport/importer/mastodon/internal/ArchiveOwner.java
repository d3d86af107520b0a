package io.rapport.importer.mastodon.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import io.rapport.core.importer.ImportInput;

import java.io.IOException;
import java.io.InputStream;

/**
 * Whose account archive an {@code outbox.json} is, from the {@code actor.json} beside it: the actor URI every
 * activity of the outbox names, with the handle ({@code preferredUsername@host}) and display name the
 * interactions get. Without a readable {@code actor.json} the handle is read from the actor URI instead.
 *
 * @param actorUri the actor's {@code id}
 * @param handle   {@code user@host}
 * @param name     the display name, or null
 */
record ArchiveOwner(String actorUri, String handle, String name) {
    /** An actor document is a few KB; anything far larger is not one. */
    private static final long MAX_ACTOR_BYTES = 1 << 20;

    /**
     * The owner described by {@code actor.json} next to the file (in its folder, or its folder in the archive),
     * or null if there is none (or it is unusable).
     */
    static ArchiveOwner besides(ImportInput file, JsonFactory factory) {
        try {
            ImportInput actor = file.siblings().stream().filter(s -> s.fileName().equals("actor.json")).findFirst()
                    .orElse(null);
            if (actor == null || actor.size() > MAX_ACTOR_BYTES) {
                return null;
            }
            try (InputStream in = actor.open(); JsonParser p = factory.createParser(in)) {
                return read(p);
            }
        } catch (IOException e) { // includes broken JSON
            return null; // a broken actor.json only costs the display name: handles come from the actor URIs
        }
    }

    private static ArchiveOwner read(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        String id = null;
        String username = null;
        String name = null;
        JsonValues.Problems ignored = new JsonValues.Problems();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "id" -> id = JsonValues.string(p, field, ignored);
                case "preferredUsername" -> username = JsonValues.string(p, field, ignored);
                case "name" -> name = JsonValues.string(p, field, ignored);
                default -> p.skipChildren();
            }
        }
        if (id == null) {
            return null;
        }
        String host = AccountHandles.host(id);
        String handle = username != null && host != null ? AccountHandles.fromAcct(username, id)
                : AccountHandles.fromActorUri(id);
        return new ArchiveOwner(id, handle, name == null || name.isBlank() ? null : name);
    }
}
