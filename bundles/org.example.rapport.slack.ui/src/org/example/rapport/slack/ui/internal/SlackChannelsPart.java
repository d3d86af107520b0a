package org.example.rapport.slack.ui.internal;

import io.rapport.app.ProjectOverview;
import io.rapport.app.ProjectSession;
import io.rapport.ui.common.jobs.LatestComputation;
import io.rapport.ui.common.widgets.StatusLine;
import io.rapport.ui.common.widgets.TopBar;
import io.rapport.ui.common.widgets.WidgetNames;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.example.rapport.slack.SlackChannelSummary;
import org.example.rapport.slack.SlackChannels;
import org.example.rapport.slack.ui.SlackChannelsIds;

import java.util.List;
import java.util.Locale;

/**
 * The Slack Channels view: a POJO part that gets the project session from the workbench and the extension's
 * {@link SlackChannels} service through DS, runs the query in a background Job holding the project's rule
 * (Rapport's {@link LatestComputation}) and shows one row per channel. It follows the project (opened, changed by
 * an import, closed) and the service (installed or removed later).
 */
public final class SlackChannelsPart {
    private static final String[] COLUMNS = { "Channel", "Messages", "Threads", "Customer posts",
            "Answered by us" };

    @Inject
    private ProjectSession session;
    @Inject
    private UISynchronize ui;
    private SlackChannels channels;

    private Table table;
    private StatusLine status;
    private LatestComputation<List<SlackChannelSummary>> refresh;
    private boolean disposed;

    @PostConstruct
    void create(Composite parent) {
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        parent.setLayout(layout);
        Composite top = TopBar.create(parent);
        new Label(top, SWT.NONE).setText("Slack channels of the project");
        status = new StatusLine(top, () -> refresh.cancel(), this::recompute);

        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setData(WidgetNames.KEY, SlackChannelsIds.TABLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (int i = 0; i < COLUMNS.length; i++) {
            TableColumn c = new TableColumn(table, i == 0 ? SWT.LEFT : SWT.RIGHT);
            c.setText(COLUMNS[i]);
            c.setWidth(i == 0 ? 220 : 130);
        }
        table.getColumn(4).setToolTipText("Conversations customers started that one of our accounts or staff"
                + " replied to in their thread, as a share of the conversations customers started");

        refresh = new LatestComputation<>("Counting Slack channels", session::store, session.rule(),
                ProjectSession.JOB_FAMILY, ui::asyncExec, new Shown());
        recompute();
    }

    @Inject
    void channels(@Optional @Service(dynamic = true) SlackChannels service) {
        channels = service;
        if (live()) {
            recompute();
        }
    }

    @Inject
    @Optional
    void opened(@UIEventTopic(ProjectSession.TOPIC_OPENED) ProjectOverview overview) {
        if (live()) {
            recompute();
        }
    }

    @Inject
    @Optional
    void changed(@UIEventTopic(ProjectSession.TOPIC_CHANGED) ProjectOverview overview) {
        if (live()) {
            recompute();
        }
    }

    @Inject
    @Optional
    void closed(@UIEventTopic(ProjectSession.TOPIC_CLOSED) ProjectOverview overview) {
        if (live()) {
            nothingOpen();
        }
    }

    private boolean live() {
        return table != null && !disposed;
    }

    @Focus
    void focus() {
        table.setFocus();
    }

    @PreDestroy
    void dispose() {
        disposed = true;
        if (refresh != null) {
            refresh.supersede();
        }
    }

    private void nothingOpen() {
        refresh.supersede();
        table.removeAll();
        status.noProject();
    }

    private void recompute() {
        if (session.overview().isEmpty()) {
            nothingOpen();
            return;
        }
        SlackChannels service = channels;
        if (service == null) {
            refresh.supersede();
            table.removeAll();
            status.failed("The Slack example (org.example.rapport.slack) is not installed.");
            return;
        }
        status.computing("Counting Slack messages\u2026");
        refresh.request((store, monitor) -> service.channels(store), 0);
    }

    private void show(List<SlackChannelSummary> rows) {
        table.removeAll();
        for (SlackChannelSummary r : rows) {
            TableItem item = new TableItem(table, SWT.NONE);
            Double share = r.answeredShare();
            item.setText(new String[] { r.space(), Long.toString(r.messages()), Long.toString(r.threads()),
                    Long.toString(r.customerPosts()), share == null ? "\u2013"
                            : String.format(Locale.ROOT, "%.0f %% (%d of %d)", share, r.answeredByUs(),
                                    r.customerPosts()) });
        }
    }

    /** Renders what the background query delivers, in the UI thread. */
    private final class Shown implements LatestComputation.Listener<List<SlackChannelSummary>> {
        @Override
        public void computed(List<SlackChannelSummary> rows) {
            show(rows);
            long messages = rows.stream().mapToLong(SlackChannelSummary::messages).sum();
            status.ready(rows.isEmpty() ? "No Slack messages in this project: import a Slack workspace export."
                    : rows.size() + " Slack channels, " + messages + " messages", "");
        }

        @Override
        public void failed(String message) {
            table.removeAll();
            status.failed(message);
        }

        @Override
        public void cancelled() {
            table.removeAll();
            status.cancelled("Cancelled.");
        }

        @Override
        public void noProject() {
            nothingOpen();
        }
    }
}
