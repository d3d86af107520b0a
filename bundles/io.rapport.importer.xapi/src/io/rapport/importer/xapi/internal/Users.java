package io.rapport.importer.xapi.internal;

import io.rapport.importer.core.JsonObject;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The users of one response ({@code includes.users}), by id: tweets name their author only by
 * {@code author_id}. Scoped to one response, as the API scopes them, so memory stays bounded by a response.
 */
final class Users {
    record User(String username, String name) {
    }

    private final Map<String, User> byId = new HashMap<>();

    static Users of(JsonObject response) throws JsonObject.TypeMismatch {
        Users users = new Users();
        JsonObject includes = response.object("includes");
        List<?> list = includes == null ? List.of() : includes.list("users");
        for (Object u : list) {
            if (u instanceof JsonObject o && o.get("id") instanceof String id && o.get("username") instanceof String handle) {
                users.byId.put(id, new User(handle, o.get("name") instanceof String n ? n : null));
            }
        }
        return users;
    }

    User get(String id) {
        return byId.get(id);
    }
}
