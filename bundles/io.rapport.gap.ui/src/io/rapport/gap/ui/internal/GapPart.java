package io.rapport.gap.ui.internal;

import io.rapport.app.ProjectOverview;
import io.rapport.app.ProjectSession;
import io.rapport.gap.core.EngagementGap;
import io.rapport.gap.core.Evidence;
import io.rapport.gap.core.ExpectationGap;
import io.rapport.gap.core.GapEdit;
import io.rapport.gap.core.GapIndicatorDescriptor;
import io.rapport.gap.core.GapModel;
import io.rapport.gap.core.GapPeriod;
import io.rapport.gap.core.GapReport;
import io.rapport.ui.common.InteractionRef;
import io.rapport.ui.common.ViewRequests;
import io.rapport.ui.common.edit.UndoHistory;
import io.rapport.ui.common.edit.UndoKeys;
import io.rapport.ui.common.export.ExportFiles;
import io.rapport.ui.common.export.Exporter;
import io.rapport.ui.common.export.FileDialogExportFiles;
import io.rapport.ui.common.jobs.LatestComputation;
import io.rapport.ui.common.widgets.StatusLine;
import io.rapport.ui.common.widgets.TopBar;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.SubMonitor;
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

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Gap Matrix view: wires the period, the background computations (the report; a cell's evidence), the page
 * and the undoable row edits together, and follows the project session (open, changed, closed) and the gap
 * service. Everything shown comes from {@link EngagementGap}: the numbers of {@code rapport gap}.
 */
public final class GapPart {
    /** How many evidence interactions a cell lists. */
    static final int EVIDENCE_LIMIT = 50;

    @Inject
    private ProjectSession session;
    @Inject
    private UISynchronize ui;
    @Inject
    private IEventBroker events;
    @Inject
    @Optional
    private ExportFiles exportFiles;
    private EngagementGap gap;

    /** Kept for the key filter: at {@code @PreDestroy} the part's widgets may be disposed already. */
    private PeriodBar period;
    private StatusLine status;
    private GapView view;
    private RowChanges changes;
    private final UndoHistory<GapEdit> history = new UndoHistory<>(GapEdit::label);
    private LatestComputation<GapData> refresh;
    private LatestComputation<List<Evidence>> evidence;
    private GapData shown;
    private ExpectationGap cellRow;
    private String cellChannel;
    /** The indicator whose evidence was asked for last, for the list's heading. */
    private String evidenceLabel = "";
    private UndoKeys undoKeys;
    private boolean disposed;

    @PostConstruct
    void create(Composite parent) {
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        parent.setLayout(layout);
        Composite top = TopBar.create(parent);
        period = new PeriodBar(top, this::recompute);
        status = new StatusLine(top, () -> refresh.cancel(), this::recompute);
        changes = new RowChanges(session, () -> gap, ui::asyncExec);

        Exporter exporter = new Exporter(parent::getShell,
                exportFiles != null ? exportFiles : new FileDialogExportFiles(), status::note,
                () -> session.overview().map(ProjectOverview::name).orElse("rapport"));
        view = new GapView(parent, exporter, this::cellPicked, this::wantEvidence, this::open, new Edits());
        view.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        refresh = new LatestComputation<>("Computing the gap matrix", session::store, session.rule(),
                ProjectSession.JOB_FAMILY, ui::asyncExec, new Shown());
        evidence = new LatestComputation<>("Reading a gap cell's evidence", session::store, session.rule(),
                ProjectSession.JOB_FAMILY, ui::asyncExec, new EvidenceShown());
        undoKeys = UndoKeys.install(parent, this::undo, this::redo);
        history();
        if (session.overview().isPresent()) {
            recompute();
        } else {
            nothingOpen();
        }
    }


    /** The gap service, when it comes or goes (a bundle installed or stopped). */
    @Inject
    void gap(@Optional @Service(dynamic = true) EngagementGap service) {
        gap = service;
        if (live()) {
            recompute();
        }
    }

    @Inject
    @Optional
    void opened(@UIEventTopic(ProjectSession.TOPIC_OPENED) ProjectOverview overview) {
        if (live()) {
            // another project: its rows, its history
            history.clear();
            history();
            view.clear();
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
        return view != null && !disposed;
    }

    @Focus
    void focus() {
        view.matrix().control().setFocus();
    }

    @PreDestroy
    void dispose() {
        disposed = true;
        if (refresh != null) {
            refresh.supersede();
            evidence.supersede();
            undoKeys.remove();
        }
    }

    private void nothingOpen() {
        refresh.supersede();
        evidence.supersede();
        shown = null;
        cellRow = null;
        history.clear();
        history();
        view.clear();
        status.noProject();
    }

    private void recompute() {
        if (session.overview().isEmpty()) {
            nothingOpen();
            return;
        }
        EngagementGap service = gap;
        if (service == null) {
            refresh.supersede();
            view.clear();
            status.failed("The gap matrix (io.rapport.gap.core) is not installed.");
            return;
        }
        String problem = period.problem();
        if (problem != null) {
            status.failed(problem);
            return;
        }
        GapPeriod asked = period.period();
        status.computing("Measuring the gap" + (asked == null ? " of the latest month" : " from " + asked.from()
                + " to " + asked.to()) + "\u2026");
        refresh.request((store, monitor) -> {
            long start = System.nanoTime();
            SubMonitor progress = SubMonitor.convert(monitor, 10);
            GapModel model = service.model(store);
            List<String> items = service.surveyItems(store);
            GapReport report = service.report(store, model, asked, progress.split(10));
            return new GapData(model, report, service.indicators(), items, (System.nanoTime() - start) / 1_000_000);
        }, 0);
    }

    /** The user picked a cell: its row is the one to edit, its channel's details are shown. */
    private void cellPicked(ExpectationGap row, String channel) {
        view.editor().select(row.expectation().id());
        if (channel != null) {
            showCell(row, channel);
        }
    }

    private void showCell(ExpectationGap row, String channel) {
        if (shown == null) {
            return;
        }
        cellRow = row;
        cellChannel = channel;
        view.detail().show(shown.report(), row, channel, labels());
    }

    private Map<String, String> labels() {
        return shown.indicators().stream().collect(Collectors.toMap(GapIndicatorDescriptor::id,
                GapIndicatorDescriptor::label, (a, b) -> a));
    }

    private void wantEvidence(String indicatorId) {
        EngagementGap service = gap;
        if (service == null || shown == null || cellChannel == null) {
            return;
        }
        String label = labels().getOrDefault(indicatorId, indicatorId);
        if (service.indicators().stream().noneMatch(d -> d.id().equals(indicatorId))) {
            view.detail().evidenceFailed(label + " is not installed: it has no evidence to show.");
            return;
        }
        String channel = cellChannel;
        GapPeriod of = shown.report().period();
        view.detail().loadingEvidence(label);
        evidenceLabel = label;
        evidence.request((store, monitor) -> service.evidence(store, indicatorId, channel, of, EVIDENCE_LIMIT,
                monitor), 0);
    }

    /** Asks the Interactions view (whoever answers the request) to open the interaction. */
    private void open(InteractionRef ref) {
        events.post(ViewRequests.OPEN_CONVERSATION, ref);
    }

    private void history() {
        view.editor().history(history.undoLabel(), history.redoLabel());
    }

    private void undo() {
        if (shown == null) {
            return;
        }
        history.undo().ifPresent(edit -> save("Undo: " + edit.label(), edit.before(), () -> {
            history.restoreUndo();
            history();
        }));
        history();
    }

    private void redo() {
        if (shown == null) {
            return;
        }
        history.redo().ifPresent(edit -> save("Redo: " + edit.label(), edit.after(), () -> {
            history.restoreRedo();
            history();
        }));
        history();
    }

    /** Shows {@code model} at once, saves it, and measures again; {@code undoHistory} runs if the save fails. */
    private void save(String what, GapModel model, Runnable undoHistory) {
        view.editor().problem("");
        view.editor().show(model, shown.indicators(), shown.surveyItems());
        status.computing(what + "\u2026");
        changes.save(what, model, () -> {
            if (live()) {
                status.note("Saved: " + what);
                recompute();
            }
        }, message -> {
            if (live()) {
                undoHistory.run();
                view.editor().problem(message);
                recompute();
            }
        });
    }

    /** The editor's changes: each one validated, shown, saved and kept for undo. */
    private final class Edits implements RowEditor.Edits {
        @Override
        public void apply(Function<GapModel, GapEdit> change) {
            GapModel current = view.editor().model();
            if (current == null || shown == null) {
                return;
            }
            GapEdit edit;
            try {
                edit = change.apply(current);
            } catch (IllegalArgumentException e) {
                view.editor().problem(e.getMessage());
                return;
            }
            List<String> problems = edit.after().problems(shown.indicators().stream().map(
                    GapIndicatorDescriptor::id).collect(Collectors.toSet()), new HashSet<>(shown.surveyItems()));
            if (!problems.isEmpty()) {
                view.editor().problem(String.join("; ", problems));
                return;
            }
            history.push(edit);
            history();
            save(edit.label(), edit.after(), () -> {
                history.forget(edit);
                history();
            });
        }

        @Override
        public void undo() {
            GapPart.this.undo();
        }

        @Override
        public void redo() {
            GapPart.this.redo();
        }
    }

    /** Renders what the report computation delivers (in the UI thread). */
    private final class Shown implements LatestComputation.Listener<GapData> {
        @Override
        public void computed(GapData data) {
            shown = data;
            GapReport r = data.report();
            period.shown(r.period());
            view.show(data);
            if (cellRow != null) {
                r.rows().stream().filter(row -> row.expectation().id().equals(cellRow.expectation().id()))
                        .findFirst().ifPresentOrElse(row -> showCell(row, cellChannel), () -> {
                            cellRow = null;
                            view.detail().clear();
                        });
            }
            long measured = r.rows().stream().filter(row -> row.gap() != null).count();
            status.ready(r.rows().size() + " expectations \u00d7 " + r.channels().size() + " channels, "
                    + measured + " measured  \u00b7  " + String.format(Locale.getDefault(Locale.Category.FORMAT),
                            "%.1f s", data.millis() / 1000.0), r.period() + " against " + r.previousPeriod());
        }

        @Override
        public void failed(String message) {
            shown = null;
            view.clear();
            status.failed(message);
        }

        @Override
        public void cancelled() {
            shown = null;
            view.clear();
            status.cancelled("Cancelled: the view shows nothing for this period yet.");
        }

        @Override
        public void noProject() {
            nothingOpen();
        }
    }

    /** Lists what the evidence computation delivers. */
    private final class EvidenceShown implements LatestComputation.Listener<List<Evidence>> {
        @Override
        public void computed(List<Evidence> found) {
            view.detail().evidence(evidenceLabel, found, EVIDENCE_LIMIT);
        }

        @Override
        public void failed(String message) {
            view.detail().evidenceFailed(message);
        }

        @Override
        public void cancelled() {
            view.detail().evidenceFailed("Cancelled.");
        }

        @Override
        public void noProject() {
            view.detail().clear();
        }
    }
}
