package io.rapport.gap.ui.internal;

import io.rapport.gap.core.ExpectationGap;
import io.rapport.gap.core.GapCell;
import io.rapport.gap.core.GapReport;
import io.rapport.gap.ui.GapIds;
import io.rapport.ui.common.widgets.WidgetNames;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The matrix: one row per expectation (in rank order until a heading is clicked), its totals (importance,
 * target, performance, gap, change against the previous period with an arrow), then one column per channel whose
 * cell shows the gap on a background coloured by {@link GapScale}, the performance in its tooltip. A plain SWT
 * Table rather than NatTable: a matrix has a dozen rows and a handful of channels, so virtual rows buy nothing,
 * while the native table brings keyboard navigation, accessibility and column sorting for free; per-cell
 * colours need no custom painting, only the selected row's highlight (kept off the coloured cells) and the
 * picked cell's frame do. Click a cell (or move with Left/Right)
 * to pick it; the listener hears the row and the channel ({@code null} for the totals' columns).
 */
final class GapMatrix {
    /** The columns before the channels. */
    private static final String[] TOTALS = {"#", "Expectation", "Importance", "Target", "Performance", "Gap",
        "Change"};
    private static final int FIRST_CHANNEL = TOTALS.length;
    private static final int LABEL = 1;
    private static final int GAP = 5;

    private final Table table;
    private final BiConsumer<ExpectationGap, String> picked;
    private GapReport shown;
    private List<ExpectationGap> rows = List.of();
    private GapScale scale = new GapScale(0);
    /** The sorting column (−1 = rank) and direction. */
    private int sortColumn = -1;
    private boolean descending;
    private int pickedColumn = -1;

    GapMatrix(Composite parent, BiConsumer<ExpectationGap, String> picked) {
        this.picked = picked;
        // no FULL_SELECTION: the selected row's highlight would hide its cells' colours
        table = new Table(parent, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setData(WidgetNames.KEY, GapIds.MATRIX);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.addListener(SWT.MouseDown, this::clicked);
        table.addListener(SWT.KeyDown, this::key);
        table.addListener(SWT.Selection, e -> pick(pickedColumn));
        table.addListener(SWT.MouseMove, this::hover);
        table.addListener(SWT.EraseItem, this::keepColours);
        table.addListener(SWT.PaintItem, this::framePicked);
        columns(List.of());
    }

    Table control() {
        return table;
    }

    GapReport shown() {
        return shown;
    }

    GapScale scale() {
        return scale;
    }

    void show(GapReport report) {
        String pickedId = pickedRow() == null ? null : pickedRow().expectation().id();
        String pickedChannel = pickedChannel();
        shown = report;
        if (report == null) {
            rows = List.of();
            scale = new GapScale(0);
            table.removeAll();
            pickedColumn = -1;
            return;
        }
        double largest = 0;
        for (ExpectationGap r : report.rows()) {
            for (GapCell c : r.cells()) {
                largest = c.gap() == null ? largest : Math.max(largest, c.gap());
            }
        }
        scale = new GapScale(largest);
        if (!currentColumns().equals(report.channels())) {
            columns(report.channels());
            sortColumn = sortColumn >= FIRST_CHANNEL ? -1 : sortColumn;
        }
        fill();
        int channelIndex = pickedChannel == null ? -1 : report.channels().indexOf(pickedChannel);
        pickedColumn = channelIndex < 0 ? -1 : FIRST_CHANNEL + channelIndex;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).expectation().id().equals(pickedId)) {
                table.setSelection(i);
            }
        }
    }

    /** The row picked, or {@code null}. */
    ExpectationGap pickedRow() {
        int i = table.getSelectionIndex();
        return i < 0 || i >= rows.size() ? null : rows.get(i);
    }

    /** The channel of the cell picked, or {@code null} when a total's column (or nothing) is picked. */
    String pickedChannel() {
        return shown == null || pickedColumn < FIRST_CHANNEL || pickedColumn - FIRST_CHANNEL >= shown.channels()
                .size() ? null : shown.channels().get(pickedColumn - FIRST_CHANNEL);
    }

    private List<String> currentColumns() {
        List<String> channels = new ArrayList<>();
        for (int i = FIRST_CHANNEL; i < table.getColumnCount(); i++) {
            channels.add((String) table.getColumn(i).getData());
        }
        return channels;
    }

    private void columns(List<String> channels) {
        for (TableColumn c : table.getColumns()) {
            c.dispose();
        }
        int[] widths = {36, 230, 85, 60, 95, 60, 80};
        for (int i = 0; i < TOTALS.length; i++) {
            column(TOTALS[i], null, i == LABEL ? SWT.LEFT : SWT.RIGHT, widths[i], i);
        }
        for (int i = 0; i < channels.size(); i++) {
            column(channels.get(i), channels.get(i), SWT.CENTER, 92, FIRST_CHANNEL + i);
        }
    }

    private void column(String text, String channel, int align, int width, int index) {
        TableColumn c = new TableColumn(table, align);
        c.setText(text);
        c.setWidth(width);
        c.setData(channel);
        c.setToolTipText(tip(index));
        c.addListener(SWT.Selection, e -> sortBy(index));
    }

    private static String tip(int index) {
        return switch (index) {
            case 0 -> "Rank: 1 = the largest gap; click to sort by rank";
            case LABEL -> "What customers expect; click to sort by name";
            case 2 -> "Importance 1\u20135: the analyst's weight or a survey item's mean answer";
            case 3 -> "The performance 0\u2013100 aimed at";
            case 4 -> "Performance over all channels, weighted by each cell's basis";
            case GAP -> "Gap = importance / 5 \u00d7 max(0, target \u2212 performance); click to sort by gap";
            case 6 -> "Change of the gap against the previous period: \u25b2 wider, \u25bc narrower";
            default -> "The gap on this channel; click to sort by it";
        };
    }

    /** Sorts by a column: the rank, the name, the gap or a channel's gap (largest first); again to reverse. */
    private void sortBy(int column) {
        int key = column == 0 || column == 2 || column == 3 || column == 4 || column == 6 ? -1 : column;
        descending = key == sortColumn && !descending;
        sortColumn = key;
        ExpectationGap keep = pickedRow();
        fill();
        if (keep != null) {
            table.setSelection(rows.indexOf(keep));
        }
        TableColumn sorted = key < 0 ? table.getColumn(0) : table.getColumn(key);
        table.setSortColumn(sorted);
        table.setSortDirection(descending ? SWT.UP : SWT.DOWN);
    }

    private Comparator<ExpectationGap> order() {
        Comparator<ExpectationGap> byRank = Comparator.comparingInt(ExpectationGap::rank);
        Comparator<ExpectationGap> order;
        if (sortColumn == LABEL) {
            order = Comparator.comparing(r -> r.expectation().label(), String.CASE_INSENSITIVE_ORDER);
        } else if (sortColumn == GAP) {
            order = byGap(r -> r.gap());
        } else if (sortColumn >= FIRST_CHANNEL) {
            String channel = (String) table.getColumn(sortColumn).getData();
            order = byGap(r -> {
                GapCell c = GapCsv.cell(r, channel);
                return c == null ? null : c.gap();
            });
        } else {
            order = byRank;
        }
        return descending ? order.reversed() : order;
    }

    /** Largest gap first, undefined gaps last, ties by rank. */
    private static Comparator<ExpectationGap> byGap(java.util.function.Function<ExpectationGap, Double> gap) {
        return Comparator.comparing(gap, Comparator.nullsLast(Comparator.<Double>reverseOrder()))
                .thenComparingInt(ExpectationGap::rank);
    }

    private void fill() {
        rows = shown == null ? List.of() : shown.rows().stream().sorted(order()).toList();
        table.setRedraw(false);
        try {
            table.removeAll();
            for (ExpectationGap r : rows) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setData(r.expectation().id());
                List<String> texts = new ArrayList<>(List.of(Integer.toString(r.rank()), r.expectation().label(),
                        GapTexts.importance(r.importance()), GapTexts.points(r.expectation().target()),
                        GapTexts.points(r.performance()), GapTexts.points(r.gap()), GapTexts.change(r.change())));
                for (String channel : shown.channels()) {
                    GapCell c = GapCsv.cell(r, channel);
                    texts.add(GapTexts.points(c == null ? null : c.gap()));
                }
                item.setText(texts.toArray(String[]::new));
                item.setBackground(GAP, scale.color(r.gap()));
                colourText(item, GAP, r.gap());
                for (int i = 0; i < shown.channels().size(); i++) {
                    GapCell c = GapCsv.cell(r, shown.channels().get(i));
                    Double gap = c == null ? null : c.gap();
                    item.setBackground(FIRST_CHANNEL + i, scale.color(gap));
                    colourText(item, FIRST_CHANNEL + i, gap);
                }
                if (r.change() != null && Math.abs(r.change()) > 0.05) {
                    item.setForeground(6, table.getDisplay().getSystemColor(r.change() > 0 ? SWT.COLOR_DARK_RED
                            : SWT.COLOR_DARK_GREEN));
                }
                if (!r.notes().isEmpty()) {
                    item.setForeground(LABEL, table.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
                }
            }
        } finally {
            table.setRedraw(true);
        }
    }

    private void colourText(TableItem item, int column, Double gap) {
        if (gap != null) {
            RGB rgb = scale.rgb(gap);
            item.setForeground(column, table.getDisplay().getSystemColor(GapScale.dark(rgb) ? SWT.COLOR_WHITE
                    : SWT.COLOR_BLACK));
        }
    }

    /** Picks the cell under the pointer; the row follows through the table's own selection. */
    private void clicked(Event e) {
        TableItem item = table.getItem(new Point(e.x, e.y));
        if (item == null) {
            return;
        }
        for (int c = 0; c < table.getColumnCount(); c++) {
            if (item.getBounds(c).contains(e.x, e.y)) {
                table.setSelection(item);
                pick(c);
                return;
            }
        }
    }

    /** Left and Right move the picked cell along the row. */
    private void key(Event e) {
        if (shown == null || e.keyCode != SWT.ARROW_LEFT && e.keyCode != SWT.ARROW_RIGHT) {
            return;
        }
        int last = FIRST_CHANNEL + shown.channels().size() - 1;
        int next = pickedColumn < FIRST_CHANNEL ? FIRST_CHANNEL
                : pickedColumn + (e.keyCode == SWT.ARROW_RIGHT ? 1 : -1);
        pick(Math.max(FIRST_CHANNEL, Math.min(last, next)));
        e.doit = false;
    }

    private void pick(int column) {
        pickedColumn = column;
        table.redraw();
        ExpectationGap row = pickedRow();
        if (row != null) {
            picked.accept(row, pickedChannel());
        }
    }

    private void hover(Event e) {
        TableItem item = table.getItem(new Point(e.x, e.y));
        String tip = null;
        if (item != null && shown != null) {
            ExpectationGap row = rows.get(table.indexOf(item));
            for (int c = FIRST_CHANNEL; c < table.getColumnCount(); c++) {
                if (item.getBounds(c).contains(e.x, e.y)) {
                    tip = cellTip(row, (String) table.getColumn(c).getData());
                }
            }
            if (tip == null && !row.notes().isEmpty()) {
                tip = String.join("\n", row.notes());
            }
        }
        if (!java.util.Objects.equals(tip, table.getToolTipText())) {
            table.setToolTipText(tip);
        }
    }

    static String cellTip(ExpectationGap row, String channel) {
        GapCell c = GapCsv.cell(row, channel);
        if (c == null || c.performance() == null) {
            return row.expectation().label() + " on " + channel + ": not measured (nothing to base it on)";
        }
        return row.expectation().label() + " on " + channel + ": performance " + GapTexts.points(c.performance())
                + " against a target of " + GapTexts.points(row.expectation().target()) + ", gap "
                + GapTexts.points(c.gap()) + " (based on " + GapTexts.count(c.basis()) + " interactions)";
    }

    /**
     * The selected row is highlighted in its number and name only: a highlight across the coloured cells would
     * hide the very gaps the user picked the row to look at.
     */
    private void keepColours(Event e) {
        if (e.index > LABEL && (e.detail & SWT.SELECTED) != 0) {
            e.detail &= ~(SWT.SELECTED | SWT.HOT);
        }
    }

    /** Frames the picked cell, so that the user sees which cell the details are about. */
    private void framePicked(Event e) {
        if (e.index != pickedColumn || pickedColumn < FIRST_CHANNEL || table.indexOf((TableItem) e.item) != table
                .getSelectionIndex()) {
            return;
        }
        Rectangle r = ((TableItem) e.item).getBounds(e.index);
        Color old = e.gc.getForeground();
        e.gc.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
        e.gc.setLineWidth(2);
        e.gc.drawRectangle(r.x + 1, r.y + 1, r.width - 3, r.height - 3);
        e.gc.setForeground(old);
    }
}
