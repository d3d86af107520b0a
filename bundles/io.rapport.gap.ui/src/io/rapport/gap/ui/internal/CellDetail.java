package io.rapport.gap.ui.internal;

import io.rapport.gap.core.ChannelMeasurement;
import io.rapport.gap.core.Evidence;
import io.rapport.gap.core.ExpectationGap;
import io.rapport.gap.core.GapCell;
import io.rapport.gap.core.GapReport;
import io.rapport.gap.core.IndicatorResult;
import io.rapport.gap.core.Measurement;
import io.rapport.gap.ui.GapIds;
import io.rapport.ui.common.InteractionRef;
import io.rapport.ui.common.widgets.WidgetNames;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The picked cell's details: each indicator behind it with its value, basis (numerator of denominator), the
 * previous period's value and its formula; and the evidence of the indicator picked there (the first one by
 * default): the interactions of its basis, those that did not count first. Double-click or Enter on one opens it
 * in the Interactions view.
 */
final class CellDetail {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);

    private final Composite panel;
    private final Label title;
    private final Table indicators;
    private final Label evidenceTitle;
    private final Table evidence;
    private final Consumer<String> wantEvidence;

    /**
     * @param wantEvidence asked for the evidence of an indicator of the cell shown
     * @param open         told the interaction to open
     */
    CellDetail(Composite parent, Consumer<String> wantEvidence, Consumer<InteractionRef> open) {
        this.wantEvidence = wantEvidence;
        panel = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        panel.setLayout(layout);
        title = new Label(panel, SWT.WRAP);
        title.setData(WidgetNames.KEY, GapIds.CELL);
        title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        indicators = table(GapIds.CELL_INDICATORS, 90);
        column(indicators, "Indicator", SWT.LEFT, 190);
        column(indicators, "Value", SWT.RIGHT, 60);
        column(indicators, "Basis", SWT.RIGHT, 90);
        column(indicators, "Previous", SWT.RIGHT, 110);
        column(indicators, "Formula", SWT.LEFT, 600);
        indicators.addListener(SWT.Selection, e -> {
            if (e.item != null && e.item.getData() != null) {
                wantEvidence.accept((String) e.item.getData());
            }
        });
        evidenceTitle = new Label(panel, SWT.NONE);
        evidenceTitle.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        evidence = table(GapIds.EVIDENCE, 150);
        column(evidence, "Created (UTC)", SWT.LEFT, 120);
        column(evidence, "Counted", SWT.LEFT, 95);
        column(evidence, "Text", SWT.LEFT, 700);
        evidence.setToolTipText("Double-click or press Enter to open the interaction in the Interactions view");
        evidence.addListener(SWT.DefaultSelection, e -> {
            if (e.item != null && e.item.getData() instanceof InteractionRef ref) {
                open.accept(ref);
            }
        });
        clear();
    }

    private Table table(String id, int height) {
        Table t = new Table(panel, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        t.setData(WidgetNames.KEY, id);
        t.setHeaderVisible(true);
        t.setLinesVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = height;
        t.setLayoutData(data);
        return t;
    }

    private static void column(Table table, String text, int align, int width) {
        TableColumn c = new TableColumn(table, align);
        c.setText(text);
        c.setWidth(width);
    }

    Composite control() {
        return panel;
    }

    void clear() {
        title.setText("Pick a cell of the matrix to see the indicators and the interactions behind it.");
        indicators.removeAll();
        evidence.removeAll();
        evidenceTitle.setText("");
        panel.layout(true);
    }

    /** Shows the cell of {@code row} on {@code channel} and asks for the first indicator's evidence. */
    void show(GapReport report, ExpectationGap row, String channel, Map<String, String> labels) {
        indicators.removeAll();
        evidence.removeAll();
        GapCell cell = GapCsv.cell(row, channel);
        title.setText(row.expectation().label() + " on " + channel + ": "
                + (cell == null || cell.gap() == null ? "not measured"
                        : "gap " + GapTexts.points(cell.gap()) + ", performance " + GapTexts.points(cell
                                .performance()) + " against a target of " + GapTexts.points(row.expectation()
                                        .target()) + ", importance " + GapTexts.importance(row.importance()))
                + (row.notes().isEmpty() ? "" : "  \u2014 " + String.join("; ", row.notes())));
        Map<String, Measurement> measured = cell == null ? Map.of() : cell.indicators();
        for (String id : row.expectation().indicators()) {
            Measurement m = measured.get(id);
            Measurement previous = previous(report, id, channel);
            IndicatorResult result = result(report, id);
            TableItem item = new TableItem(indicators, SWT.NONE);
            item.setData(id);
            item.setText(new String[] {labels.getOrDefault(id, id), m == null ? GapTexts.UNDEFINED
                    : GapTexts.points(m.value()), m == null ? "" : basis(m), previous == null ? GapTexts.UNDEFINED
                            : GapTexts.points(previous.value()) + (previous.denominator() > 0 ? " (" + basis(previous)
                                    + ")" : ""), result == null ? "not installed" : result.indicator().formula()
                                            + (m == null || m.note().isEmpty() ? "" : " \u2014 " + m.note())});
        }
        panel.layout(true, true);
        if (indicators.getItemCount() > 0) {
            indicators.select(0);
            wantEvidence.accept((String) indicators.getItem(0).getData());
        } else {
            evidenceTitle.setText("No indicator is bound to this expectation: bind one in the rows below.");
        }
    }

    void loadingEvidence(String indicatorLabel) {
        evidence.removeAll();
        evidenceTitle.setText("Reading the interactions behind " + indicatorLabel + "\u2026");
    }

    void evidence(String indicatorLabel, List<Evidence> found, int limit) {
        evidence.setRedraw(false);
        try {
            evidence.removeAll();
            for (Evidence e : found) {
                TableItem item = new TableItem(evidence, SWT.NONE);
                item.setData(new InteractionRef(e.channel(), e.sourceId()));
                item.setText(new String[] {WHEN.format(e.createdAt()), e.counted() ? "counted" : "not counted",
                        e.text() == null ? "" : e.text().replaceAll("\\s+", " ")});
                if (!e.counted()) {
                    item.setForeground(1, evidence.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
                }
            }
        } finally {
            evidence.setRedraw(true);
        }
        evidenceTitle.setText(found.isEmpty() ? "No interaction behind " + indicatorLabel + " here."
                : "Interactions behind " + indicatorLabel + (found.size() >= limit ? " (the first " + limit + ")"
                        : " (" + found.size() + ")") + ": those that did not count first; double-click to open one");
    }

    void evidenceFailed(String message) {
        evidence.removeAll();
        evidenceTitle.setText(message);
    }

    private static String basis(Measurement m) {
        return GapTexts.count(m.numerator()) + " / " + GapTexts.count(m.denominator());
    }

    private static IndicatorResult result(GapReport report, String id) {
        return report.indicators().stream().filter(i -> i.indicator().id().equals(id)).findFirst().orElse(null);
    }

    private static Measurement previous(GapReport report, String id, String channel) {
        IndicatorResult result = result(report, id);
        if (result == null) {
            return null;
        }
        return result.channels().stream().filter(c -> c.channel().equals(channel)).map(ChannelMeasurement::previous)
                .findFirst().orElse(null);
    }
}
