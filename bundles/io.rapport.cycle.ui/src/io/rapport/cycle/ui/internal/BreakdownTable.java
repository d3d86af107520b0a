package io.rapport.cycle.ui.internal;

import io.rapport.cycle.core.Grouping;
import io.rapport.cycle.core.MetricsReport;
import io.rapport.cycle.core.ResponseMetrics;
import io.rapport.cycle.ui.DashboardIds;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import java.util.EnumMap;
import java.util.Map;

/**
 * The response metrics behind the charts, exactly: one row per channel, month or responder's department, and the
 * total last.
 */
final class BreakdownTable extends Composite {
    static final String TOTAL = "Total";
    private static final Map<Grouping, String> LABELS = Map.of(Grouping.CHANNEL, "Channel", Grouping.MONTH, "Month",
            Grouping.DEPARTMENT, "Responder's department");
    private static final Grouping[] ORDER = {Grouping.CHANNEL, Grouping.MONTH, Grouping.DEPARTMENT};

    private final Combo grouping;
    private final Table table;
    private final Map<Grouping, MetricsReport> reports = new EnumMap<>(Grouping.class);

    BreakdownTable(Composite parent) {
        super(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        setLayout(layout);
        new Label(this, SWT.NONE).setText("By");
        grouping = new Combo(this, SWT.READ_ONLY);
        grouping.setData(DashboardIds.WIDGET_KEY, DashboardIds.BREAKDOWN_GROUPING);
        for (Grouping g : ORDER) {
            grouping.add(LABELS.get(g).toLowerCase(java.util.Locale.ROOT));
        }
        grouping.select(0);
        grouping.addListener(SWT.Selection, e -> refill());
        table = new Table(this, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setData(DashboardIds.WIDGET_KEY, DashboardIds.BREAKDOWN);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        TableColumn key = new TableColumn(table, SWT.LEFT);
        key.setWidth(170);
        for (MetricColumns.Column c : MetricColumns.ALL) {
            TableColumn column = new TableColumn(table, SWT.RIGHT);
            column.setText(c.heading());
            column.setToolTipText(c.heading());
            column.setWidth(Math.max(90, c.heading().length() * 7));
        }
        refill();
    }

    void show(MetricsReport byChannel, MetricsReport byMonth, MetricsReport byDepartment) {
        reports.clear();
        reports.put(Grouping.CHANNEL, byChannel);
        reports.put(Grouping.MONTH, byMonth);
        reports.put(Grouping.DEPARTMENT, byDepartment);
        refill();
    }

    void clear() {
        reports.clear();
        refill();
    }

    /** The grouping picked now. */
    Grouping grouping() {
        return ORDER[Math.max(0, grouping.getSelectionIndex())];
    }

    /** The report shown now, or null before the first computation. */
    MetricsReport shown() {
        return reports.get(grouping());
    }

    private void refill() {
        table.setRedraw(false);
        try {
            table.removeAll();
            table.getColumn(0).setText(LABELS.get(grouping()));
            MetricsReport report = shown();
            if (report != null) {
                report.groups().forEach(m -> row(m.key(), m));
                TableItem total = row(TOTAL, report.total());
                total.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
            }
            for (TableColumn column : table.getColumns()) {
                column.pack();
            }
        } finally {
            table.setRedraw(true);
        }
    }

    private TableItem row(String key, ResponseMetrics m) {
        TableItem item = new TableItem(table, SWT.NONE);
        item.setText(0, key == null ? "(none)" : key);
        for (int i = 0; i < MetricColumns.ALL.size(); i++) {
            item.setText(i + 1, MetricColumns.ALL.get(i).shown().apply(m));
        }
        return item;
    }
}
