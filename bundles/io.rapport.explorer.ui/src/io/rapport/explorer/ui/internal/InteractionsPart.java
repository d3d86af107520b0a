package io.rapport.explorer.ui.internal;

import io.rapport.app.ProjectOverview;
import io.rapport.app.ProjectSession;
import io.rapport.core.store.ProjectSummary;
import io.rapport.core.store.ProjectSummary.ChannelKindCount;
import io.rapport.explorer.core.InteractionBrowser;
import io.rapport.explorer.core.InteractionQuery;
import io.rapport.explorer.core.InteractionRow;
import io.rapport.ui.common.InteractionRef;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * The Interactions view: every interaction of the open project in a table that reads only the pages on screen,
 * filtered and sorted in the store, and the conversation of the selected one below it. It follows the project
 * session (open, changed, closed) and answers other views' requests to open a conversation (through
 * {@link ConversationRequestAddon}). All reading happens in {@link ExplorerJobs}.
 */
public final class InteractionsPart {
    /** The id of the part descriptor (fragment.e4xmi) and of the part. */
    public static final String ID = "io.rapport.explorer.ui.part.interactions";

    @Inject
    private ProjectSession session;
    @Inject
    @Service
    private InteractionBrowser browser;
    @Inject
    private UISynchronize ui;

    private ExplorerJobs jobs;
    private PagedRows rows;
    private QuerySortModel sortModel;
    private FilterBar filters;
    private InteractionTable table;
    private ConversationPane conversation;
    private Label status;
    private InteractionQuery query = InteractionQuery.all();
    /** The interaction whose conversation is shown or on its way. */
    private InteractionRef conversationOf;
    /** A request that came before the project's interactions were read. */
    private InteractionRef pendingRequest;
    private boolean loading;
    /** The key of the sentiment model whose scores the rows show. */
    private String sentimentModel;

