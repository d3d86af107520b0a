package io.rapport.cycle.ui.internal;

import io.rapport.app.ProjectOverview;
import io.rapport.app.ProjectSession;
import io.rapport.core.store.ProjectSummary;
import io.rapport.cycle.core.AnalysisFilter;
import io.rapport.cycle.core.EngagementCycle;
import io.rapport.cycle.core.WorklistItem;
import io.rapport.cycle.ui.DashboardIds;
import io.rapport.cycle.ui.internal.widgets.FilterBar;
import io.rapport.ui.common.InteractionRef;
import io.rapport.ui.common.ViewRequests;
import io.rapport.ui.common.export.ExportFiles;
import io.rapport.ui.common.export.Exporter;
import io.rapport.ui.common.export.FileDialogExportFiles;
import io.rapport.ui.common.jobs.LatestComputation;
import io.rapport.ui.common.widgets.StatusLine;
import io.rapport.ui.common.widgets.TopBar;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The Engagement Dashboard: wires the filters, the background computation and the page together, and follows
 * the project session (open, changed after an import or new settings, closed). Everything shown comes from
 * {@link EngagementCycle}; a filter change cancels the computation in progress and starts another.
 */
public final class EngagementDashboardPart {
    /** The worklist table holds at most this many of the oldest unanswered negative interactions by default. */
    private static final int WORKLIST_LIMIT = 1000;
    /** Filter changes come in bursts (a date spinner): wait this long before computing (ms). */
    private static final long SETTLE = 300;

    @Inject
    private ProjectSession session;
    @Inject
    private UISynchronize ui;
    @Inject
    private IEventBroker events;
    @Inject
    @Optional
    private ExportFiles exportFiles;
    @Inject
    @Optional
    @Named(DashboardIds.WORKLIST_LIMIT)
    private Integer worklistLimit;
    private EngagementCycle cycle;

    private FilterBar filters;
    private StatusLine status;
    private DashboardView view;
    private LatestComputation<DashboardData> refresh;
    private boolean disposed;

    @PostConstruct
    void create(Composite parent) {
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        parent.setLayout(layout);
        Composite top = TopBar.create(parent);
        filters = new FilterBar(top, filter -> recompute(SETTLE));
        status = new StatusLine(top, () -> refresh.cancel(), () -> recompute(0));

        Exporter exporter = new Exporter(parent::getShell,
                exportFiles != null ? exportFiles : new FileDialogExportFiles(), status::note,
                () -> session.overview().map(ProjectOverview::name).orElse("rapport"));
        view = new DashboardView(parent, exporter, new WorklistExport(session, () -> cycle, ui, exporter),
                this::openConversation);
        view.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        refresh = new LatestComputation<>("Computing the engagement dashboard", session::store, session.rule(),
                ProjectSession.JOB_FAMILY, ui::asyncExec, new Shown());
        session.overview().ifPresentOrElse(this::opened, this::nothingOpen);
    }


    /** The engagement-cycle service, when it comes or goes (a bundle installed or stopped). */
    @Inject
    void cycle(@Optional @Service(dynamic = true) EngagementCycle service) {
        cycle = service;
        // also called with null when the part is disposed
        if (live() && session.overview().isPresent()) {
            recompute(0);
        }
    }

    @Inject
    @Optional
    void opened(@UIEventTopic(ProjectSession.TOPIC_OPENED) ProjectOverview overview) {
        if (!live()) {
            return;
        }
        ProjectSummary summary = overview.summary();
        filters.setProject(channels(summary), day(summary.firstInteraction()), day(summary.lastInteraction()));
        view.clear();
        recompute(0);
    }

    @Inject
    @Optional
    void changed(@UIEventTopic(ProjectSession.TOPIC_CHANGED) ProjectOverview overview) {
        if (!live()) {
            return;
        }
        filters.updateChannels(channels(overview.summary()));
        recompute(0);
    }

    @Inject
    @Optional
    void closed(@UIEventTopic(ProjectSession.TOPIC_CLOSED) ProjectOverview overview) {
        if (live()) {
            nothingOpen();
        }
    }

    /** Created and not yet disposed: injection and events can come before and after. */
    private boolean live() {
        return view != null && !disposed;
    }

    @Focus
    void focus() {
        filters.setFocus();
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
        filters.setProject(List.of(), null, null);
        view.clear();
        status.noProject();
    }

    private void recompute(long delay) {
        if (session.overview().isEmpty()) {
            nothingOpen();
        } else if (cycle == null) {
            refresh.supersede();
            view.clear();
            status.failed("The engagement-cycle analysis (io.rapport.cycle.core) is not installed.");
        } else {
            DashboardComputation computation = new DashboardComputation(cycle,
                    worklistLimit == null ? WORKLIST_LIMIT : worklistLimit);
            AnalysisFilter filter = filters.filter();
            status.computing("Computing " + FilterText.describe(filter) + "\u2026");
            refresh.request((store, monitor) -> computation.compute(store, filter, monitor), delay);
        }
    }

    private void openConversation(WorklistItem item) {
        events.post(ViewRequests.OPEN_CONVERSATION, new InteractionRef(item.channel(), item.sourceId()));
    }

    private static List<String> channels(ProjectSummary summary) {
        return summary.counts().stream().map(ProjectSummary.ChannelKindCount::channel).distinct().sorted().toList();
    }

    private static LocalDate day(java.time.Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    /** Renders what the background computation delivers (in the UI thread). */
    private final class Shown implements LatestComputation.Listener<DashboardData> {
        @Override
        public void computed(DashboardData data) {
            view.show(data);
            status.ready(Formats.count(data.total().addressed()) + " addressed  \u00b7  " + seconds(data.millis()),
                    FilterText.describe(data.filter()) + "; negative by the sentiment model "
                            + data.byChannel().sentimentModel());
        }

        @Override
        public void failed(String message) {
            view.clear();
            status.failed(message);
        }

        @Override
        public void cancelled() {
            view.clear();
            status.cancelled("Cancelled: the dashboard shows nothing for these filters yet.");
        }

        @Override
        public void noProject() {
            nothingOpen();
        }

        private static String seconds(long millis) {
            return String.format(java.util.Locale.getDefault(java.util.Locale.Category.FORMAT), "%.1f s",
                    millis / 1000.0);
        }
    }
}
