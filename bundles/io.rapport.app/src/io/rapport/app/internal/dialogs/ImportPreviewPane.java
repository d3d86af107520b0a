package io.rapport.app.internal.dialogs;

import io.rapport.core.importer.ImportPreview;
import io.rapport.core.model.Interaction;
import io.rapport.core.store.RecordError;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the import would read: every file (or archive entry) with the format picked for it and why, and below,
 * the first records of the selected file as its importer maps them, a rejected one in red with its reason.
 */
final class ImportPreviewPane {
    private final SashForm sash;
    private final Table files;
    private final Table records;
    private ImportPreview preview;

    /** @param selected told the input (file, folder or archive) of the file the user selects */
    ImportPreviewPane(Composite parent, Consumer<Path> selected) {
        sash = new SashForm(parent, SWT.VERTICAL);
        files = table(sash, new String[] {"File", "Format", "Why this format"}, new int[] {300, 200, 300});
        files.addListener(SWT.Selection, e -> {
            int i = files.getSelectionIndex();
            if (preview != null && i >= 0 && i < preview.files().size()) {
                showRecords(preview.files().get(i));
                selected.accept(preview.files().get(i).input());
            }
        });
        records = table(sash, new String[] {"Record", "Id", "Created (UTC)", "Kind", "Author", "Text"},
                new int[] {60, 140, 150, 70, 120, 340});
        sash.setWeights(45, 55);
    }

    private static Table table(Composite parent, String[] headings, int[] widths) {
        Table t = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        t.setHeaderVisible(true);
        t.setLinesVisible(true);
        for (int i = 0; i < headings.length; i++) {
            TableColumn c = new TableColumn(t, SWT.LEFT);
            c.setText(headings[i]);
            c.setWidth(widths[i]);
        }
        return t;
    }

    Control control() {
        return sash;
    }

    Table files() {
        return files;
    }

    Table records() {
        return records;
    }

    /** Shows "reading…" for each input while the preview is computed. */
    void pending(List<Path> inputs) {
        preview = null;
        files.removeAll();
        records.removeAll();
        for (Path p : inputs) {
            new TableItem(files, SWT.NONE).setText(new String[] {p.toString(), "\u2026", ""});
        }
    }

    void show(ImportPreview newPreview) {
        preview = newPreview;
        files.removeAll();
        for (ImportPreview.File f : preview.files()) {
            TableItem item = new TableItem(files, SWT.NONE);
            item.setText(new String[] {f.name(), f.format().label() + " (" + f.format().id() + ")",
                f.failure() != null ? "cannot be read: " + f.failure() : f.why() == null ? "its name" : f.why()});
            if (f.failure() != null) {
                item.setForeground(files.getDisplay().getSystemColor(SWT.COLOR_RED));
            }
        }
        records.removeAll();
        if (!preview.files().isEmpty()) {
            files.select(0);
            showRecords(preview.files().get(0));
        }
    }

    void clear() {
        preview = null;
        files.removeAll();
        records.removeAll();
    }

    private void showRecords(ImportPreview.File f) {
        records.setRedraw(false);
        records.removeAll();
        int n = 1;
        for (Interaction i : f.records()) {
            new TableItem(records, SWT.NONE).setText(new String[] {Integer.toString(n++), i.sourceId(),
                i.createdAt().toString(), i.kind().id(), i.authorHandle(),
                i.text() == null ? "" : i.text().replace('\n', ' ')});
        }
        for (RecordError e : f.rejected()) {
            TableItem item = new TableItem(records, SWT.NONE);
            item.setText(new String[] {Long.toString(e.line()), "", "", "", "", "rejected: " + e.reason()});
            item.setForeground(records.getDisplay().getSystemColor(SWT.COLOR_RED));
        }
        records.setRedraw(true);
    }
}
