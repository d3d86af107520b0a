package io.rapport.importer.zendesk.internal;

import io.rapport.core.importer.ImportInput;
import io.rapport.core.importer.ImportSink;
import io.rapport.core.model.Interaction;
import io.rapport.core.store.RecordError;

import org.eclipse.core.runtime.NullProgressMonitor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects what the importer hands over, for tests that look at the mapping without a store. */
final class CapturingSink implements ImportSink {
    record Accepted(Interaction interaction, String raw, long record, long offset) {
    }

    final List<Accepted> accepted = new ArrayList<>();
    final List<RecordError> rejected = new ArrayList<>();

    static CapturingSink read(Path file) throws IOException {
        CapturingSink sink = new CapturingSink();
        new ZendeskImporter().read(new ImportInput(file), sink, new NullProgressMonitor());
        return sink;
    }

    @Override
    public void accept(Interaction interaction, String raw, long line, long offset) {
        accepted.add(new Accepted(interaction, raw, line, offset));
    }

    @Override
    public void reject(long line, long offset, String reason) {
        rejected.add(new RecordError(line, offset, reason));
    }

    Interaction bySourceId(String id) {
        return accepted.stream().map(Accepted::interaction).filter(i -> i.sourceId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no record " + id + " in " + sourceIds()));
    }

    List<String> sourceIds() {
        return accepted.stream().map(a -> a.interaction().sourceId()).toList();
    }

    List<String> rejections() {
        return rejected.stream().map(e -> e.line() + ": " + e.reason()).toList();
    }
}
