/**
 * The Gap Matrix view: the project's expectations against its channels, coloured by the importance-weighted gap,
 * the importance-performance chart, the indicators and evidence behind each cell, and the rows to edit with undo.
 * Everything shown comes from {@link io.rapport.gap.core.EngagementGap}, the same numbers as {@code rapport gap}.
 */
package io.rapport.gap.ui;
