package io.rapport.hierarchy.ui.internal;

import io.rapport.hierarchy.core.BenchmarkDistribution;
import io.rapport.hierarchy.core.HierarchyReport;
import io.rapport.hierarchy.ui.HierarchyIds;
import io.rapport.ui.common.export.Exporter;
import io.rapport.ui.common.export.PngExport;
import io.rapport.ui.common.widgets.Card;
import io.rapport.ui.common.widgets.ResponsivePage;
import io.rapport.ui.common.widgets.WidgetNames;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import java.util.List;
import java.util.function.Consumer;

/**
 * The view's page, scrolled as a whole: the key figures across the top, the pyramid and the segments next to the
 * benchmarks side by side (one above the other when narrow), then the breakdown, the respondents and the
 * instrument.
 */
final class HierarchyView {
    private static final int TWO_COLUMNS = 900;
    private static final int MIN_WIDTH = 460;

    private final ResponsivePage page;
    private final KeyFigures figures;
    private final Card pyramidCard;
    private final PyramidChart pyramid;
    private final Card segmentsCard;
    private final SegmentBars segments;
    private final BreakdownTable breakdown;
    private HierarchyReport shown;

    /**
     * @param pickedAttribute told when the user picks another breakdown attribute
     * @param respondents     builds the respondents' panel into its card
     * @param instrument      builds the instrument editor into its card
     */
    HierarchyView(Composite parent, Exporter exporter, List<BenchmarkDistribution> benchmarks,
            Consumer<String> pickedAttribute, Consumer<Card> respondents, Consumer<Card> instrument) {
        page = new ResponsivePage(parent, TWO_COLUMNS, MIN_WIDTH);
        Composite cards = page.page();
        figures = new KeyFigures(cards, benchmarks);
        page.place(figures.control(), 2, SWT.DEFAULT);

        pyramidCard = new Card(cards, "Engagement hierarchy", "The levels from rational loyalty at the base up:"
                + " the share of scored respondents who climb to each level (every level below passed too), and the"
                + " share who pass it on its own");
        pyramid = new PyramidChart(pyramidCard.body());
        pyramid.control().setData(WidgetNames.KEY, HierarchyIds.PYRAMID);
        pyramidCard.export("CSV\u2026", "Export the levels' numbers as CSV", HierarchyIds.PYRAMID_CSV,
                () -> exporter.csv("the levels", "hierarchy-levels", () -> shown == null ? null
                        : HierarchyCsv.levels(shown)));
        pyramidCard.export("PNG\u2026", "Save the pyramid as a PNG picture", HierarchyIds.PYRAMID_PNG,
                () -> exporter.png("the pyramid", "hierarchy-pyramid", () -> picture(pyramid::title,
                        pyramid.control(), "Engagement hierarchy")));
        page.place(pyramidCard, 1, 260);

        segmentsCard = new Card(cards, "Segments against the benchmarks", "The four segments of the scored "
                + "respondents, next to the published distributions of world-class and average organisations");
        segments = new SegmentBars(segmentsCard.body());
        segments.control().setData(WidgetNames.KEY, HierarchyIds.SEGMENTS);
        segmentsCard.export("CSV\u2026", "Export the segments and the benchmarks as CSV", HierarchyIds.SEGMENTS_CSV,
                () -> exporter.csv("the segments", "hierarchy-segments", () -> shown == null ? null
                        : HierarchyCsv.segments(shown)));
        segmentsCard.export("PNG\u2026", "Save the segments chart as a PNG picture", HierarchyIds.SEGMENTS_PNG,
                () -> exporter.png("the segments chart", "hierarchy-segments", () -> picture(segments::title,
                        segments.control(), "Segments against the benchmarks")));
        page.place(segmentsCard, 1, 260);

        Card breakdownCard = new Card(cards, "Breakdown", "The segments per value of an attribute of the responses");
        breakdownCard.note(BreakdownTable.note());
        breakdown = new BreakdownTable(breakdownCard.body(), pickedAttribute);
        breakdownCard.export("CSV\u2026", "Export the breakdown as CSV", HierarchyIds.BREAKDOWN_CSV,
                () -> exporter.csv("the breakdown", "hierarchy-breakdown", () -> breakdown.shown() == null ? null
                        : HierarchyCsv.breakdown(breakdown.shown())));
        page.place(breakdownCard, 2, 230);

        Card respondentsCard = new Card(cards, "Respondents", "Every respondent with the level reached, the segment,"
                + " the answers as given and the attributes");
        respondents.accept(respondentsCard);
        page.place(respondentsCard, 2, 340);

        Card instrumentCard = new Card(cards, "Instrument", "The project's instrument: levels, items and scale. Rapport"
                + " ships no licensed item wording (such as Gallup's CE11); load your own instrument to use it.");
        instrumentCard.note("Rapport's demo instrument is openly worded. Gallup's CE11 wording is licensed: Rapport"
                + " does not ship it; an organisation that licenses it loads it here as its own instrument.");
        instrument.accept(instrumentCard);
        page.place(instrumentCard, 2, 330);

        page.onColumnsChanged(columns -> figures.columns(columns == 2 ? 4 : 2));
        page.fit();
        clear();
    }

    Control control() {
        return page.control();
    }

    HierarchyReport shown() {
        return shown;
    }

    void show(HierarchyData data) {
        shown = data.report();
        page.setRedraw(false);
        try {
            figures.show(shown);
            pyramid.show(shown.levels());
            pyramidCard.note(shown.ruleDescription());
            segments.show("This survey (" + Texts.count(shown.scored()) + ")", shown.segments(),
                    shown.benchmarks());
            segmentsCard.note(shown.benchmarks().isEmpty() ? "" : "Benchmarks: " + String.join("; ",
                    shown.benchmarks().stream().map(b -> b.label() + " \u2014 " + b.source()).toList()));
            breakdown.attributes(data.attributes(), shown.breakdown() == null ? null
                    : shown.breakdown().attribute());
            breakdown.show(shown.breakdown());
            page.relayout();
        } finally {
            page.setRedraw(true);
        }
    }

    /** The attribute the breakdown is picked for, or {@code null}. */
    String attribute() {
        return breakdown.attribute();
    }

    void clear() {
        shown = null;
        figures.clear();
        pyramid.show(List.of());
        pyramidCard.note("");
        segments.clear();
        segmentsCard.note("");
        breakdown.show(null);
    }

    /** The chart drawn with its heading for the picture, as the user sees it otherwise. */
    private static ImageData picture(Consumer<String> title, Control chart,
            String heading) {
        title.accept(heading);
        chart.update();
        try {
            return PngExport.capture(chart);
        } finally {
            title.accept(null);
        }
    }
}
