package io.rapport.ui.common.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Function;

/**
 * A view's history of edits: {@link #undo()} gives the edit to revert, {@link #redo()} the one to apply again;
 * a new edit clears what could be redone, as in every editor. Edits are saved in the background, so a save that
 * fails can be taken back out of the history ({@link #forget}, {@link #restoreUndo}, {@link #restoreRedo}).
 * Use in the UI thread.
 *
 * @param <E> an edit that knows how to revert itself, e.g. its state before and after
 */
public final class UndoHistory<E> {
    private final Deque<E> done = new ArrayDeque<>();
    private final Deque<E> undone = new ArrayDeque<>();
    private final Function<E, String> label;

    /** @param label what an edit is called in "Undo …" and "Redo …" */
    public UndoHistory(Function<E, String> label) {
        this.label = label;
    }

    public void push(E edit) {
        done.push(edit);
        undone.clear();
    }

    /** The edit to revert, moved to the redo side; empty if there is none. */
    public Optional<E> undo() {
        if (done.isEmpty()) {
            return Optional.empty();
        }
        E edit = done.pop();
        undone.push(edit);
        return Optional.of(edit);
    }

    /** The edit to apply again, moved to the undo side; empty if there is none. */
    public Optional<E> redo() {
        if (undone.isEmpty()) {
            return Optional.empty();
        }
        E edit = undone.pop();
        done.push(edit);
        return Optional.of(edit);
    }

    /** Reverting the edit last undone failed: it is back on the undo side. */
    public void restoreUndo() {
        if (!undone.isEmpty()) {
            done.push(undone.pop());
        }
    }

    /** Applying the edit last redone failed: it is back on the redo side. */
    public void restoreRedo() {
        if (!done.isEmpty()) {
            undone.push(done.pop());
        }
    }

    /** An edit whose save failed: forget it (another edit may have been pushed meanwhile). */
    public void forget(E edit) {
        done.remove(edit);
    }

    public boolean canUndo() {
        return !done.isEmpty();
    }

    public boolean canRedo() {
        return !undone.isEmpty();
    }

    public Optional<String> undoLabel() {
        return Optional.ofNullable(done.peek()).map(label);
    }

    public Optional<String> redoLabel() {
        return Optional.ofNullable(undone.peek()).map(label);
    }

    public void clear() {
        done.clear();
        undone.clear();
    }
}
