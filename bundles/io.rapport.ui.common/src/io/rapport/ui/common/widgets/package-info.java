/**
 * The building blocks Rapport's views are made of, so that every view looks and reads the same: titled cards
 * with export buttons, key-figure tiles with published references, and the status line of a background
 * computation. Named widgets carry their names under {@link io.rapport.ui.common.widgets.WidgetNames#KEY}.
 */
package io.rapport.ui.common.widgets;
