package io.rapport.sample.internal;

import io.rapport.core.model.ActorRole;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A member of staff who answers customers from personal accounts on some channels. */
record Employee(String name, Department department, Map<String, String> handles) {

    Employee {
        // not Map.copyOf: its iteration order changes from one JVM to the next, and the sample must not
        handles = Collections.unmodifiableMap(new LinkedHashMap<>(handles));
    }

    Optional<Author> on(String channel, boolean declared) {
        String handle = handles.get(channel);
        return handle == null ? Optional.empty()
                : Optional.of(new Author(handle, name, ActorRole.STAFF, department, declared));
    }
}
