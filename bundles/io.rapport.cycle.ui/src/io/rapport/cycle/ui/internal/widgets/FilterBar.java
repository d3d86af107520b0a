package io.rapport.cycle.ui.internal.widgets;

import io.rapport.cycle.core.AnalysisFilter;
import io.rapport.cycle.ui.DashboardIds;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The filters that apply to everything on the dashboard: an optional first and last day (UTC, inclusive) and the
 * channels (none ticked = all). Each change reports the new filter; an end before the start is refused with a
 * message instead.
 */
public final class FilterBar extends Composite {
    private static final String ALL = "All channels";

    private final Consumer<AnalysisFilter> onChange;
    private final Button fromEnabled;
    private final DateTime from;
    private final Button toEnabled;
    private final DateTime to;
    private final Button channelButton;
    private final Menu channelMenu;
    private final Label problem;
    private final Set<String> selected = new TreeSet<>();
    private AnalysisFilter current = AnalysisFilter.all();

    public FilterBar(Composite parent, Consumer<AnalysisFilter> onChange) {
        super(parent, SWT.NONE);
        this.onChange = onChange;
        GridLayout layout = new GridLayout(6, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        setLayout(layout);
        fromEnabled = check("From", DashboardIds.FROM_ENABLED);
        from = date(DashboardIds.FROM);
        toEnabled = check("To", DashboardIds.TO_ENABLED);
        to = date(DashboardIds.TO);
        channelButton = new Button(this, SWT.PUSH);
        channelButton.setData(DashboardIds.WIDGET_KEY, DashboardIds.CHANNELS);
        channelButton.setToolTipText("The channels the dashboard looks at");
        channelMenu = new Menu(channelButton);
        channelButton.setMenu(channelMenu);
        channelButton.addListener(SWT.Selection, e -> {
            Point below = channelButton.toDisplay(0, channelButton.getSize().y);
            channelMenu.setLocation(below);
            channelMenu.setVisible(true);
        });
        problem = new Label(this, SWT.NONE);
        problem.setForeground(getDisplay().getSystemColor(SWT.COLOR_RED));
        problem.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        // exclude the empty message from the layout, so that it takes no room until there is one
        ((GridData) problem.getLayoutData()).exclude = true;
        setProject(List.of(), null, null);
    }

    /**
     * Starts over for a project: every channel, the whole period (the dates start at its first and last day,
     * unticked).
     */
    public void setProject(List<String> channels, LocalDate first, LocalDate last) {
        selected.clear();
        fillChannelMenu(channels);
        fromEnabled.setSelection(false);
        toEnabled.setSelection(false);
        setDate(from, first == null ? LocalDate.now() : first);
        setDate(to, last == null ? LocalDate.now() : last);
        from.setEnabled(false);
        to.setEnabled(false);
        problem("");
        current = AnalysisFilter.all();
        showChannels();
    }

    /**
     * The project now has these channels (after an import): the ticked ones that still exist stay ticked, the
     * dates stay. Does not report a change: the caller recomputes anyway.
     */
    public void updateChannels(List<String> channels) {
        selected.retainAll(channels);
        fillChannelMenu(channels);
        current = current.withChannels(selected);
        showChannels();
    }

    private void fillChannelMenu(List<String> channels) {
        for (MenuItem item : channelMenu.getItems()) {
            item.dispose();
        }
        MenuItem all = new MenuItem(channelMenu, SWT.CHECK);
        all.setText(ALL);
        all.addListener(SWT.Selection, e -> {
            selected.clear();
            channelsChanged();
        });
        new MenuItem(channelMenu, SWT.SEPARATOR);
        for (String channel : channels) {
            MenuItem item = new MenuItem(channelMenu, SWT.CHECK);
            item.setText(channel);
            item.addListener(SWT.Selection, e -> {
                if (item.getSelection()) {
                    selected.add(channel);
                } else {
                    selected.remove(channel);
                }
                channelsChanged();
            });
        }
    }

    /** The filter as last validly set. */
    public AnalysisFilter filter() {
        return current;
    }

    private void channelsChanged() {
        showChannels();
        changed();
    }

    private void showChannels() {
        MenuItem[] items = channelMenu.getItems();
        for (MenuItem item : items) {
            if ((item.getStyle() & SWT.CHECK) != 0) {
                item.setSelection(item.getText().equals(ALL) ? selected.isEmpty() : selected.contains(item.getText()));
            }
        }
        String text = selected.isEmpty() ? ALL
                : selected.size() <= 2 ? String.join(", ", selected) : selected.size() + " channels";
        channelButton.setText(text + " \u25be");
        channelButton.setToolTipText(selected.isEmpty() ? "All channels" : String.join(", ", selected));
        getParent().layout(new org.eclipse.swt.widgets.Control[] {channelButton});
    }

    private void changed() {
        from.setEnabled(fromEnabled.getSelection());
        to.setEnabled(toEnabled.getSelection());
        if (fromEnabled.getSelection() && toEnabled.getSelection() && date(to).isBefore(date(from))) {
            problem("The end date is before the start date.");
            return;
        }
        problem("");
        AnalysisFilter changed = new AnalysisFilter(fromEnabled.getSelection() ? date(from) : null,
                toEnabled.getSelection() ? date(to) : null, selected);
        // GTK's date widget also reports programmatic changes, later: only real changes count
        if (!changed.equals(current)) {
            current = changed;
            onChange.accept(current);
        }
    }

    private void problem(String message) {
        problem.setText(message);
        ((GridData) problem.getLayoutData()).exclude = message.isEmpty();
        problem.setVisible(!message.isEmpty());
        getParent().layout(new org.eclipse.swt.widgets.Control[] {problem});
    }

    private Button check(String text, String id) {
        Button b = new Button(this, SWT.CHECK);
        b.setText(text);
        b.setData(DashboardIds.WIDGET_KEY, id);
        b.addListener(SWT.Selection, e -> changed());
        return b;
    }

    private DateTime date(String id) {
        DateTime d = new DateTime(this, SWT.DATE | SWT.DROP_DOWN | SWT.MEDIUM);
        d.setData(DashboardIds.WIDGET_KEY, id);
        d.setToolTipText("UTC day, inclusive");
        d.addListener(SWT.Selection, e -> changed());
        return d;
    }

    private static LocalDate date(DateTime d) {
        return LocalDate.of(d.getYear(), d.getMonth() + 1, d.getDay());
    }

    private static void setDate(DateTime d, LocalDate date) {
        d.setDate(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
    }
}
