package io.rapport.core.importer.internal;

import io.rapport.core.importer.ImportSink;
import io.rapport.core.model.Interaction;
import io.rapport.core.store.RecordError;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the first records an importer hands over, and stops the importer once it has enough: a preview reads
 * the start of a file, however large.
 */
final class PreviewSink implements ImportSink {
    /** Thrown through the importer when the preview has its records; caught by the preview. */
    static final class Enough extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Enough() {
            super(null, null, false, false);
        }
    }

    private final int limit;
    final List<Interaction> records = new ArrayList<>();
    final List<RecordError> rejected = new ArrayList<>();

    PreviewSink(int limit) {
        this.limit = limit;
    }

    @Override
    public void accept(Interaction interaction, String raw, long line, long offset) {
        if (records.size() + rejected.size() < limit) {
            records.add(interaction);
        }
        stopIfEnough();
    }

    @Override
    public void reject(long line, long offset, String reason) {
        reject(line, offset, reason, null);
    }

    @Override
    public void reject(long line, long offset, String reason, String raw) {
        if (records.size() + rejected.size() < limit) {
            rejected.add(new RecordError(line, offset, reason, raw));
        }
        stopIfEnough();
    }

    private void stopIfEnough() {
        if (records.size() + rejected.size() >= limit) {
            throw new Enough();
        }
    }
}
