package io.rapport.app.internal.dialogs;

import io.rapport.core.importer.ImportInput;
import io.rapport.core.importer.ImportReport;
import io.rapport.core.importer.ImportReport.FileReport;
import io.rapport.core.store.RecordError;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;


/** What an import did: counts per file and the first rejected records with file, line and reason. */
public final class ImportResultDialog extends TitleAreaDialog {
    /** Rejections listed in the dialog; the Import Log shows every kept one with its text. */
    static final int SHOWN_ERRORS = 200;

    private static final int SHOW_LOG_ID = IDialogConstants.CLIENT_ID + 1;

    private final ImportReport report;
    private final Runnable showImportLog;

    /** @param showImportLog opens the Import Log (offered when the import kept rejected records) */
    public ImportResultDialog(Shell parent, ImportReport report, Runnable showImportLog) {
        super(parent);
        this.report = report;
        this.showImportLog = showImportLog;
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Import Result");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        if (report.committed()) {
            setTitle("Imported " + count(report.imported()) + " interactions from " + report.files().size()
                    + " file(s)");
            setMessage(count(report.duplicates()) + " duplicates skipped, " + count(report.rejected())
                    + " records rejected.", report.rejected() > 0 ? IMessageProvider.WARNING : IMessageProvider.NONE);
        } else {
            setTitle("Nothing was imported");
            setMessage("Strict import: " + count(report.rejected()) + " record(s) were rejected, so no file was "
                    + "imported. Fix them, or import without Strict.", IMessageProvider.ERROR);
        }
        Table files = table(area, 150, "File", 300, "Format", 120, "Imported", 90, "Duplicates", 90, "Rejected", 90);
        for (FileReport f : report.files()) {
            TableItem item = new TableItem(files, SWT.NONE);
            item.setText(new String[] { fileName(f.file()), f.format(), count(f.imported()), count(f.duplicates()),
                    count(f.rejected()) });
        }
        for (FileReport f : report.files()) {
            if (f.recognition() != null) {
                // the format was picked by content or among several importers: say so, so a wrong pick is seen
                Label why = new Label(area, SWT.WRAP);
                why.setText("  " + fileName(f.file()) + ": " + f.recognition());
                why.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            }
        }
        for (String why : report.skipped()) {
            // a file of a folder or archive that needed an option (a CSV without a mapping): say it was left out
            Label skipped = new Label(area, SWT.WRAP);
            skipped.setText("  Left out: " + why.replace("&", "&&"));
            skipped.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        }
        long rejected = report.rejected();
        if (rejected > 0) {
            Label label = new Label(area, SWT.NONE);
            label.setText("  Rejected records" + (rejected > SHOWN_ERRORS ? " (the first " + SHOWN_ERRORS + ")" : "")
                    + ":");
            Table errors = table(area, 180, "File", 220, "Line", 70, "Reason", 420);
            int shown = 0;
            for (FileReport f : report.files()) {
                for (RecordError e : f.errors()) {
                    if (shown++ >= SHOWN_ERRORS) {
                        break;
                    }
                    TableItem item = new TableItem(errors, SWT.NONE);
                    item.setText(new String[] { fileName(f.file()), Long.toString(e.line()), e.reason() });
                }
            }
        }
        return area;
    }

    private static Table table(Composite parent, int height, Object... headersAndWidths) {
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = height;
        table.setLayoutData(data);
        for (int i = 0; i < headersAndWidths.length; i += 2) {
            boolean numeric = java.util.Set.of("Imported", "Duplicates", "Rejected", "Line").contains(headersAndWidths[i]);
            TableColumn column = new TableColumn(table, numeric ? SWT.RIGHT : SWT.LEFT);
            column.setText((String) headersAndWidths[i]);
            column.setWidth((Integer) headersAndWidths[i + 1]);
        }
        return table;
    }

    private static String fileName(String file) {
        return ImportInput.shortName(file);
    }

    private static String count(long n) {
        return String.format("%,d", n);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        if (report.committed() && report.rejected() > 0) {
            createButton(parent, SHOW_LOG_ID, "Show in Import Log", false);
        }
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == SHOW_LOG_ID) {
            close();
            showImportLog.run();
        } else {
            super.buttonPressed(buttonId);
        }
    }
}
