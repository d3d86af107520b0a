package io.rapport.journey.ui;

import io.rapport.ui.common.widgets.WidgetNames;

/**
 * The id of the Journey map view and the names of its widgets ({@link WidgetNames#KEY}), so that UI tests find
 * what a user sees without depending on the layout. The status line uses {@link WidgetNames#STATUS}.
 */
public final class JourneyIds {
    /** The PartDescriptor (and part) id, for Show View. */
    public static final String PART = "io.rapport.journey.ui.part.journey";

    /** The model combo (labels), the day assessed (a DateTime) and the button that keeps a snapshot. */
    public static final String MODEL = "model";
    public static final String AS_OF = "asOf";
    public static final String SAVE_SNAPSHOT = "saveSnapshot";

    /** The big numbers: the overall stage and how many criteria the next stage still needs. */
    public static final String OVERALL = "kpi.overall";
    public static final String NEXT = "kpi.next";

    /**
     * The map (a canvas; a click selects a cell), its PNG button and the one-page HTML summary. The canvas
     * carries the cell selected as {@code getData(SELECTED_CELL)}: {@code dimension/stage}.
     */
    public static final String MAP = "map";
    public static final String SELECTED_CELL = "io.rapport.journey.selectedCell";
    public static final String MAP_PNG = "map.png";
    public static final String HTML_SUMMARY = "summary.html";

    /** The criteria of the selected cell (a table; attestations editable), and Undo/Redo of attestations. */
    public static final String CRITERIA = "criteria.table";
    public static final String UNDO = "undo";
    public static final String REDO = "redo";

    /** The next steps (a table) and the history of snapshots (a canvas) with its CSV button. */
    public static final String NEXT_STEPS = "nextSteps.table";
    public static final String HISTORY = "history";
    public static final String HISTORY_CSV = "history.csv";

    private JourneyIds() {
    }
}
