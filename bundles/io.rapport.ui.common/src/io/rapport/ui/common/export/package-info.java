/**
 * Exports every view offers, written the same way everywhere: CSV that spreadsheets open correctly and that
 * cannot smuggle formulas into them ({@link io.rapport.ui.common.export.Csv}), PNG pictures of charts and other
 * controls ({@link io.rapport.ui.common.export.PngExport}), and the question where to save them
 * ({@link io.rapport.ui.common.export.ExportFiles}).
 */
package io.rapport.ui.common.export;
