package io.rapport.hierarchy.ui;

import io.rapport.ui.common.widgets.WidgetNames;

/**
 * The id of the Engagement Hierarchy view and the names of its widgets, carried as
 * {@code widget.getData(}{@link WidgetNames#KEY}{@code )} so that UI tests find what a user sees without
 * depending on the layout. The status line uses {@link WidgetNames#STATUS} and its states.
 */
public final class HierarchyIds {
    /** The PartDescriptor (and part) id, for Show View. */
    public static final String PART = "io.rapport.hierarchy.ui.part.hierarchy";

    /** The combo of installed scoring rules (labels), and the button that imports a survey. */
    public static final String RULE = "rule";
    public static final String IMPORT = "import";

    /** Labels with the big number of each key figure. */
    public static final String ENGAGEMENT_RATIO = "kpi.engagementRatio";
    public static final String FULLY_ENGAGED = "kpi.fullyEngaged";
    public static final String SCORED = "kpi.scored";
    public static final String REPRODUCIBILITY = "kpi.reproducibility";

    /** The pyramid and the segments chart (canvases), and the CSV/PNG buttons of their cards. */
    public static final String PYRAMID = "pyramid";
    public static final String PYRAMID_CSV = "pyramid.csv";
    public static final String PYRAMID_PNG = "pyramid.png";
    public static final String SEGMENTS = "segments";
    public static final String SEGMENTS_CSV = "segments.csv";
    public static final String SEGMENTS_PNG = "segments.png";

    /** The breakdown: the combo of attributes, the table (a row per value), its CSV button. */
    public static final String BREAKDOWN_ATTRIBUTE = "breakdown.attribute";
    public static final String BREAKDOWN = "breakdown.table";
    public static final String BREAKDOWN_CSV = "breakdown.csv";

    /**
     * The respondents: the table (one page), the segment filter combo, the search field, the line saying which
     * rows are shown, the previous/next page buttons and the CSV button (every matching respondent).
     */
    public static final String RESPONDENTS = "respondents.table";
    public static final String RESPONDENTS_SEGMENT = "respondents.segment";
    public static final String RESPONDENTS_SEARCH = "respondents.search";
    public static final String RESPONDENTS_SHOWN = "respondents.shown";
    public static final String RESPONDENTS_PREVIOUS = "respondents.previous";
    public static final String RESPONDENTS_NEXT = "respondents.next";
    public static final String RESPONDENTS_CSV = "respondents.csv";

    /**
     * The instrument editor: name, scale and top box, the levels and items tables, and its buttons. Saving
     * imports the edited instrument into the project (it must fit the stored answers).
     */
    public static final String INSTRUMENT_NAME = "instrument.name";
    public static final String INSTRUMENT_SCALE_MIN = "instrument.scaleMin";
    public static final String INSTRUMENT_SCALE_MAX = "instrument.scaleMax";
    public static final String INSTRUMENT_TOP_BOX = "instrument.topBox";
    public static final String INSTRUMENT_LEVELS = "instrument.levels";
    public static final String INSTRUMENT_ITEMS = "instrument.items";
    public static final String INSTRUMENT_ADD_ITEM = "instrument.addItem";
    public static final String INSTRUMENT_REMOVE_ITEM = "instrument.removeItem";
    public static final String INSTRUMENT_SAVE = "instrument.save";
    public static final String INSTRUMENT_REVERT = "instrument.revert";
    public static final String INSTRUMENT_OPEN = "instrument.open";
    public static final String INSTRUMENT_EXPORT = "instrument.export";
    /** The line under the editor: unsaved changes, or why the instrument is not valid. */
    public static final String INSTRUMENT_PROBLEM = "instrument.problem";

    private HierarchyIds() {
    }
}
