package io.rapport.cycle.ui;

import io.rapport.ui.common.widgets.WidgetNames;

/**
 * The id of the Engagement Dashboard and the names of its widgets. Each named widget carries its name as
 * {@code widget.getData(WIDGET_KEY)}, so that UI tests (and tools that drive the workbench) find what a user
 * sees without depending on the layout.
 */
public final class DashboardIds {
    /** The PartDescriptor (and part) id, for Show View. */
    public static final String PART = "io.rapport.cycle.ui.part.dashboard";

    /** The key of {@code Widget.getData(String)} under which named widgets carry their name. */
    public static final String WIDGET_KEY = WidgetNames.KEY;

    /** Labels with the big number of each KPI tile. */
    public static final String RESPONSE_RATE = "kpi.responseRate";
    public static final String MEDIAN_FIRST_RESPONSE = "kpi.medianFirstResponse";
    public static final String P90_FIRST_RESPONSE = "kpi.p90FirstResponse";
    public static final String UNANSWERED_NEGATIVE_SHARE = "kpi.unansweredNegativeShare";

    /** Filters: the from/to check boxes and dates, and the button whose menu picks channels. */
    public static final String FROM_ENABLED = "filter.fromEnabled";
    public static final String FROM = "filter.from";
    public static final String TO_ENABLED = "filter.toEnabled";
    public static final String TO = "filter.to";
    public static final String CHANNELS = "filter.channels";

    /**
     * The label saying what the dashboard shows: while computing its {@link #STATE_KEY} data is
     * {@link #STATE_COMPUTING}, afterwards {@link #STATE_READY}, {@link #STATE_FAILED}, {@link #STATE_CANCELLED}
     * or {@link #STATE_NO_PROJECT}.
     */
    public static final String STATUS = WidgetNames.STATUS;
    public static final String STATE_KEY = WidgetNames.STATE_KEY;
    public static final String STATE_COMPUTING = WidgetNames.STATE_COMPUTING;
    public static final String STATE_READY = WidgetNames.STATE_READY;
    public static final String STATE_FAILED = WidgetNames.STATE_FAILED;
    public static final String STATE_CANCELLED = WidgetNames.STATE_CANCELLED;
    public static final String STATE_NO_PROJECT = WidgetNames.STATE_NO_PROJECT;
    /** The link next to the status: "Cancel" while computing, "Refresh" otherwise. */
    public static final String STATUS_ACTION = WidgetNames.STATUS_ACTION;

    /** The breakdown table (SWT Table, a total row last) and the combo that picks its grouping. */
    public static final String BREAKDOWN = "breakdown.table";
    public static final String BREAKDOWN_GROUPING = "breakdown.grouping";

    /** The worklist (a NatTable: row position 0 is the header), the line above it, and its CSV export button. */
    public static final String WORKLIST = "worklist.table";
    public static final String WORKLIST_NOTE = "worklist.note";
    public static final String WORKLIST_EXPORT_CSV = "worklist.exportCsv";

    /**
     * An {@code Integer} in the e4 context (e.g. the application's): how many of the oldest unanswered negative
     * interactions the worklist table holds (default 1,000). Its CSV export always has all of them.
     */
    public static final String WORKLIST_LIMIT = "io.rapport.cycle.ui.worklistLimit";

    private DashboardIds() {
    }
}
