package io.rapport.hierarchy.ui.internal;

import io.rapport.app.ProjectSession;
import io.rapport.core.survey.Segment;
import io.rapport.hierarchy.core.EngagementHierarchy;
import io.rapport.hierarchy.core.RespondentPage;
import io.rapport.hierarchy.core.RespondentQuery;
import io.rapport.hierarchy.core.RespondentQuery.Order;
import io.rapport.hierarchy.ui.HierarchyIds;
import io.rapport.ui.common.export.Exporter;
import io.rapport.ui.common.jobs.LatestComputation;
import io.rapport.ui.common.widgets.Card;
import io.rapport.ui.common.widgets.WidgetNames;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Every respondent, a page at a time: the level each reaches and their segment under the rule picked, their
 * answers and attributes. Filter by segment (or the unscored), search ids and handles, sort by a click on the
 * respondent, level or segment heading, page through; the CSV has every matching respondent. Pages are read in
 * the background, never the whole survey.
 */
final class RespondentsPanel {
    static final int PAGE = 200;
    /** Typing in the search field comes in bursts: wait this long before reading (ms). */
    private static final long SETTLE = 300;
    private static final String[] FIXED = {"Respondent", "Handle", "Level reached", "Segment"};

    private final Composite panel;
    private final Combo segment;
    private final Text search;
    private final Label shownLabel;
    private final Button previous;
    private final Button next;
    private final Table table;
    private final Supplier<EngagementHierarchy> hierarchy;
    private final Supplier<String> rule;
    private final Consumer<String> problem;
    private final LatestComputation<RespondentPage> reading;
    private RespondentPage page;
    private Order order = Order.SURVEY;
    private boolean descending;
    private long offset;
    private List<String> columns = List.of();

