package io.rapport.journey.ui.internal;

import io.rapport.journey.core.JourneyAssessment;
import io.rapport.journey.core.JourneyAssessment.CriterionResult;
import io.rapport.journey.core.JourneyModel;
import io.rapport.journey.ui.JourneyIds;
import io.rapport.ui.common.widgets.WidgetNames;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** What the next stage takes: the unmet criteria of the dimensions that hold the organisation back. */
final class NextStepsTable {
    private final Table table;

    NextStepsTable(Composite parent) {
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setData(WidgetNames.KEY, JourneyIds.NEXT_STEPS);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        String[] headings = {"Dimension", "Criterion", "Now", "Target"};
        int[] widths = {150, 300, 90, 70};
        for (int i = 0; i < headings.length; i++) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(headings[i]);
            c.setWidth(widths[i]);
        }
    }

    Control control() {
        return table;
    }

    void show(JourneyModel model, JourneyAssessment a) {
        table.removeAll();
        for (CriterionResult r : a.nextSteps()) {
            TableItem item = new TableItem(table, SWT.NONE);
            String dimension = model.dimensions().stream().filter(d -> d.id().equals(r.criterion().dimension()))
                    .map(JourneyModel.Dimension::label).findFirst().orElse(r.criterion().dimension());
            item.setText(new String[] {dimension, r.criterion().label(), Texts.value(r), r.target()});
            item.setData(r);
        }
    }

    void clear() {
        table.removeAll();
    }
}
