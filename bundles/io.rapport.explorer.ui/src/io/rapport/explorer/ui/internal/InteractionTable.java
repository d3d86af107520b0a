package io.rapport.explorer.ui.internal;

import io.rapport.explorer.core.InteractionRow;
import io.rapport.explorer.core.ResponseStatus;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.coordinate.PositionCoordinate;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultCornerDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultRowHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.SelectionModel;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectRowsCommand;
import org.eclipse.nebula.widgets.nattable.selection.config.DefaultRowSelectionLayerConfiguration;
import org.eclipse.nebula.widgets.nattable.selection.event.CellSelectionEvent;
import org.eclipse.nebula.widgets.nattable.selection.event.RowSelectionEvent;
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.eclipse.nebula.widgets.nattable.sort.config.SingleClickSortConfiguration;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;

import java.util.function.LongConsumer;

/**
 * The interactions as a NatTable over {@link PagedRows}: only the visible cells are computed, so a million
 * rows cost what a screenful does. Headers sort through {@link QuerySortModel}; one row is selected at a time;
 * our messages are blue, unanswered and negative cells red, positive ones green.
 */
final class InteractionTable {
    private static final String OURS = "rapport.ours";
    private static final String UNANSWERED = "rapport.unanswered";
    private static final String NEGATIVE = "rapport.negative";
    private static final String POSITIVE = "rapport.positive";

    private final NatTable natTable;
    private final SelectionLayer selection;
    private final PagedRows rows;
    private boolean selecting;

    /** @param rowSelected told the index of a row the user selects */
    InteractionTable(Composite parent, PagedRows rows, QuerySortModel sortModel, LongConsumer rowSelected) {
        this.rows = rows;
        DataLayer body = new DataLayer(rows);
        InteractionColumn[] columns = InteractionColumn.values();
        for (InteractionColumn c : columns) {
            body.setColumnWidthByPosition(c.ordinal(), c.width());
        }
        body.setConfigLabelAccumulator((labels, column, row) -> {
            InteractionRow r = rows.row(row);
            if (r == null) {
                return;
            }
            if (r.ours()) {
                labels.add(OURS);
            } else if (column == InteractionColumn.STATUS.ordinal() && r.status() == ResponseStatus.UNANSWERED) {
                labels.add(UNANSWERED);
            }
            if (column == InteractionColumn.SENTIMENT.ordinal()) {
                String c = Formats.sentimentClass(r.sentiment(), r.negative());
                if (!c.equals("neutral")) {
                    labels.add(c.equals("negative") ? NEGATIVE : POSITIVE);
                }
            }
        });
        selection = new SelectionLayer(body, false);
        selection.setSelectionModel(new SelectionModel(selection, false));
        selection.addConfiguration(new DefaultRowSelectionLayerConfiguration());
        ViewportLayer viewport = new ViewportLayer(selection);

        IDataProvider headers = new IDataProvider() {
            @Override
            public Object getDataValue(int column, int row) {
                return InteractionColumn.at(column).header();
            }

            @Override
            public void setDataValue(int column, int row, Object value) {
                throw new UnsupportedOperationException();
            }

            @Override
            public int getColumnCount() {
                return columns.length;
            }

            @Override
            public int getRowCount() {
                return 1;
            }
        };
        ColumnHeaderLayer columnHeader = new ColumnHeaderLayer(new DataLayer(headers), viewport, selection);
        SortHeaderLayer<InteractionRow> sortHeader = new SortHeaderLayer<>(columnHeader, sortModel, false);
        IDataProvider rowNumbers = new DefaultRowHeaderDataProvider(rows);
        DataLayer rowNumberData = new DataLayer(rowNumbers, 64, 20);
        RowHeaderLayer rowHeader = new RowHeaderLayer(rowNumberData, viewport, selection);
        CornerLayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(headers, rowNumbers)),
                rowHeader, sortHeader);
        GridLayer grid = new GridLayer(viewport, sortHeader, rowHeader, corner);

        natTable = new NatTable(parent, SWT.NO_BACKGROUND | SWT.DOUBLE_BUFFERED | SWT.V_SCROLL | SWT.H_SCROLL,
                grid, false);
        DefaultNatTableStyleConfiguration defaults = new DefaultNatTableStyleConfiguration();
        defaults.hAlign = HorizontalAlignmentEnum.LEFT;
        natTable.addConfiguration(defaults);
        natTable.addConfiguration(new SingleClickSortConfiguration());
        natTable.addConfiguration(new Styles());
        natTable.configure();

        selection.addLayerListener(event -> {
            if (!selecting && (event instanceof RowSelectionEvent || event instanceof CellSelectionEvent)) {
                PositionCoordinate anchor = selection.getSelectionAnchor();
                if (anchor.getRowPosition() >= 0) {
                    rowSelected.accept(selection.getRowIndexByPosition(anchor.getRowPosition()));
                }
            }
        });
    }

    NatTable control() {
        return natTable;
    }

    /** After {@link PagedRows#reset}: the new row count, nothing selected. */
    void rowsReplaced() {
        selection.clear();
        natTable.refresh();
    }

    /** After {@link PagedRows#setCount}: more rows, the selection kept. */
    void rowCountChanged() {
        natTable.refresh();
    }

    /** After a page arrived. */
    void redraw() {
        natTable.redraw();
    }

    /** Selects and shows a row without telling the selection listener (the caller knows what it selected). */
    void select(long index) {
        if (index < 0 || index >= rows.getRowCount()) {
            return;
        }
        selecting = true;
        try {
            selection.doCommand(new SelectRowsCommand(selection, 0, (int) index, false, false));
        } finally {
            selecting = false;
        }
    }

    /** The index of the selected row, or -1. */
    long selectedRow() {
        return selection.getSelectedRowPositions().stream().findFirst()
                .map(range -> (long) selection.getRowIndexByPosition(range.start)).orElse(-1L);
    }

    private static final class Styles extends AbstractRegistryConfiguration {
        @Override
        public void configureRegistry(IConfigRegistry registry) {
            register(registry, OURS, new Color(0x1a, 0x4f, 0x9c));
            register(registry, UNANSWERED, new Color(0xb0, 0x1c, 0x1c));
            register(registry, NEGATIVE, new Color(0xb0, 0x1c, 0x1c));
            register(registry, POSITIVE, new Color(0x1d, 0x7a, 0x32));
        }

        private static void register(IConfigRegistry registry, String label, Color foreground) {
            Style style = new Style();
            style.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR, foreground);
            registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style, DisplayMode.NORMAL, label);
        }
    }
}
