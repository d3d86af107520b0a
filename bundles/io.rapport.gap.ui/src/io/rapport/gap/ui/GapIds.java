package io.rapport.gap.ui;

import io.rapport.ui.common.widgets.WidgetNames;

/**
 * The id of the Gap Matrix view and the names of its widgets, carried as
 * {@code widget.getData(}{@link WidgetNames#KEY}{@code )} so that UI tests find what a user sees without
 * depending on the layout. The status line uses {@link WidgetNames#STATUS} and its states.
 */
public final class GapIds {
    /** The PartDescriptor (and part) id, for Show View. */
    public static final String PART = "io.rapport.gap.ui.part.gap";

    /**
     * The period: the "Latest month" check button (the default, as {@code rapport gap} without dates), and the
     * first and last day (DateTime widgets, used when it is not checked).
     */
    public static final String LATEST_MONTH = "period.latestMonth";
    public static final String FROM = "period.from";
    public static final String TO = "period.to";

    /**
     * The matrix (a Table: rank, expectation, importance, target, performance, gap, change, then one column per
     * channel whose cell shows the gap; each item's data is the row's expectation id), its CSV button, and the
     * line saying which period is shown.
     */
    public static final String MATRIX = "matrix";
    public static final String MATRIX_CSV = "matrix.csv";
    public static final String PERIOD_SHOWN = "matrix.period";

    /** The importance-performance chart (a Canvas) and its PNG button. */
    public static final String CHART = "chart";
    public static final String CHART_PNG = "chart.png";

    /**
     * The selected cell's details: what it is (a label), its indicators (a Table: indicator, value, basis,
     * previous, formula) and the evidence interactions (a Table; each item's data is an
     * {@link io.rapport.ui.common.InteractionRef}; double-click or Enter opens it in the Interactions view).
     */
    public static final String CELL = "cell.title";
    public static final String CELL_INDICATORS = "cell.indicators";
    public static final String EVIDENCE = "cell.evidence";

    /**
     * The row editor: the rows in the analyst's order (a Table; item data = expectation id), the selected row's
     * name (Text, applied on Enter), importance (Combo: "Weight 1" .. "Weight 5", then "Survey item ID" for
     * each item of the project's instrument), target (Spinner, applied on Selection), its indicators (a check
     * Table of the installed indicators; item data = indicator id), the buttons, and the line saying why an edit
     * was refused.
     */
    public static final String ROWS = "rows.table";
    public static final String ROW_NAME = "rows.name";
    public static final String ROW_IMPORTANCE = "rows.importance";
    public static final String ROW_TARGET = "rows.target";
    public static final String ROW_INDICATORS = "rows.indicators";
    public static final String ADD = "rows.add";
    public static final String REMOVE = "rows.remove";
    public static final String UP = "rows.up";
    public static final String DOWN = "rows.down";
    public static final String UNDO = "rows.undo";
    public static final String REDO = "rows.redo";
    public static final String ROW_PROBLEM = "rows.problem";

    /** The typical shortfalls with the indicators that measure them (a Table). */
    public static final String SHORTFALLS = "shortfalls";

    private GapIds() {
    }
}
