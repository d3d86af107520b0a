package io.rapport.gap.ui.internal;

import io.rapport.gap.core.ExpectationGap;
import io.rapport.gap.core.GapReport;
import io.rapport.gap.ui.GapIds;
import io.rapport.ui.common.InteractionRef;
import io.rapport.ui.common.export.Exporter;
import io.rapport.ui.common.export.PngExport;
import io.rapport.ui.common.widgets.Card;
import io.rapport.ui.common.widgets.ResponsivePage;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The view's page, scrolled as a whole: the matrix across the top, the importance-performance chart and the
 * picked cell's details side by side (one above the other when narrow), then the rows' editor and the typical
 * shortfalls.
 */
final class GapView {
    private static final int TWO_COLUMNS = 880;
    private static final int MIN_WIDTH = 520;

    private final ResponsivePage page;
    private final Card matrixCard;
    private final ScaleLegend legend;
    private final GapMatrix matrix;
    private final ImportancePerformanceChart chart;
    private final CellDetail detail;
    private final RowEditor editor;
    private final ShortfallsTable shortfalls;

    /**
     * @param picked       told the matrix cell picked (the channel is {@code null} for a total's column)
     * @param wantEvidence asked for an indicator's evidence in the picked cell
     * @param open         told an evidence interaction to open
     */
    GapView(Composite parent, Exporter exporter, BiConsumer<ExpectationGap, String> picked,
            Consumer<String> wantEvidence, Consumer<InteractionRef> open, RowEditor.Edits edits) {
        page = new ResponsivePage(parent, TWO_COLUMNS, MIN_WIDTH);
        Composite cards = page.page();

        matrixCard = new Card(cards, "Gap matrix", "Each expectation on each channel: gap = importance / 5 \u00d7"
                + " max(0, target \u2212 performance); rows ranked by their gap over all channels");
        matrixCard.nameNote(GapIds.PERIOD_SHOWN);
        Composite matrixBody = new Composite(matrixCard.body(), SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        matrixBody.setLayout(layout);
        legend = new ScaleLegend(matrixBody);
        GridData legendData = new GridData(SWT.LEFT, SWT.TOP, false, false);
        legendData.widthHint = legend.size().x;
        legendData.heightHint = legend.size().y;
        legend.control().setLayoutData(legendData);
        matrix = new GapMatrix(matrixBody, picked);
        matrix.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        matrixCard.export("CSV\u2026", "Export the matrix (rows by channels, gaps and performance) as CSV",
                GapIds.MATRIX_CSV, () -> exporter.csv("the gap matrix", "gap-matrix",
                        () -> matrix.shown() == null ? null : GapCsv.matrix(matrix.shown())));
        page.place(matrixCard, 2, 370);

        Card chartCard = new Card(cards, "Importance and performance", "One point per expectation (its rank):"
                + " performance across, importance up, split at the mean target and the mean importance");
        chart = new ImportancePerformanceChart(chartCard.body());
        chartCard.export("PNG\u2026", "Save the chart as a PNG picture", GapIds.CHART_PNG,
                () -> exporter.png("the importance-performance chart", "gap-importance-performance",
                        this::chartPicture));
        page.place(chartCard, 1, 360);

        Card detailCard = new Card(cards, "Cell", "The indicators behind the picked cell and the interactions"
                + " they are based on");
        detail = new CellDetail(detailCard.body(), wantEvidence, open);
        page.place(detailCard, 1, 360);

        Card editorCard = new Card(cards, "Expectations", "The rows of the matrix, kept in the project: every"
                + " change is saved at once and can be undone (Ctrl+Z, Ctrl+Y)");
        editor = new RowEditor(editorCard.body(), edits);
        page.place(editorCard, 2, 330);

        Card shortfallsCard = new Card(cards, "Typical shortfalls", "What companies typically provide instead"
                + " (CMO Council, Chess Media Group), as the indicators that measure it");
        shortfalls = new ShortfallsTable(shortfallsCard.body());
        page.place(shortfallsCard, 2, 250);
        page.fit();
        clear();
    }

    Control control() {
        return page.control();
    }

    GapMatrix matrix() {
        return matrix;
    }

    CellDetail detail() {
        return detail;
    }

    RowEditor editor() {
        return editor;
    }

    void show(GapData data) {
        GapReport r = data.report();
        page.setRedraw(false);
        try {
            matrix.show(r);
            legend.show(matrix.scale());
            matrixCard.note(r.period().from() + " to " + r.period().to() + " against " + r.previousPeriod().from()
                    + " to " + r.previousPeriod().to() + "; " + r.channels().size() + " channels, sentiment by "
                    + r.sentimentModel() + ". Hover a cell for its performance; pick one for its evidence.");
            chart.show(r);
            shortfalls.show(r);
            editor.show(data.model(), data.indicators(), data.surveyItems());
            page.relayout();
        } finally {
            page.setRedraw(true);
        }
    }

    void clear() {
        matrix.show(null);
        legend.show(matrix.scale());
        matrixCard.note("");
        chart.show(null);
        detail.clear();
        shortfalls.show(null);
        editor.show(null, java.util.List.of(), java.util.List.of());
    }

    private ImageData chartPicture() {
        GapReport r = matrix.shown();
        chart.title("Importance and performance" + (r == null ? "" : " \u2014 " + r.period().from() + " to "
                + r.period().to()));
        chart.control().update();
        try {
            return PngExport.capture(chart.control());
        } finally {
            chart.title(null);
        }
    }
}
