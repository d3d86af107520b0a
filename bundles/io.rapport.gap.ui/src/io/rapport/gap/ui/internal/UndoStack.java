package io.rapport.gap.ui.internal;

import io.rapport.gap.core.GapEdit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The view's history of row edits: undo gives back an edit to revert (save its {@code before}), redo one to
 * apply again (save its {@code after}); a new edit clears what could be redone, as in every editor.
 */
final class UndoStack {
    private final Deque<GapEdit> done = new ArrayDeque<>();
    private final Deque<GapEdit> undone = new ArrayDeque<>();

    void push(GapEdit edit) {
        done.push(edit);
        undone.clear();
    }

    /** The edit to revert, moved to the redo side; empty if there is none. */
    Optional<GapEdit> undo() {
        if (done.isEmpty()) {
            return Optional.empty();
        }
        GapEdit edit = done.pop();
        undone.push(edit);
        return Optional.of(edit);
    }

    /** The edit to apply again, moved to the undo side; empty if there is none. */
    Optional<GapEdit> redo() {
        if (undone.isEmpty()) {
            return Optional.empty();
        }
        GapEdit edit = undone.pop();
        done.push(edit);
        return Optional.of(edit);
    }

    /** A save of the edit just undone or redone failed: the history goes back to how it was. */
    void restoreUndo() {
        if (!undone.isEmpty()) {
            done.push(undone.pop());
        }
    }

    void restoreRedo() {
        if (!done.isEmpty()) {
            undone.push(done.pop());
        }
    }

    /** An edit whose save failed: forget it (another edit may have been pushed meanwhile). */
    void forget(GapEdit edit) {
        done.remove(edit);
    }

    Optional<String> undoLabel() {
        return Optional.ofNullable(done.peek()).map(GapEdit::label);
    }

    Optional<String> redoLabel() {
        return Optional.ofNullable(undone.peek()).map(GapEdit::label);
    }

    void clear() {
        done.clear();
        undone.clear();
    }
}
