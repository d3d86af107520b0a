package io.rapport.app.internal.importlog;

import io.rapport.app.ProjectOverview;
import io.rapport.app.ProjectSession;
import io.rapport.core.importer.ImportInput;
import io.rapport.core.importer.ImportSink;
import io.rapport.core.store.Dataset;
import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;
import io.rapport.core.store.RecordError;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import java.util.Comparator;
import java.util.List;

/**
 * The Import Log: every rejected record of the open project's imports, per dataset (newest first), with its
 * line, byte offset, reason and original text, so that a user can fix the source and import it again.
 */
public final class ImportLogPart {
    private final ProjectSession session;
    private final UISynchronize ui;
    private Combo datasets;
    private Label summary;
    private Table errors;
    private StyledText raw;
    private List<Dataset> shown = List.of();
    private List<RecordError> loaded = List.of();
    private Job loading;

    @Inject
    public ImportLogPart(ProjectSession session, UISynchronize ui) {
        this.session = session;
        this.ui = ui;
    }

    @PostConstruct
    void createControls(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        new Label(parent, SWT.NONE).setText("Dataset:");
        datasets = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        datasets.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        datasets.addListener(SWT.Selection, e -> load());
        summary = new Label(parent, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        errors = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        errors.setHeaderVisible(true);
        errors.setLinesVisible(true);
        column("Line", 70, SWT.RIGHT);
        column("Byte offset", 100, SWT.RIGHT);
        column("Reason", 600, SWT.LEFT);
        errors.addListener(SWT.Selection, e -> showRaw());
        raw = new StyledText(sash, SWT.BORDER | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        raw.setFont(JFaceResources.getTextFont());
        sash.setWeights(3, 2);
        show(session.overview().orElse(null));
    }

    private void column(String text, int width, int style) {
        TableColumn c = new TableColumn(errors, style);
        c.setText(text);
        c.setWidth(width);
    }

    @Focus
    void focus() {
        datasets.setFocus();
    }

    @Inject
    @Optional
    void opened(@UIEventTopic(ProjectSession.TOPIC_OPENED) ProjectOverview overview) {
        show(overview);
    }

    @Inject
    @Optional
    void changed(@UIEventTopic(ProjectSession.TOPIC_CHANGED) ProjectOverview overview) {
        show(overview);
    }

    @Inject
    @Optional
    void closed(@UIEventTopic(ProjectSession.TOPIC_CLOSED) ProjectOverview overview) {
        show(null);
    }

    /** Lists the datasets with rejections, newest first, and shows the newest (what was just imported). */
    private void show(ProjectOverview overview) {
        if (datasets == null || datasets.isDisposed()) {
            return;
        }
        shown = overview == null ? List.of() : overview.datasets().stream().filter(d -> d.rejected() > 0)
                .sorted(Comparator.comparingLong(Dataset::id).reversed()).toList();
        datasets.removeAll();
        for (Dataset d : shown) {
            datasets.add(String.format("#%d %s [%s] — %,d rejected", d.id(), fileName(d.file()), d.format(),
                    d.rejected()));
        }
        if (shown.isEmpty()) {
            summary.setText(overview == null ? "No project is open." : "No import of this project rejected a record.");
            errors.removeAll();
            raw.setText("");
            return;
        }
        datasets.select(0);
        load();
    }

    private void load() {
        int index = datasets.getSelectionIndex();
        if (index < 0 || index >= shown.size()) {
            return;
        }
        Dataset dataset = shown.get(index);
        if (loading != null) {
            loading.cancel();
        }
        summary.setText("Loading the rejected records of " + fileName(dataset.file()) + " …");
        loading = Job.create("Reading the import log of " + fileName(dataset.file()), monitor -> {
            ProjectStore store = session.store().orElse(null);
            if (store == null) {
                return Status.CANCEL_STATUS;
            }
            try {
                List<RecordError> records = store.importErrors(dataset.id());
                ui.asyncExec(() -> shown(dataset, records));
                return Status.OK_STATUS;
            } catch (ProjectException e) {
                ui.asyncExec(() -> {
                    if (!summary.isDisposed()) {
                        summary.setText(e.getMessage());
                    }
                });
                return Status.CANCEL_STATUS;
            }
        });
        loading.setRule(session.rule());
        loading.setSystem(true);
        loading.schedule();
    }

    private void shown(Dataset dataset, List<RecordError> records) {
        if (errors.isDisposed()) {
            return;
        }
        loaded = records;
        errors.setRedraw(false);
        try {
            errors.removeAll();
            for (RecordError e : records) {
                TableItem item = new TableItem(errors, SWT.NONE);
                item.setText(new String[] { String.format("%,d", e.line()),
                        e.offset() < 0 ? "" : String.format("%,d", e.offset()), e.reason() });
            }
        } finally {
            errors.setRedraw(true);
        }
        summary.setText(String.format("%s (%s, imported %s): %,d record(s) rejected%s. Select one to see its text.",
                dataset.file(), dataset.format(), dataset.importedAt(), dataset.rejected(),
                dataset.rejected() > records.size()
                        ? String.format("; the first %,d are kept", ImportSink.MAX_KEPT_ERRORS) : ""));
        if (!records.isEmpty()) {
            errors.select(0);
            showRaw();
        } else {
            raw.setText("");
        }
    }

    private void showRaw() {
        int i = errors.getSelectionIndex();
        if (i < 0 || i >= loaded.size()) {
            raw.setText("");
            return;
        }
        RecordError e = loaded.get(i);
        raw.setText(e.raw() != null ? e.raw()
                : "(the importer could not delimit this record, so its text was not kept: see line "
                        + e.line() + (e.offset() >= 0 ? ", byte offset " + e.offset() : "") + " of the file)");
    }

    @PreDestroy
    void dispose() {
        if (loading != null) {
            loading.cancel();
        }
    }

    static String fileName(String file) {
        return ImportInput.shortName(file);
    }
}
