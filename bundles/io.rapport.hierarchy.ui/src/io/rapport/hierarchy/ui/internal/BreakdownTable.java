package io.rapport.hierarchy.ui.internal;

import io.rapport.core.survey.Segment;
import io.rapport.hierarchy.core.Breakdown;
import io.rapport.hierarchy.core.EngagementHierarchy;
import io.rapport.hierarchy.core.SegmentCount;
import io.rapport.hierarchy.ui.HierarchyIds;
import io.rapport.ui.common.widgets.WidgetNames;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The segments per value of one attribute: counts and shares, the ratio, and small groups greyed with a note,
 * so that a group of twelve is not read like a group of twelve hundred.
 */
final class BreakdownTable extends Composite {
    /** What the combo shows when the survey has no attribute. */
    private static final String NONE = "(no attribute)";
    private final Combo attribute;
    private final Table table;
    private Breakdown shown;

    /** @param picked told the attribute the user picks */
    BreakdownTable(Composite parent, Consumer<String> picked) {
        super(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        setLayout(layout);
        new Label(this, SWT.NONE).setText("By");
        attribute = new Combo(this, SWT.READ_ONLY);
        attribute.setData(WidgetNames.KEY, HierarchyIds.BREAKDOWN_ATTRIBUTE);
        attribute.addListener(SWT.Selection, e -> picked.accept(attribute()));
        table = new Table(this, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setData(WidgetNames.KEY, HierarchyIds.BREAKDOWN);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        column("Value", SWT.LEFT, 150);
        column("Scored", SWT.RIGHT, 80);
        column("Not scored", SWT.RIGHT, 90);
        for (Segment s : Segment.values()) {
            column(s.label(), SWT.RIGHT, 130);
        }
        column("Ratio", SWT.RIGHT, 80);
        attributes(List.of(), null);
    }

    private void column(String text, int align, int width) {
        TableColumn c = new TableColumn(table, align);
        c.setText(text);
        c.setWidth(width);
    }

    /** The attributes to pick from; keeps {@code selected} (or the first) picked. */
    void attributes(List<String> names, String selected) {
        attribute.removeAll();
        if (names.isEmpty()) {
            attribute.add(NONE);
            attribute.select(0);
            attribute.setEnabled(false);
            return;
        }
        attribute.setEnabled(true);
        names.forEach(attribute::add);
        int index = selected == null ? 0 : Math.max(0, names.indexOf(selected));
        attribute.select(index);
    }

    /** The attribute picked, or {@code null} when the survey has none. */
    String attribute() {
        return attribute.isEnabled() && attribute.getSelectionIndex() >= 0 ? attribute.getText() : null;
    }

    Breakdown shown() {
        return shown;
    }

    void show(Breakdown breakdown) {
        shown = breakdown;
        table.setRedraw(false);
        try {
            table.removeAll();
            if (breakdown == null) {
                return;
            }
            table.getColumn(0).setText(capitalised(breakdown.attribute()));
            for (Breakdown.Group g : breakdown.groups()) {
                List<String> cells = new ArrayList<>();
                cells.add(g.value() == null ? "(none given)" : g.value());
                cells.add(Texts.count(g.respondents()) + (g.small() ? " (small)" : ""));
                cells.add(Texts.count(g.notScored()));
                for (SegmentCount s : g.segments()) {
                    cells.add(Texts.percent(s.share()) + "  (" + Texts.count(s.count()) + ")");
                }
                cells.add(Texts.ratio(g.engagementRatio()));
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(cells.toArray(String[]::new));
                if (g.small()) {
                    item.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
                }
            }
        } finally {
            table.setRedraw(true);
        }
    }

    /** The line over the table: what "small" means. */
    static String note() {
        return "Groups with fewer than " + EngagementHierarchy.SMALL_GROUP + " scored respondents are marked small"
                + " and greyed: their shares move a lot with one respondent more or less.";
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
