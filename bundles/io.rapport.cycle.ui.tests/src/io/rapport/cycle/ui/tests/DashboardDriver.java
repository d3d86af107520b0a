package io.rapport.cycle.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.app.ProjectSession;
import io.rapport.cycle.ui.DashboardIds;
import io.rapport.ui.testsupport.ViewDriver;
import io.rapport.ui.testsupport.Widgets;
import io.rapport.ui.testsupport.WorkbenchRun;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Widget;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Drives the Engagement Dashboard of a running workbench as a user does: opens it through Window ▸ Show View,
 * reads what its widgets show, sets filters, presses export buttons. In the UI thread.
 */
final class DashboardDriver {
    static final Duration TIMEOUT = Duration.ofMinutes(3);

    private final WorkbenchRun run;
    private final MApplication app;
    private Composite part;

    DashboardDriver(WorkbenchRun run) {
        this.run = run;
        this.app = run.workbench().getApplication();
    }

    WorkbenchRun run() {
        return run;
    }

    MApplication app() {
        return app;
    }

    MWindow window() {
        return run.window();
    }

    ProjectSession session() {
        return app.getContext().get(ProjectSession.class);
    }

    void waitForProject() {
        assertTrue(run.waitUntil(TIMEOUT, () -> session() != null && session().overview().isPresent()),
                "the workbench opened the project");
    }

    /** Opens the dashboard through the Show View command, as the menu does. */
    Composite open() {
        part = (Composite) run.showView(DashboardIds.PART).getWidget();
        return part;
    }

    /** Closes the dashboard part (removing it, as its close button does). */
    void close() {
        EPartService parts = window().getContext().get(EPartService.class);
        parts.hidePart(parts.findPart(DashboardIds.PART), true);
        part = null;
    }

    Shell shell() {
        return (Shell) window().getWidget();
    }

    Composite part() {
        return part;
    }

    /** The open dashboard as any view is driven. */
    private ViewDriver view() {
        return new ViewDriver(run, part);
    }

    String state() {
        return view().state();
    }

    String status() {
        return view().status();
    }

    /** Presses the link next to the status ("Cancel" while computing, else "Refresh"); returns its text. */
    String statusAction() {
        Link link = named(DashboardIds.STATUS_ACTION, Link.class);
        String text = link.getText();
        link.notifyListeners(SWT.Selection, new Event());
        return text;
    }

    /** Waits until the dashboard shows a finished computation (or a failure, which fails the test). */
    void waitReady() {
        view().waitReady();
    }

    void waitFor(String state) {
        view().waitFor(state);
    }

    /** The big number of a KPI tile. */
    String kpi(String id) {
        return view().text(id);
    }

    /** The breakdown table: each row's cells, the total last. */
    List<List<String>> breakdown() {
        Table table = named(DashboardIds.BREAKDOWN, Table.class);
        List<List<String>> rows = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < table.getColumnCount(); i++) {
                cells.add(item.getText(i));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** Picks the breakdown's grouping: "channel", "month" or "responder's department". */
    void breakdownBy(String grouping) {
        Combo combo = named(DashboardIds.BREAKDOWN_GROUPING, Combo.class);
        int index = Arrays.asList(combo.getItems()).indexOf(grouping);
        assertTrue(index >= 0, "grouping " + grouping + " in " + Arrays.toString(combo.getItems()));
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
    }

    /** Ticks or unticks a channel in the channel menu (as a click on its item does). */
    void channel(String channel) {
        MenuItem item = Arrays.stream(named(DashboardIds.CHANNELS, Button.class).getMenu().getItems())
                .filter(i -> i.getText().equals(channel)).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item for channel " + channel));
        item.setSelection(!item.getSelection());
        item.notifyListeners(SWT.Selection, new Event());
    }

    String channelButtonText() {
        return named(DashboardIds.CHANNELS, Button.class).getText();
    }

    /** Sets the first and last day, or unticks them when null. */
    void period(LocalDate from, LocalDate to) {
        date(DashboardIds.FROM_ENABLED, DashboardIds.FROM, from);
        date(DashboardIds.TO_ENABLED, DashboardIds.TO, to);
    }

    private void date(String checkId, String dateId, LocalDate day) {
        DateTime date = named(dateId, DateTime.class);
        if (day != null) {
            date.setDate(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
        }
        Button check = named(checkId, Button.class);
        check.setSelection(day != null);
        check.notifyListeners(SWT.Selection, new Event());
    }

    NatTable worklist() {
        return named(DashboardIds.WORKLIST, NatTable.class);
    }

    /** The text of a worklist cell; row 0 is the first interaction (below the header). */
    String worklistCell(int column, int row) {
        Object value = worklist().getDataValueByPosition(column, row + 1);
        return value == null ? "" : value.toString();
    }

    void exportWorklist() {
        ToolItem button = named(DashboardIds.WORKLIST_EXPORT_CSV, ToolItem.class);
        button.notifyListeners(SWT.Selection, new Event());
    }

    /** The export buttons of the card titled {@code title}, by text ("CSV…", "PNG…"). */
    ToolItem cardButton(String title, String text) {
        for (Label heading : Widgets.findAll(part, Label.class)) {
            if (title.equals(heading.getText())) {
                for (Control sibling : heading.getParent().getChildren()) {
                    if (sibling instanceof org.eclipse.swt.widgets.ToolBar bar) {
                        for (ToolItem item : bar.getItems()) {
                            if (text.equals(item.getText())) {
                                return item;
                            }
                        }
                    }
                }
            }
        }
        throw new AssertionError("no button " + text + " on the card " + title);
    }

    <T extends Widget> T named(String id, Class<T> type) {
        return view().named(id, type);
    }

    void idle(Duration time) {
        run.idle(time);
    }

    boolean waitUntil(Duration timeout, java.util.function.BooleanSupplier condition) {
        return run.waitUntil(timeout, condition);
    }
}