    RespondentsPanel(Card card, Exporter exporter, ProjectSession session, Executor ui,
            Supplier<EngagementHierarchy> hierarchy, Supplier<String> rule, Consumer<String> problem) {
        this.hierarchy = hierarchy;
        this.rule = rule;
        this.problem = problem;
        panel = new Composite(card.body(), SWT.NONE);
        panel.setLayout(new GridLayout(6, false));
        new Label(panel, SWT.NONE).setText("Segment");
        segment = new Combo(panel, SWT.READ_ONLY);
        segment.setData(WidgetNames.KEY, HierarchyIds.RESPONDENTS_SEGMENT);
        segment.add("All respondents");
        for (Segment s : Segment.values()) {
            segment.add(s.label());
        }
        segment.add("Not scored");
        segment.select(0);
        segment.addListener(SWT.Selection, e -> first(0));
        search = new Text(panel, SWT.SEARCH | SWT.ICON_CANCEL | SWT.ICON_SEARCH);
        search.setData(WidgetNames.KEY, HierarchyIds.RESPONDENTS_SEARCH);
        search.setMessage("Respondent id or handle");
        GridData searchData = new GridData(SWT.FILL, SWT.CENTER, false, false);
        searchData.widthHint = 200;
        search.setLayoutData(searchData);
        search.addListener(SWT.Modify, e -> first(SETTLE));
        shownLabel = new Label(panel, SWT.NONE);
        shownLabel.setData(WidgetNames.KEY, HierarchyIds.RESPONDENTS_SHOWN);
        shownLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        previous = button("\u25c0 Previous", HierarchyIds.RESPONDENTS_PREVIOUS, () -> move(-PAGE));
        next = button("Next \u25b6", HierarchyIds.RESPONDENTS_NEXT, () -> move(PAGE));
        table = new Table(panel, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setData(WidgetNames.KEY, HierarchyIds.RESPONDENTS);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 6, 1));
        reading = new LatestComputation<>("Reading respondents", session::store, session.rule(),
                ProjectSession.JOB_FAMILY, ui, new Shown());
        card.export("CSV\u2026", "Export every matching respondent (all pages) as CSV", HierarchyIds.RESPONDENTS_CSV,
                () -> new RespondentsExport(session, hierarchy, exporter, ui).export(query(0, PAGE)));
        clear();
    }

    private Button button(String text, String id, Runnable action) {
        Button b = new Button(panel, SWT.PUSH);
        b.setText(text);
        b.setData(WidgetNames.KEY, id);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    Composite control() {
        return panel;
    }

    /** Reads the first page again (a new rule, an import). */
    void reload() {
        first(0);
    }

    void clear() {
        reading.supersede();
        page = null;
        table.removeAll();
        shownLabel.setText("");
        previous.setEnabled(false);
        next.setEnabled(false);
    }

    void dispose() {
        reading.supersede();
    }

    private void first(long delay) {
        offset = 0;
        read(delay);
    }

    private void move(int by) {
        offset = Math.max(0, offset + by);
        read(0);
    }

    private void read(long delay) {
        EngagementHierarchy service = hierarchy.get();
        if (service == null) {
            return;
        }
        RespondentQuery query = query(offset, PAGE);
        shownLabel.setText("Reading\u2026");
        reading.request((store, monitor) -> service.respondents(store, query, monitor), delay);
    }

    private RespondentQuery query(long from, int limit) {
        int s = segment.getSelectionIndex();
        Segment only = s >= 1 && s <= Segment.values().length ? Segment.values()[s - 1] : null;
        boolean notScored = s == Segment.values().length + 1;
        return new RespondentQuery(rule.get(), only, notScored, search.getText(), order, descending, from, limit);
    }

    private void show(RespondentPage newPage) {
        page = newPage;
        List<String> wanted = new ArrayList<>(List.of(FIXED));
        wanted.addAll(newPage.items());
        wanted.addAll(newPage.attributes());
        table.setRedraw(false);
        try {
            if (!wanted.equals(columns)) {
                rebuildColumns(wanted);
            }
            table.removeAll();
            for (RespondentPage.Row r : newPage.rows()) {
                List<String> cells = new ArrayList<>();
                cells.add(r.respondentId());
                cells.add(r.handle() == null ? "" : r.handle());
                cells.add(level(r));
                cells.add(Texts.segment(r.segment()));
                newPage.items().forEach(i -> cells.add(r.answers().containsKey(i) ? r.answers().get(i).toString()
                        : ""));
                newPage.attributes().forEach(a -> cells.add(r.attributes().getOrDefault(a, "")));
                new TableItem(table, SWT.NONE).setText(cells.toArray(String[]::new));
            }
        } finally {
            table.setRedraw(true);
        }
        long last = newPage.offset() + newPage.rows().size();
        shownLabel.setText(newPage.matching() == 0 ? "No respondent matches"
                : "Respondents " + Texts.count(newPage.rows().isEmpty() ? 0 : newPage.offset() + 1) + "\u2013"
                        + Texts.count(last) + " of " + Texts.count(newPage.matching()));
        previous.setEnabled(newPage.offset() > 0);
        next.setEnabled(last < newPage.matching());
        panel.layout(new org.eclipse.swt.widgets.Control[] {shownLabel});
    }

    private static String level(RespondentPage.Row r) {
        if (r.reached() == null) {
            return "not scored";
        }
        return r.reached() == 0 ? "none" : r.reached() + " " + r.levelId();
    }

    private void rebuildColumns(List<String> wanted) {
        for (TableColumn c : table.getColumns()) {
            c.dispose();
        }
        for (int i = 0; i < wanted.size(); i++) {
            boolean answer = i >= FIXED.length && i < FIXED.length + page.items().size();
            TableColumn c = new TableColumn(table, answer ? SWT.RIGHT : SWT.LEFT);
            c.setText(wanted.get(i));
            c.setWidth(i < FIXED.length ? 130 : 60);
            Order sortedBy = switch (i) {
                case 0 -> Order.ID;
                case 2 -> Order.LEVEL;
                case 3 -> Order.SEGMENT;
                default -> null;
            };
            if (sortedBy != null) {
                c.setToolTipText("Sort by " + wanted.get(i).toLowerCase(java.util.Locale.ROOT)
                        + " (click again to reverse)");
                c.addListener(SWT.Selection, e -> sort(c, sortedBy));
            }
        }
        columns = wanted;
    }

    private void sort(TableColumn column, Order by) {
        descending = order == by && !descending;
        order = by;
        table.setSortColumn(column);
        table.setSortDirection(descending ? SWT.DOWN : SWT.UP);
        first(0);
    }

    private final class Shown implements LatestComputation.Listener<RespondentPage> {
        @Override
        public void computed(RespondentPage result) {
            show(result);
        }

        @Override
        public void failed(String message) {
            clear();
            problem.accept(message);
        }

        @Override
        public void cancelled() {
            shownLabel.setText("Cancelled");
        }

        @Override
        public void noProject() {
            clear();
        }
    }
}
