package io.rapport.cycle.ui.internal;

import io.rapport.cycle.core.WorklistItem;
import io.rapport.cycle.ui.DashboardIds;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.coordinate.Range;
import org.eclipse.nebula.widgets.nattable.data.IColumnPropertyAccessor;
import org.eclipse.nebula.widgets.nattable.data.ListDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultColumnHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.CompositeLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.LayerUtil;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.tooltip.NatTableContentTooltip;
import org.eclipse.nebula.widgets.nattable.ui.matcher.KeyEventMatcher;
import org.eclipse.nebula.widgets.nattable.ui.matcher.MouseEventMatcher;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The unanswered negative interactions, oldest first, in a NatTable (only visible rows are drawn). Double-click
 * or Enter opens the conversation of a row.
 */
final class WorklistTable {
    private record Column(String heading, int percent, Function<WorklistItem, String> text) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("Created", 13, i -> Formats.timestamp(i.createdAt())),
            new Column("Channel", 9, WorklistItem::channel),
            new Column("Author", 13, i -> i.authorHandle() == null ? "" : i.authorHandle()),
            new Column("Text", 51, i -> i.text() == null ? "" : i.text().replaceAll("\\s+", " ").strip()),
            new Column("Sentiment", 7, i -> i.sentiment() == null ? ""
                    : String.format(Locale.getDefault(Locale.Category.FORMAT), "%.2f", i.sentiment())),
            new Column("Rating", 7, i -> i.rating() == null ? "" : i.rating().toString()));

    private final List<WorklistItem> rows = new ArrayList<>();
    private final NatTable table;
    private final DataLayer body;
    private final SelectionLayer selection;

    WorklistTable(Composite parent, Consumer<WorklistItem> open) {
        body = new DataLayer(new ListDataProvider<>(rows, new Accessor()));
        body.setColumnPercentageSizing(true);
        for (int i = 0; i < COLUMNS.size(); i++) {
            body.setColumnWidthPercentageByPosition(i, COLUMNS.get(i).percent());
        }
        selection = new SelectionLayer(body);
        ViewportLayer viewport = new ViewportLayer(selection);
        String[] headings = COLUMNS.stream().map(Column::heading).toArray(String[]::new);
        ColumnHeaderLayer header = new ColumnHeaderLayer(new DataLayer(new DefaultColumnHeaderDataProvider(headings)),
                viewport, selection);
        CompositeLayer grid = new CompositeLayer(1, 2);
        grid.setChildLayer(GridRegion.COLUMN_HEADER, header, 0, 0);
        grid.setChildLayer(GridRegion.BODY, viewport, 0, 1);
        table = new NatTable(parent, SWT.NO_BACKGROUND | SWT.DOUBLE_BUFFERED | SWT.V_SCROLL | SWT.H_SCROLL, grid,
                false);
        DefaultNatTableStyleConfiguration style = new DefaultNatTableStyleConfiguration();
        style.hAlign = HorizontalAlignmentEnum.LEFT;
        table.addConfiguration(style);
        table.configure();
        table.setData(DashboardIds.WIDGET_KEY, DashboardIds.WORKLIST);
        new NatTableContentTooltip(table, GridRegion.BODY);
        table.getUiBindingRegistry().registerDoubleClickBinding(MouseEventMatcher.bodyLeftClick(SWT.NONE),
                (natTable, event) -> {
                    int index = LayerUtil.convertRowPosition(natTable, natTable.getRowPositionByY(event.y), body);
                    if (index >= 0 && index < rows.size()) {
                        open.accept(rows.get(index));
                    }
                });
        table.getUiBindingRegistry().registerKeyBinding(new KeyEventMatcher(SWT.NONE, SWT.CR),
                (natTable, event) -> selectedRow().ifPresent(open));
    }

    NatTable control() {
        return table;
    }

    void show(List<WorklistItem> items) {
        rows.clear();
        rows.addAll(items);
        selection.clear();
        table.refresh();
    }

    private java.util.Optional<WorklistItem> selectedRow() {
        for (Range r : selection.getSelectedRowPositions()) {
            int index = selection.getRowIndexByPosition(r.start);
            if (index >= 0 && index < rows.size()) {
                return java.util.Optional.of(rows.get(index));
            }
        }
        return java.util.Optional.empty();
    }

    /** Cells are the texts the table shows. */
    private static final class Accessor implements IColumnPropertyAccessor<WorklistItem> {
        @Override
        public Object getDataValue(WorklistItem row, int column) {
            return COLUMNS.get(column).text().apply(row);
        }

        @Override
        public void setDataValue(WorklistItem row, int column, Object value) {
            throw new UnsupportedOperationException("the worklist is read-only");
        }

        @Override
        public int getColumnCount() {
            return COLUMNS.size();
        }

        @Override
        public String getColumnProperty(int column) {
            return COLUMNS.get(column).heading();
        }

        @Override
        public int getColumnIndex(String property) {
            for (int i = 0; i < COLUMNS.size(); i++) {
                if (COLUMNS.get(i).heading().equals(property)) {
                    return i;
                }
            }
            return -1;
        }
    }
}
