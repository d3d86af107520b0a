package io.rapport.explorer.ui.internal;

import io.rapport.explorer.core.AnsweredFilter;
import io.rapport.explorer.core.Direction;
import io.rapport.explorer.core.InteractionQuery;
import io.rapport.explorer.core.SentimentFilter;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The filters above the table: channel, kind, a date range (UTC days, each end optional), direction, answered,
 * sentiment and a text search that applies a moment after the typing stops. Tells {@code changed} whenever
 * the filters change; {@link #applyTo} turns them into a query.
 */
final class FilterBar {
    /** How long the search waits for more typing before it applies. */
    static final int SEARCH_DELAY_MS = 350;
    private static final String ALL_CHANNELS = "All channels";
    private static final String ALL_KINDS = "All kinds";

    private final Composite bar;
    private final Runnable changed;
    private final Combo channel;
    private final Combo kind;
    private final Button fromEnabled;
    private final DateTime from;
    private final Button toEnabled;
    private final DateTime to;
    private final Combo direction;
    private final Combo answered;
    private final Combo sentiment;
    private final Text search;
    private final Runnable searchNow;

    FilterBar(Composite parent, Runnable changed) {
        this.changed = changed;
        bar = new Composite(parent, SWT.NONE);
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.center = true;
        layout.wrap = true;
        layout.spacing = 6;
        bar.setLayout(layout);

        channel = combo(ALL_CHANNELS);
        kind = combo(ALL_KINDS);
        fromEnabled = check("From");
        from = date();
        toEnabled = check("to");
        to = date();
        direction = combo("Inbound and outbound", "Inbound (customers)", "Outbound (ours)");
        answered = combo("Answered or not", "Addressed to us, responded", "Addressed to us, unanswered");
        sentiment = combo("Any sentiment", "Negative", "Neutral", "Positive");
        search = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage("Search text or author");
        search.setLayoutData(new RowData(220, SWT.DEFAULT));
        searchNow = () -> {
            if (!search.isDisposed()) {
                changed.run();
            }
        };
        search.addModifyListener(e -> {
            bar.getDisplay().timerExec(-1, searchNow);
            bar.getDisplay().timerExec(SEARCH_DELAY_MS, searchNow);
        });
        search.addListener(SWT.DefaultSelection, e -> {
            bar.getDisplay().timerExec(-1, searchNow);
            changed.run();
        });
        Button reset = new Button(bar, SWT.PUSH);
        reset.setText("Reset");
        reset.setToolTipText("Show every interaction");
        reset.addListener(SWT.Selection, e -> reset());

        from.addListener(SWT.Selection, e -> datesChanged(true));
        to.addListener(SWT.Selection, e -> datesChanged(false));
        from.setEnabled(false);
        to.setEnabled(false);
    }

    Control control() {
        return bar;
    }

    /**
     * The channels and kinds to choose from (of the open project), keeping what is chosen if still there, and
     * the project's first and last day as the dates an unchecked end starts from ({@code null}: none).
     */
    void setChoices(List<String> channels, List<String> kinds, LocalDate first, LocalDate last) {
        setItems(channel, ALL_CHANNELS, channels);
        setItems(kind, ALL_KINDS, kinds);
        if (first != null && !fromEnabled.getSelection()) {
            from.setDate(first.getYear(), first.getMonthValue() - 1, first.getDayOfMonth());
        }
        if (last != null && !toEnabled.getSelection()) {
            to.setDate(last.getYear(), last.getMonthValue() - 1, last.getDayOfMonth());
        }
        bar.layout(true, true);
    }

    /** The query with these filters and {@code sorted}'s order. */
    InteractionQuery applyTo(InteractionQuery sorted) {
        return new InteractionQuery(chosen(channel), chosen(kind),
                fromEnabled.getSelection() ? day(from) : null, toEnabled.getSelection() ? day(to) : null,
                Direction.values()[direction.getSelectionIndex()],
                AnsweredFilter.values()[answered.getSelectionIndex()],
                SentimentFilter.values()[sentiment.getSelectionIndex()], search.getText(), sorted.sortBy(),
                sorted.ascending());
    }

    /** Takes every interaction again. */
    void reset() {
        for (Combo c : List.of(channel, kind, direction, answered, sentiment)) {
            c.select(0);
        }
        fromEnabled.setSelection(false);
        toEnabled.setSelection(false);
        from.setEnabled(false);
        to.setEnabled(false);
        bar.getDisplay().timerExec(-1, searchNow);
        search.setText("");
        bar.getDisplay().timerExec(-1, searchNow);
        changed.run();
    }

    Combo channelCombo() {
        return channel;
    }

    Text searchText() {
        return search;
    }

    private Combo combo(String... items) {
        Combo c = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        c.setItems(items);
        c.select(0);
        c.addListener(SWT.Selection, e -> changed.run());
        return c;
    }

    private Button check(String text) {
        Button b = new Button(bar, SWT.CHECK);
        b.setText(text);
        b.addListener(SWT.Selection, e -> {
            (b == fromEnabled ? from : to).setEnabled(b.getSelection());
            changed.run();
        });
        return b;
    }

    private DateTime date() {
        return new DateTime(bar, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
    }

    /** Keeps the range the right way round: moving one end past the other moves the other along. */
    private void datesChanged(boolean fromMoved) {
        if (day(to).isBefore(day(from))) {
            DateTime other = fromMoved ? to : from;
            LocalDate d = day(fromMoved ? from : to);
            other.setDate(d.getYear(), d.getMonthValue() - 1, d.getDayOfMonth());
        }
        if ((fromMoved ? fromEnabled : toEnabled).getSelection()) {
            changed.run();
        }
    }

    private static LocalDate day(DateTime d) {
        return LocalDate.of(d.getYear(), d.getMonth() + 1, d.getDay());
    }

    private static Set<String> chosen(Combo c) {
        return c.getSelectionIndex() <= 0 ? Set.of() : Set.of(c.getItem(c.getSelectionIndex()));
    }

    private static void setItems(Combo c, String all, List<String> values) {
        String chosen = c.getSelectionIndex() <= 0 ? null : c.getItem(c.getSelectionIndex());
        List<String> items = new ArrayList<>();
        items.add(all);
        items.addAll(values);
        c.setItems(items.toArray(String[]::new));
        int index = chosen == null ? 0 : items.indexOf(chosen);
        c.select(Math.max(0, index));
    }
}
