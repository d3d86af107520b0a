package io.rapport.hierarchy.ui.internal;

import io.rapport.app.ProjectOverview;
import io.rapport.app.ProjectSession;
import io.rapport.hierarchy.core.EngagementHierarchy;
import io.rapport.hierarchy.core.HierarchyReport;
import io.rapport.hierarchy.core.InstrumentFile;
import io.rapport.hierarchy.core.ScoreRequest;
import io.rapport.hierarchy.core.ScoringRuleDescriptor;
import io.rapport.hierarchy.core.SurveyImportReport;
import io.rapport.hierarchy.core.SurveyImporter;
import io.rapport.hierarchy.core.SurveyInputException;
import io.rapport.hierarchy.ui.HierarchyIds;
import io.rapport.ui.common.export.ExportFiles;
import io.rapport.ui.common.export.Exporter;
import io.rapport.ui.common.export.FileDialogExportFiles;
import io.rapport.ui.common.jobs.LatestComputation;
import io.rapport.ui.common.widgets.StatusLine;
import io.rapport.ui.common.widgets.TopBar;
import io.rapport.ui.common.widgets.WidgetNames;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The Engagement Hierarchy view: wires the rule picker, the background computation, the page, the respondents
 * and the instrument editor together, and follows the project session (open, changed, closed) and the installed
 * scoring rules. Everything shown comes from {@link EngagementHierarchy}: the numbers of {@code rapport score}.
 */
public final class HierarchyPart {
    @Inject
    private ProjectSession session;
    @Inject
    private UISynchronize ui;
    @Inject
    @Optional
    private ExportFiles exportFiles;
    private EngagementHierarchy hierarchy;
    private SurveyImporter surveys;

    private Combo rule;
    private List<ScoringRuleDescriptor> rules = List.of();
    private StatusLine status;
    private HierarchyView view;
    private RespondentsPanel respondents;
    private InstrumentEditor editor;
    private SurveyChanges changes;
    private LatestComputation<HierarchyData> refresh;
    private boolean disposed;

    @PostConstruct
    void create(Composite parent) {
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        parent.setLayout(layout);
        Composite top = TopBar.create(parent);
        new Label(top, SWT.NONE).setText("Scoring rule");
        rule = new Combo(top, SWT.READ_ONLY);
        rule.setData(WidgetNames.KEY, HierarchyIds.RULE);
        rule.addListener(SWT.Selection, e -> {
            recompute();
            respondents.reload();
        });
        Button importButton = new Button(top, SWT.PUSH);
        importButton.setText("Import Survey\u2026");
        importButton.setToolTipText("Import survey responses (CSV or TSV) and perhaps an instrument");
        importButton.setData(WidgetNames.KEY, HierarchyIds.IMPORT);
        importButton.addListener(SWT.Selection, e -> importSurvey());
        status = new StatusLine(top, () -> refresh.cancel(), this::recompute);

        changes = new SurveyChanges(session, () -> surveys, ui::asyncExec);
        Exporter exporter = new Exporter(parent::getShell,
                exportFiles != null ? exportFiles : new FileDialogExportFiles(), status::note,
                () -> session.overview().map(ProjectOverview::name).orElse("rapport"));
        view = new HierarchyView(parent, exporter, hierarchy == null ? List.of() : hierarchy.benchmarks(),
                attribute -> recompute(), card -> respondents = new RespondentsPanel(card, exporter, session,
                        ui::asyncExec, () -> hierarchy, this::ruleId, status::failed),
                card -> editor = new InstrumentEditor(card.body(), () -> surveys, new EditorActions(exporter)));
        view.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        refresh = new LatestComputation<>("Scoring the engagement hierarchy", session::store, session.rule(),
                ProjectSession.JOB_FAMILY, ui::asyncExec, new Shown());
        fillRules();
        if (session.overview().isPresent()) {
            recompute();
            respondents.reload();
        } else {
            nothingOpen();
        }
    }


    /** The hierarchy service, when it comes or goes; its rules come and go with it. */
    @Inject
    void hierarchy(@Optional @Service(dynamic = true) EngagementHierarchy service) {
        hierarchy = service;
        if (live()) {
            fillRules();
            recompute();
            respondents.reload();
        }
    }

    @Inject
    void surveys(@Optional @Service(dynamic = true) SurveyImporter service) {
        surveys = service;
    }

    @Inject
    @Optional
    void opened(@UIEventTopic(ProjectSession.TOPIC_OPENED) ProjectOverview overview) {
        if (live()) {
            view.clear();
            editor.show(null);
            recompute();
            respondents.reload();
        }
    }

