package io.rapport.importer.core;

import io.rapport.core.model.Interaction;

/**
 * What a record (or an object nested in it, like a Graph API comment) became; positions are byte offsets in
 * the record, so that each interaction keeps its own original text and file offset.
 */
public sealed interface RecordOutcome {
    record Mapped(Interaction interaction, int start, int end) implements RecordOutcome {
    }

    record Rejected(int start, String reason) implements RecordOutcome {
    }
}