    @PostConstruct
    void createControls(Composite parent) {
        jobs = new ExplorerJobs(session, browser, ui);
        rows = new PagedRows(page -> jobs.page(page));
        jobs.onPage((forQuery, page, read) -> {
            rows.put(forQuery, page, read);
            if (!table.control().isDisposed()) {
                table.redraw();
            }
        });
        parent.setLayout(new GridLayout(1, false));
        filters = new FilterBar(parent, this::filtersChanged);
        filters.control().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        status = new Label(parent, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        sortModel = new QuerySortModel(this::load);
        table = new InteractionTable(sash, rows, sortModel, this::rowSelected);
        conversation = new ConversationPane(sash);
        sash.setWeights(55, 45);
        projectShown(session.overview().orElse(null));
    }

    @Focus
    void focus() {
        table.control().setFocus();
    }

    @PreDestroy
    void dispose() {
        jobs.dispose();
    }

    @Inject
    @Optional
    void opened(@UIEventTopic(ProjectSession.TOPIC_OPENED) ProjectOverview overview) {
        conversation.clear("Select an interaction to read its conversation.");
        conversationOf = null;
        projectShown(overview);
    }

    @Inject
    @Optional
    void changed(@UIEventTopic(ProjectSession.TOPIC_CHANGED) ProjectOverview overview) {
        projectShown(overview);
    }

    @Inject
    @Optional
    void closed(@UIEventTopic(ProjectSession.TOPIC_CLOSED) ProjectOverview overview) {
        projectShown(null);
    }

    /**
     * Shows the conversation of an interaction and selects it, in the table too when the current filters keep it.
     * Called by {@link ConversationRequestAddon} for {@code ViewRequests.OPEN_CONVERSATION}.
     */
    public void openConversation(InteractionRef ref) {
        if (!jobs.bound()) {
            pendingRequest = ref;
            return;
        }
        showConversation(ref);
        jobs.position(query, ref.channel(), ref.sourceId(), row -> {
            if (row.isPresent()) {
                table.select(row.getAsLong());
            } else {
                status.setText(statusText() + "  \u00b7  " + ref.sourceId() + " is not among the filtered rows");
            }
        }, problem -> status.setText(statusText() + "  \u00b7  cannot find " + ref.sourceId() + ": " + problem));
    }

    private void projectShown(ProjectOverview overview) {
        if (status == null || status.isDisposed()) {
            return;
        }
        if (overview == null) {
            jobs.unbind();
            filters.setChoices(List.of(), List.of(), null, null);
            rows.reset(query, 0);
            table.rowsReplaced();
            conversation.clear("No project is open.");
            conversationOf = null;
            status.setText("No project is open.");
            return;
        }
        List<ChannelKindCount> counts = overview.summary().counts();
        ProjectSummary summary = overview.summary();
        filters.setChoices(counts.stream().map(ChannelKindCount::channel).distinct().sorted().toList(),
                counts.stream().map(ChannelKindCount::kind).distinct().sorted().toList(),
                utcDay(summary.firstInteraction()), utcDay(summary.lastInteraction()));
        query = filters.applyTo(query);
        load(query, true);
    }

    private static LocalDate utcDay(Instant t) {
        return t == null ? null : LocalDate.ofInstant(t, ZoneOffset.UTC);
    }

    private void filtersChanged() {
        load(filters.applyTo(query), false);
    }

    private void load(InteractionQuery newQuery) {
        load(newQuery, false);
    }

    private void load(InteractionQuery newQuery, boolean rebind) {
        query = newQuery;
        sortModel.show(newQuery);
        loading = true;
        status.setText(rebind ? "Reading the interactions\u2026" : "Filtering\u2026");
        jobs.load(newQuery, rebind, new ExplorerJobs.LoadListener() {
            @Override
            public void firstPage(InteractionQuery forQuery, List<InteractionRow> first, boolean all, String model) {
                if (status.isDisposed()) {
                    return;
                }
                sentimentModel = model;
                rows.reset(forQuery, first.size());
                rows.put(forQuery, 0, first);
                table.rowsReplaced();
                if (all) {
                    loaded();
                } else {
                    status.setText("Counting\u2026");
                }
            }

            @Override
            public void counted(InteractionQuery forQuery, long count) {
                if (!status.isDisposed()) {
                    rows.setCount(forQuery, count);
                    table.rowCountChanged();
                    loaded();
                }
            }

            @Override
            public void noProject() {
                if (!status.isDisposed()) {
                    loading = false;
                    status.setText(statusText());
                }
            }

            @Override
            public void failed(String problem) {
                if (!status.isDisposed()) {
                    loading = false;
                    rows.reset(newQuery, 0);
                    table.rowsReplaced();
                    status.setText("Cannot read the interactions: " + problem);
                }
            }
        });
    }

    private void loaded() {
        loading = false;
        status.setText(statusText());
        if (pendingRequest != null && jobs.bound()) {
            InteractionRef request = pendingRequest;
            pendingRequest = null;
            openConversation(request);
        }
    }

    private String statusText() {
        if (loading) {
            return "Filtering\u2026";
        }
        if (session.overview().isEmpty()) {
            return "No project is open.";
        }
        String text = Formats.count(rows.count()) + (rows.count() == 1 ? " interaction" : " interactions");
        if (!query.takesEverything()) {
            text += " match the filters";
        }
        return sentimentModel == null ? text : text + "  \u00b7  sentiment: " + sentimentModel;
    }

    private void rowSelected(long index) {
        InteractionRow row = rows.row(index);
        if (row == null) {
            return;
        }
        InteractionRef ref = new InteractionRef(row.channel(), row.sourceId());
        if (!ref.equals(conversationOf)) {
            showConversation(ref);
        }
    }

    private void showConversation(InteractionRef ref) {
        conversationOf = ref;
        jobs.conversation(ref.channel(), ref.sourceId(), found -> {
            if (conversation.tree().isDisposed() || !Objects.equals(ref, conversationOf)) {
                return;
            }
            if (found.isPresent()) {
                conversation.show(found.get());
            } else {
                conversation.clear("The project has no interaction " + ref.sourceId() + " on " + ref.channel() + ".");
            }
        }, problem -> conversation.clear("Cannot read the conversation: " + problem));
    }

    // --- what the UI tests look at ---

    /** The rows of the current query: what the table shows. */
    long rowCount() {
        return rows.count();
    }

    /** The row at {@code index}, null while its page is being read. */
    InteractionRow rowAt(long index) {
        return rows.row(index);
    }

    InteractionQuery query() {
        return query;
    }

    boolean loading() {
        return loading;
    }

    FilterBar filters() {
        return filters;
    }

    ConversationPane conversation() {
        return conversation;
    }

    InteractionTable table() {
        return table;
    }

    String status() {
        return status.getText();
    }
}
