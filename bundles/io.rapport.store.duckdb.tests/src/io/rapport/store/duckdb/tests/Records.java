package io.rapport.store.duckdb.tests;

import io.rapport.core.model.Interaction;
import io.rapport.core.model.InteractionKind;

import java.time.Instant;
import java.util.List;

/** Canonical interactions for store tests, and their raw interchange line. */
final class Records {
    private Records() {
    }

    static Interaction post(String channel, String id, String author, String text) {
        return Interaction.builder().channel(channel).sourceId(id).kind(InteractionKind.POST).authorHandle(author)
                .createdAt(Instant.parse("2025-03-01T10:00:00Z").plusSeconds(Long.parseLong(id.replaceAll("\\D", "0")) % 100_000))
                .text(text).mentions(List.of()).build();
    }

    static String raw(Interaction i) {
        return "{\"channel\":\"" + i.channel() + "\",\"id\":\"" + i.sourceId() + "\",\"kind\":\"" + i.kind().id()
                + "\",\"author\":{\"handle\":\"" + i.authorHandle() + "\"},\"created_at\":\"" + i.createdAt() + "\"}";
    }
}
