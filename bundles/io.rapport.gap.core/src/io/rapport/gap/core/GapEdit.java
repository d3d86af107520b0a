package io.rapport.gap.core;

/**
 * One edit of the rows, as the view's undo history needs it: what it was called ("Rename 'Trust'"), the model
 * before and after. Undo = save {@code before}; redo = save {@code after}.
 */
public record GapEdit(String label, GapModel before, GapModel after) {
}
