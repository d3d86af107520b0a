package io.rapport.gap.ui.internal;

import io.rapport.gap.core.GapIndicatorDescriptor;
import io.rapport.gap.core.GapModel;
import io.rapport.gap.core.GapReport;

import java.util.List;

/**
 * What one computation of the view delivers.
 *
 * @param model       the project's rows as saved, which the report measures and the editor shows
 * @param report      the matrix of the period asked for against the previous one
 * @param indicators  the installed indicators, to bind rows to
 * @param surveyItems the items of the project's instrument, to take an importance from
 * @param millis      how long it took
 */
record GapData(GapModel model, GapReport report, List<GapIndicatorDescriptor> indicators, List<String> surveyItems,
        long millis) {
    GapData {
        indicators = List.copyOf(indicators);
        surveyItems = List.copyOf(surveyItems);
    }
}
