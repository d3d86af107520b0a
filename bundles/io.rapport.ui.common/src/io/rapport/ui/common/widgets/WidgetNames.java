package io.rapport.ui.common.widgets;

/**
 * How Rapport's views name the widgets a user reads or uses: each named widget carries its name as
 * {@code widget.getData(KEY)}, so that UI tests (and tools that drive the workbench) find what a user sees
 * without depending on the layout. A view's own names are unique within its part.
 */
public final class WidgetNames {
    /** The key of {@code Widget.getData(String)} under which named widgets carry their name. */
    public static final String KEY = "io.rapport.widget";

    /**
     * The label saying what a view shows ({@link StatusLine}): while computing its {@link #STATE_KEY} data is
     * {@link #STATE_COMPUTING}, afterwards {@link #STATE_READY}, {@link #STATE_FAILED}, {@link #STATE_CANCELLED}
     * or {@link #STATE_NO_PROJECT}.
     */
    public static final String STATUS = "status";
    /** The link next to the status: "Cancel" while computing, "Refresh" otherwise. */
    public static final String STATUS_ACTION = "status.action";
    public static final String STATE_KEY = "io.rapport.state";
    public static final String STATE_COMPUTING = "computing";
    public static final String STATE_READY = "ready";
    public static final String STATE_FAILED = "failed";
    public static final String STATE_CANCELLED = "cancelled";
    public static final String STATE_NO_PROJECT = "noProject";

    private WidgetNames() {
    }
}
