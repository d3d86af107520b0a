package io.rapport.hierarchy.ui.internal;

import io.rapport.hierarchy.core.HierarchyReport;
import io.rapport.hierarchy.core.InstrumentFile;

import java.util.List;

/**
 * What one computation of the view delivers.
 *
 * @param report     the scores under the rule picked, with the breakdown by {@code attribute} (none without)
 * @param attributes the survey's attributes, to pick a breakdown from
 * @param instrument the project's instrument, for the editor; {@code null} without a survey
 * @param millis     how long it took
 */
record HierarchyData(HierarchyReport report, List<String> attributes, InstrumentFile instrument, long millis) {
    HierarchyData {
        attributes = List.copyOf(attributes);
    }
}
