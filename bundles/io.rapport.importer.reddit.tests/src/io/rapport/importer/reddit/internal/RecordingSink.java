package io.rapport.importer.reddit.internal;

import io.rapport.core.importer.ImportSink;
import io.rapport.core.model.Interaction;
import io.rapport.core.store.RecordError;

import java.util.ArrayList;
import java.util.List;

/** Keeps what an importer hands over, for tests that need no store. */
final class RecordingSink implements ImportSink {
    record Accepted(Interaction interaction, String raw, long line, long offset) {
    }

    final List<Accepted> accepted = new ArrayList<>();
    final List<RecordError> rejected = new ArrayList<>();

    @Override
    public void accept(Interaction interaction, String raw, long line, long offset) {
        accepted.add(new Accepted(interaction, raw, line, offset));
    }

    @Override
    public void reject(long line, long offset, String reason) {
        rejected.add(new RecordError(line, offset, reason));
    }
}
