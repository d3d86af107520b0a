package io.rapport.journey.ui.internal;

import io.rapport.journey.core.JourneyAssessment;
import io.rapport.journey.core.JourneyAssessment.DimensionResult;
import io.rapport.journey.core.JourneyModel;
import io.rapport.journey.core.JourneySnapshot;
import io.rapport.journey.ui.JourneyIds;
import io.rapport.ui.common.export.CsvTable;
import io.rapport.ui.common.export.Exporter;
import io.rapport.ui.common.export.PngExport;
import io.rapport.ui.common.widgets.Card;
import io.rapport.ui.common.widgets.KpiTile;
import io.rapport.ui.common.widgets.ResponsivePage;
import io.rapport.ui.common.widgets.WidgetNames;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The view's page: the overall stage and what the next stage needs, the map, the criteria of the selected cell
 * (attestations editable, with Undo and Redo), the next steps and the history of kept snapshots.
 */
final class JourneyView {
    private static final int TWO_COLUMNS = 900;
    private static final int MIN_WIDTH = 520;

    private final ResponsivePage page;
    private final KpiTile overall;
    private final KpiTile next;
    private final JourneyGrid grid;
    private final Card criteriaCard;
    private final CriteriaTable criteria;
    private final NextStepsTable nextSteps;
    private final HistoryChart history;
    private final Button undo;
    private final Button redo;
    private JourneyData shown;
    private String selectedDimension;
    private String selectedStage;

    /**
     * @param edited      told each attestation edit the user makes
     * @param undoRedo    Undo (true) or Redo (false) pressed
     * @param projectName the project's name, for the HTML summary
     */
    JourneyView(Composite parent, Exporter exporter, Consumer<AttestationEdit> edited, Consumer<Boolean> undoRedo,
            Supplier<String> projectName) {
        page = new ResponsivePage(parent, TWO_COLUMNS, MIN_WIDTH);
        Composite cards = page.page();
        Composite tiles = new Composite(cards, SWT.NONE);
        GridLayout tilesLayout = new GridLayout(2, true);
        tilesLayout.marginWidth = 0;
        tilesLayout.marginHeight = 0;
        tiles.setLayout(tilesLayout);
        overall = new KpiTile(tiles, JourneyIds.OVERALL, "Overall stage", "The lowest stage any dimension has"
                + " reached: an organisation moves as far as its weakest dimension lets it", List.of());
        overall.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        next = new KpiTile(tiles, JourneyIds.NEXT, "To the next stage", "Criteria still unmet in the dimensions"
                + " that stand at the overall stage", List.of());
        next.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        page.place(tiles, 2, SWT.DEFAULT);

        Card mapCard = new Card(cards, "Journey map", "Dimensions down, stages across: filled as far as each"
                + " dimension has come, its current stage darker; the overall stage is marked over its column."
                + " Hover a cell for its criteria; click it to see and answer them below.");
        grid = new JourneyGrid(mapCard.body(), this::cellSelected);
        mapCard.export("PNG\u2026", "Save the map as a PNG picture", JourneyIds.MAP_PNG, () -> exporter.png(
                "the journey map", "journey-map", () -> {
                    grid.title(shown == null ? "" : shown.model().label() + " as of " + shown.assessment().asOf());
                    grid.control().update();
                    try {
                        return PngExport.capture(grid.control());
                    } finally {
                        grid.title(null);
                    }
                }));
        mapCard.export("HTML\u2026", "Save a one-page HTML summary: the map, next steps, criteria and history",
                JourneyIds.HTML_SUMMARY, () -> exporter.text("the journey summary", "journey-summary", "html",
                        () -> shown == null ? null : SummaryHtml.write(projectName.get(), shown.model(),
                                shown.assessment(), shown.snapshots())));
        page.place(mapCard, 2, 300);

        criteriaCard = new Card(cards, "Criteria", "What the selected cell asks: evidence from the data with its"
                + " value and target, or an attestation you answer (click its 'Now' cell)");
        Composite criteriaBody = new Composite(criteriaCard.body(), SWT.NONE);
        GridLayout criteriaLayout = new GridLayout(3, false);
        criteriaLayout.marginWidth = 0;
        criteriaBody.setLayout(criteriaLayout);
        criteria = new CriteriaTable(criteriaBody, edited);
        criteria.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        undo = button(criteriaBody, "Undo", JourneyIds.UNDO, () -> undoRedo.accept(true));
        redo = button(criteriaBody, "Redo", JourneyIds.REDO, () -> undoRedo.accept(false));
        page.place(criteriaCard, 2, 260);

        Card nextCard = new Card(cards, "Next steps", "The unmet criteria between the overall stage and the next");
        nextSteps = new NextStepsTable(nextCard.body());
        page.place(nextCard, 1, 240);

        Card historyCard = new Card(cards, "History", "The overall stage of each kept snapshot, by its day");
        history = new HistoryChart(historyCard.body());
        history.control().setData(WidgetNames.KEY, JourneyIds.HISTORY);
        historyCard.export("CSV\u2026", "Export the kept snapshots as CSV", JourneyIds.HISTORY_CSV,
                () -> exporter.csv("the journey history", "journey-history", this::historyTable));
        page.place(historyCard, 1, 240);

        page.fit();
        clear();
    }