    @Inject
    @Optional
    void changed(@UIEventTopic(ProjectSession.TOPIC_CHANGED) ProjectOverview overview) {
        if (live()) {
            recompute();
            respondents.reload();
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
        rule.setFocus();
    }

    @PreDestroy
    void dispose() {
        disposed = true;
        if (refresh != null) {
            refresh.supersede();
            respondents.dispose();
        }
    }

    private void fillRules() {
        String picked = ruleId();
        rules = hierarchy == null ? List.of() : hierarchy.rules();
        rule.removeAll();
        rules.forEach(r -> rule.add(r.label()));
        int index = 0;
        for (int i = 0; i < rules.size(); i++) {
            String id = rules.get(i).id();
            if (id.equals(picked) || picked == null && id.equals(EngagementHierarchy.DEFAULT_RULE)) {
                index = i;
            }
        }
        if (!rules.isEmpty()) {
            rule.select(index);
        }
        rule.getParent().layout(true);
    }

    /** The rule picked, or {@code null} before the rules are known. */
    private String ruleId() {
        int i = rule == null ? -1 : rule.getSelectionIndex();
        return i < 0 || i >= rules.size() ? null : rules.get(i).id();
    }

    private void nothingOpen() {
        refresh.supersede();
        view.clear();
        respondents.clear();
        editor.show(null);
        status.noProject();
    }

    private void recompute() {
        if (session.overview().isEmpty()) {
            nothingOpen();
            return;
        }
        EngagementHierarchy service = hierarchy;
        SurveyImporter reader = surveys;
        if (service == null || reader == null) {
            refresh.supersede();
            view.clear();
            status.failed("The engagement hierarchy (io.rapport.hierarchy.core) is not installed.");
            return;
        }
        ScoreRequest request = new ScoreRequest(ruleId(), view.attribute(), false);
        status.computing("Scoring under " + (request.rule() == null ? EngagementHierarchy.DEFAULT_RULE
                : request.rule()) + "\u2026");
        refresh.request((store, monitor) -> {
            long start = System.nanoTime();
            SubMonitor progress = SubMonitor.convert(monitor, 10);
            java.util.Optional<InstrumentFile> instrument = reader.instrument(store);
            if (instrument.isEmpty()) {
                return new HierarchyData(null, List.of(), null, 0);
            }
            List<String> attributes = service.attributes(store);
            String by = request.by() != null && attributes.contains(request.by()) ? request.by()
                    : attributes.isEmpty() ? null : attributes.get(0);
            HierarchyReport report = service.score(store, new ScoreRequest(request.rule(), by, false),
                    progress.split(10));
            return new HierarchyData(report, attributes, instrument.get(), (System.nanoTime() - start) / 1_000_000);
        }, 0);
    }

    private void importSurvey() {
        if (session.overview().isEmpty()) {
            status.noProject();
            return;
        }
        if (surveys == null) {
            status.failed("The engagement hierarchy (io.rapport.hierarchy.core) is not installed.");
            return;
        }
        SurveyImportDialog dialog = new SurveyImportDialog(rule.getShell(), surveys, editor.stored());
        if (dialog.open() != Window.OK) {
            return;
        }
        status.computing("Importing the survey\u2026");
        changes.importSurvey(dialog.request(), new SurveyChanges.Outcome() {
            @Override
            public void done(SurveyImportReport report) {
                if (!disposed) {
                    MessageDialog.openInformation(rule.getShell(), "Survey Imported", SurveyChanges.summary(report));
                }
            }

            @Override
            public void failed(String message) {
                if (!disposed) {
                    status.failed(message);
                    MessageDialog.openError(rule.getShell(), "Survey Not Imported", message);
                }
            }
        });
    }

    /** Renders what the background computation delivers (in the UI thread). */
    private final class Shown implements LatestComputation.Listener<HierarchyData> {
        @Override
        public void computed(HierarchyData data) {
            if (data.report() == null) {
                view.clear();
                if (!editor.dirty()) {
                    editor.show(null);
                }
                status.ready("No survey in this project yet: Import Survey\u2026 brings one in.", "");
                return;
            }
            view.show(data);
            if (!editor.dirty()) {
                editor.show(data.instrument());
            }
            HierarchyReport r = data.report();
            status.ready(Texts.count(r.scored()) + " of " + Texts.count(r.respondents()) + " respondents scored  \u00b7  "
                    + String.format(Locale.getDefault(Locale.Category.FORMAT), "%.1f s", data.millis() / 1000.0),
                    r.instrument() + " under " + r.rule().label());
        }

        @Override
        public void failed(String message) {
            view.clear();
            status.failed(message);
        }

        @Override
        public void cancelled() {
            view.clear();
            status.cancelled("Cancelled: the view shows nothing for this rule yet.");
        }

        @Override
        public void noProject() {
            nothingOpen();
        }
    }

    /** The instrument editor's buttons: save to the project, open a file, write a file. */
    private final class EditorActions implements InstrumentEditor.Actions {
        private final Exporter exporter;

        EditorActions(Exporter exporter) {
            this.exporter = exporter;
        }

        @Override
        public void save(InstrumentFile edited) {
            status.computing("Saving the instrument\u2026");
            changes.saveInstrument(edited, new SurveyChanges.Outcome() {
                @Override
                public void done(SurveyImportReport report) {
                    if (!disposed) {
                        editor.show(edited);
                        status.note("Saved the instrument " + report.instrument() + " to the project.");
                    }
                }

                @Override
                public void failed(String message) {
                    if (!disposed) {
                        status.failed(message);
                    }
                }
            });
        }

        @Override
        public void open() {
            FileDialog dialog = new FileDialog(rule.getShell(), SWT.OPEN);
            dialog.setFilterExtensions(new String[] {"*.json", "*.*"});
            String chosen = dialog.open();
            if (chosen == null || surveys == null) {
                return;
            }
            try {
                editor.edit(surveys.readInstrument(Path.of(chosen)));
            } catch (SurveyInputException e) {
                MessageDialog.openError(rule.getShell(), "Instrument Not Read", e.getMessage());
            }
        }

        @Override
        public void export(String json) {
            java.util.Optional<Path> file = exportFiles().choose(rule.getShell(), "Save the instrument as JSON",
                    "instrument.json", "json");
            if (file.isEmpty()) {
                return;
            }
            try {
                Files.writeString(file.get(), json, StandardCharsets.UTF_8);
                status.note("Saved the instrument to " + file.get());
            } catch (IOException e) {
                exporter.failed("the instrument", file.get(), e);
            }
        }
    }

    private ExportFiles exportFiles() {
        return exportFiles != null ? exportFiles : new FileDialogExportFiles();
    }
}
