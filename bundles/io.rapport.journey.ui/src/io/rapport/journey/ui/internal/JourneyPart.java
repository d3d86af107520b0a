package io.rapport.journey.ui.internal;

import io.rapport.app.ProjectOverview;
import io.rapport.app.ProjectSession;
import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;
import io.rapport.journey.core.JourneyAssessment;
import io.rapport.journey.core.JourneyMap;
import io.rapport.journey.core.JourneyModel;
import io.rapport.journey.ui.JourneyIds;
import io.rapport.ui.common.edit.UndoHistory;
import io.rapport.ui.common.edit.UndoKeys;
import io.rapport.ui.common.export.ExportFiles;
import io.rapport.ui.common.export.Exporter;
import io.rapport.ui.common.export.FileDialogExportFiles;
import io.rapport.ui.common.jobs.LatestComputation;
import io.rapport.ui.common.jobs.ProjectTask;
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
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * The Journey map view: wires the model and day pickers, the background assessment, the page, attestation edits
 * (each saved in a Job, undoable) and snapshots, and follows the project session and the installed models.
 * Everything shown comes from {@link JourneyMap}: the numbers of {@code rapport journey}.
 */
public final class JourneyPart {
    @Inject
    private ProjectSession session;
    @Inject
    private UISynchronize ui;
    @Inject
    @Optional
    private ExportFiles exportFiles;
    private JourneyMap journey;

    private Combo modelCombo;
    private List<JourneyModel> models = List.of();
    private DateTime asOf;
    private StatusLine status;
    private JourneyView view;
    private LatestComputation<JourneyData> refresh;
    private ProjectTask tasks;
    private final UndoHistory<AttestationEdit> undo = new UndoHistory<>(AttestationEdit::label);
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
        new Label(top, SWT.NONE).setText("Model");
        modelCombo = new Combo(top, SWT.READ_ONLY);
        modelCombo.setData(WidgetNames.KEY, JourneyIds.MODEL);
        modelCombo.addListener(SWT.Selection, e -> {
            undo.clear();
            recompute();
        });
        new Label(top, SWT.NONE).setText("As of");
        asOf = new DateTime(top, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
        asOf.setData(WidgetNames.KEY, JourneyIds.AS_OF);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        asOf.setDate(today.getYear(), today.getMonthValue() - 1, today.getDayOfMonth());
        asOf.addListener(SWT.Selection, e -> recompute());
        Button keep = new Button(top, SWT.PUSH);
        keep.setText("Keep Snapshot");
        keep.setToolTipText("Keep the assessment shown in the project, dated, for the history");
        keep.setData(WidgetNames.KEY, JourneyIds.SAVE_SNAPSHOT);
        keep.addListener(SWT.Selection, e -> keepSnapshot());
        status = new StatusLine(top, () -> refresh.cancel(), this::recompute);

        Exporter exporter = new Exporter(parent::getShell,
                exportFiles != null ? exportFiles : new FileDialogExportFiles(), status::note, this::projectName);
        view = new JourneyView(parent, exporter, this::edit, this::undoOrRedo, this::projectName);
        view.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        refresh = new LatestComputation<>("Assessing the journey", session::store, session.rule(),
                ProjectSession.JOB_FAMILY, ui::asyncExec, new Shown());
        tasks = new ProjectTask(session::store, session.rule(), ProjectSession.JOB_FAMILY, ui::asyncExec);
        undoKeys = UndoKeys.install(parent, () -> undoOrRedo(true), () -> undoOrRedo(false));
        fillModels();
        updateUndo();
        if (session.overview().isPresent()) {
            recompute();
        } else {
            nothingOpen();
        }
    }

    /** The page, for tests in this package that drive what the mouse does on canvases and cell editors. */
    JourneyView view() {
        return view;
    }

    private String projectName() {
        return session.overview().map(ProjectOverview::name).orElse("rapport");
    }

    @Inject
    void journey(@Optional @Service(dynamic = true) JourneyMap service) {
        journey = service;
        if (live()) {
            fillModels();
            recompute();
        }
    }