    private static Button button(Composite parent, String text, String id, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setData(WidgetNames.KEY, id);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    Control control() {
        return page.control();
    }

    /** The criteria table, for tests in this package (a cell editor's combo is what a user clicks). */
    CriteriaTable criteria() {
        return criteria;
    }

    /** Selects a cell of the map, as a click on it does. */
    void select(String dimension, String stage) {
        grid.select(dimension, stage);
    }

    JourneyData shown() {
        return shown;
    }

    void show(JourneyData data) {
        shown = data;
        JourneyModel model = data.model();
        JourneyAssessment a = data.assessment();
        page.setRedraw(false);
        try {
            overall.show(a.overall().label(), "stage " + (model.position(a.overall().id()) + 1) + " of "
                    + model.stages().size() + " of " + model.label() + ", as of " + a.asOf());
            next.show(a.next() == null ? "\u2014" : Integer.toString(a.nextSteps().size()), a.next() == null
                    ? "every stage is reached" : "unmet criteria to reach " + a.next().label());
            grid.show(model, a);
            nextSteps.show(model, a);
            history.show(model, data.snapshots());
            if (selectedDimension == null || model.position(selectedStage) < 0
                    || model.dimensions().stream().noneMatch(d -> d.id().equals(selectedDimension))) {
                // the first dimension's next stage: where work is to be done
                DimensionResult first = a.dimensions().get(0);
                grid.select(first.dimension().id(), first.next() != null ? first.next().id() : first.stage().id());
            } else {
                grid.select(selectedDimension, selectedStage);
            }
            page.relayout();
        } finally {
            page.setRedraw(true);
        }
    }

    void clear() {
        shown = null;
        overall.show("\u2013", "");
        next.show("\u2013", "");
        grid.clear();
        criteria.clear();
        nextSteps.clear();
        history.clear();
    }

    void undoRedo(boolean canUndo, String undoLabel, boolean canRedo, String redoLabel) {
        undo.setEnabled(canUndo);
        undo.setToolTipText(canUndo ? "Undo " + undoLabel : null);
        redo.setEnabled(canRedo);
        redo.setToolTipText(canRedo ? "Redo " + redoLabel : null);
    }

    private void cellSelected(String dimension, String stage) {
        selectedDimension = dimension;
        selectedStage = stage;
        if (shown == null) {
            return;
        }
        shown.assessment().dimensions().stream().filter(d -> d.dimension().id().equals(dimension)).findFirst()
                .ifPresent(d -> {
                    criteria.show(shown.model().id(), JourneyGrid.criteria(d, stage));
                    int p = shown.model().position(stage);
                    criteriaCard.note(d.dimension().label() + " \u2014 " + shown.model().stages().get(Math.max(0, p))
                            .label() + (p == 0 ? ": where every organisation starts" : ""));
                });
    }

    private CsvTable historyTable() {
        if (shown == null) {
            return null;
        }
        List<String> header = new ArrayList<>(List.of("as_of", "taken", "overall"));
        shown.model().dimensions().forEach(d -> header.add(d.id()));
        List<List<?>> rows = new ArrayList<>();
        for (JourneySnapshot s : shown.snapshots()) {
            List<Object> row = new ArrayList<>(Arrays.asList(s.asOf(), s.taken(), s.overall()));
            shown.model().dimensions().forEach(d -> row.add(s.stages().get(d.id())));
            rows.add(row);
        }
        return new CsvTable(header, rows);
    }
}
