/** Editing in views: an undo history of edits saved in the background, and the undo and redo keys. */
package io.rapport.ui.common.edit;