    @Inject
    @Optional
    void opened(@UIEventTopic(ProjectSession.TOPIC_OPENED) ProjectOverview overview) {
        if (live()) {
            undo.clear();
            updateUndo();
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
        modelCombo.setFocus();
    }

    @PreDestroy
    void dispose() {
        disposed = true;
        if (refresh != null) {
            refresh.supersede();
        }
        if (undoKeys != null) {
            undoKeys.remove();
        }
    }

    private void fillModels() {
        JourneyModel picked = model();
        models = journey == null ? List.of() : journey.models();
        modelCombo.removeAll();
        models.forEach(m -> modelCombo.add(m.label()));
        int index = 0;
        for (int i = 0; i < models.size(); i++) {
            String id = models.get(i).id();
            if (picked != null ? id.equals(picked.id()) : id.equals(JourneyMap.DEFAULT_MODEL)) {
                index = i;
            }
        }
        if (!models.isEmpty()) {
            modelCombo.select(index);
        }
        modelCombo.getParent().layout(true);
    }

    private JourneyModel model() {
        int i = modelCombo == null ? -1 : modelCombo.getSelectionIndex();
        return i < 0 || i >= models.size() ? null : models.get(i);
    }

    private LocalDate day() {
        return LocalDate.of(asOf.getYear(), asOf.getMonth() + 1, asOf.getDay());
    }

    private void nothingOpen() {
        refresh.supersede();
        undo.clear();
        updateUndo();
        view.clear();
        status.noProject();
    }

    private void recompute() {
        if (session.overview().isEmpty()) {
            nothingOpen();
            return;
        }
        JourneyMap service = journey;
        JourneyModel model = model();
        if (service == null || model == null) {
            refresh.supersede();
            view.clear();
            status.failed("The journey (io.rapport.journey.core) is not installed.");
            return;
        }
        LocalDate day = day();
        status.computing("Assessing " + model.label() + " as of " + day + "\u2026");
        refresh.request((store, monitor) -> {
            long start = System.nanoTime();
            JourneyAssessment a = service.assess(store, model, day, monitor);
            return new JourneyData(model, a, service.snapshots(store, model), (System.nanoTime() - start) / 1_000_000);
        }, 0);
    }

    /** An attestation edit from the criteria table: saved, then undoable. */
    private void edit(AttestationEdit edit) {
        apply(edit, () -> {
            undo.push(edit);
            updateUndo();
        });
    }

    private void undoOrRedo(boolean back) {
        // undoing an attestation saves its answer before; redoing it saves its answer after
        java.util.Optional<AttestationEdit> edit = back ? undo.undo().map(AttestationEdit::inverse) : undo.redo();
        edit.ifPresent(e -> apply(e, this::updateUndo));
    }

    private void updateUndo() {
        view.undoRedo(undo.canUndo(), undo.undoLabel().orElse(""), undo.canRedo(), undo.redoLabel().orElse(""));
    }

    /** Saves an attestation in a Job holding the project's rule, then assesses again. */
    private void apply(AttestationEdit edit, Runnable done) {
        JourneyMap service = journey;
        JourneyModel model = models.stream().filter(m -> m.id().equals(edit.model())).findFirst().orElse(null);
        if (service == null || model == null) {
            return;
        }
        status.computing("Saving: " + edit.label() + "\u2026");
        projectJob("Saving an attestation", store -> {
            if (edit.after() == null) {
                service.withdraw(store, model, edit.criterion());
            } else {
                service.attest(store, model, edit.after());
            }
        }, () -> {
            done.run();
            recompute();
        });
    }

    private void keepSnapshot() {
        JourneyData data = view.shown();
        if (journey == null || data == null) {
            status.note("Nothing to keep yet.");
            return;
        }
        JourneyMap service = journey;
        projectJob("Keeping a snapshot", store -> service.saveSnapshot(store, data.assessment()), () -> {
            recompute();
            status.note("Kept the assessment of " + data.assessment().asOf() + " in the project.");
        });
    }

    /** Work on the open project in a Job; then {@code afterwards} in the UI thread, unless the view is gone. */
    private void projectJob(String name, ProjectWork work, Runnable afterwards) {
        tasks.run(name, (store, monitor) -> {
            work.run(store);
            return Boolean.TRUE;
        }, done -> {
            if (!disposed) {
                afterwards.run();
            }
        }, message -> {
            if (!disposed) {
                status.failed(name + " failed: " + message);
            }
        });
    }

    /** Work on the open project. */
    @FunctionalInterface
    private interface ProjectWork {
        void run(ProjectStore store) throws ProjectException;
    }

    /** Renders what the background computation delivers (in the UI thread). */
    private final class Shown implements LatestComputation.Listener<JourneyData> {
        @Override
        public void computed(JourneyData data) {
            view.show(data);
            JourneyAssessment a = data.assessment();
            status.ready(a.overall().label() + " as of " + a.asOf() + "  \u00b7  " + String.format(
                    Locale.getDefault(Locale.Category.FORMAT), "%.1f s", data.millis() / 1000.0),
                    data.model().label());
        }

        @Override
        public void failed(String message) {
            view.clear();
            status.failed(message);
        }

        @Override
        public void cancelled() {
            view.clear();
            status.cancelled("Cancelled: the map shows nothing for this day yet.");
        }

        @Override
        public void noProject() {
            nothingOpen();
        }
    }
}
