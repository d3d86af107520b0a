package io.rapport.gap.ui.internal;

import io.rapport.gap.core.GapPeriod;
import io.rapport.gap.ui.GapIds;
import io.rapport.ui.common.widgets.WidgetNames;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;

import java.time.LocalDate;

/**
 * The period the matrix measures, as {@code rapport gap} takes it: the latest month (the calendar month of the
 * project's latest interaction, against the month before) unless "Latest month" is unchecked, then the UTC days
 * from–to, both inclusive, against as many days just before (a whole calendar month against the month before).
 */
final class PeriodBar {
    private final Button latest;
    private final DateTime from;
    private final DateTime to;
    private final Runnable changed;

    PeriodBar(Composite parent, Runnable changed) {
        this.changed = changed;
        latest = new Button(parent, SWT.CHECK);
        latest.setText("Latest month");
        latest.setToolTipText("The calendar month of the project's latest interaction, against the month before");
        latest.setData(WidgetNames.KEY, GapIds.LATEST_MONTH);
        latest.setSelection(true);
        latest.addListener(SWT.Selection, e -> {
            enable();
            changed.run();
        });
        new Label(parent, SWT.NONE).setText("From");
        from = date(GapIds.FROM);
        new Label(parent, SWT.NONE).setText("to");
        to = date(GapIds.TO);
        enable();
    }

    private DateTime date(String id) {
        DateTime d = new DateTime(latest.getParent(), SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
        d.setData(WidgetNames.KEY, id);
        d.setToolTipText("UTC day, inclusive");
        d.addListener(SWT.Selection, e -> {
            if (!latest.getSelection()) {
                changed.run();
            }
        });
        return d;
    }

    private void enable() {
        from.setEnabled(!latest.getSelection());
        to.setEnabled(!latest.getSelection());
    }

    /** The period asked for: {@code null} for the latest month. */
    GapPeriod period() {
        return latest.getSelection() ? null : new GapPeriod(day(from), day(to));
    }

    /** Says which period is shown (the dates follow the latest month until the user picks their own). */
    void shown(GapPeriod period) {
        if (latest.getSelection()) {
            set(from, period.from());
            set(to, period.to());
        }
    }

    /** Why the dates are not a period (the end before the start), or {@code null}. */
    String problem() {
        return latest.getSelection() || !day(to).isBefore(day(from)) ? null
                : "The last day " + day(to) + " is before the first day " + day(from) + ".";
    }

    private static LocalDate day(DateTime d) {
        return LocalDate.of(d.getYear(), d.getMonth() + 1, d.getDay());
    }

    private static void set(DateTime d, LocalDate day) {
        d.setDate(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
    }
}
