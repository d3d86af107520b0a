package io.rapport.journey.ui.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** The attestation edits that can be undone and redone, newest on top; a new edit clears the redo side. */
final class UndoStack {
    private final Deque<AttestationEdit> undo = new ArrayDeque<>();
    private final Deque<AttestationEdit> redo = new ArrayDeque<>();

    void done(AttestationEdit edit) {
        undo.push(edit);
        redo.clear();
    }

    /** The edit to apply to undo the last one (its inverse), moved to the redo side. */
    Optional<AttestationEdit> undo() {
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        AttestationEdit edit = undo.pop();
        redo.push(edit);
        return Optional.of(edit.inverse());
    }

    Optional<AttestationEdit> redo() {
        if (redo.isEmpty()) {
            return Optional.empty();
        }
        AttestationEdit edit = redo.pop();
        undo.push(edit);
        return Optional.of(edit);
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    boolean canRedo() {
        return !redo.isEmpty();
    }

    void clear() {
        undo.clear();
        redo.clear();
    }

    String undoLabel() {
        return undo.isEmpty() ? "" : undo.peek().label();
    }

    String redoLabel() {
        return redo.isEmpty() ? "" : redo.peek().label();
    }
}
