package io.rapport.hierarchy.ui.internal;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Asks what to import into the project's survey: which instrument (the project's, Rapport's demo, or a file),
 * a responses file (CSV or TSV), an optional column mapping for columns named differently from the items, and
 * whether the file replaces the survey or adds to it.
 */
final class SurveyImportDialog extends TitleAreaDialog {
    /** The instrument to use. */
    enum InstrumentChoice { KEEP, DEMO, FILE }

    /** What the user asked for. */
    record Request(InstrumentChoice instrument, Path instrumentFile, Path responses, Path mapping, boolean replace,
            boolean strict) {
    }

    private final boolean hasInstrument;
    private Button keep;
    private Button demo;
    private Button fromFile;
    private Text instrumentFile;
    private Text responses;
    private Text mapping;
    private Button replace;
    private Button strict;
    private Request request;

    SurveyImportDialog(Shell parent, boolean hasInstrument) {
        super(parent);
        this.hasInstrument = hasInstrument;
    }

    Request request() {
        return request;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Import Survey");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle("Import a survey into the project");
        setMessage("Survey responses (CSV or TSV, one column per item id) scored with an instrument. Rows with "
                + "errors are reported with their row number; the valid rows are kept.");
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        form.setLayout(new GridLayout(3, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        label(form, "Instrument:");
        keep = radio(form, "The project's instrument");
        keep.setEnabled(hasInstrument);
        label(form, "");
        demo = radio(form, "Rapport's demo instrument (openly worded)");
        label(form, "");
        fromFile = radio(form, "From a file:");
        label(form, "");
        instrumentFile = fileField(form, "*.json");
        (hasInstrument ? keep : demo).setSelection(true);
        label(form, "Responses:");
        responses = fileField(form, "*.csv;*.tsv;*.txt");
        label(form, "Column mapping:");
        mapping = fileField(form, "*.json");
        mapping.setMessage("optional: a JSON object, column \u2192 item id, attribute or ignore");
        label(form, "");
        replace = new Button(form, SWT.CHECK);
        replace.setText("Replace the stored respondents (a new survey)");
        replace.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        label(form, "");
        strict = new Button(form, SWT.CHECK);
        strict.setText("Import nothing if a row is rejected");
        strict.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        return area;
    }

    private static void label(Composite form, String text) {
        new Label(form, SWT.NONE).setText(text);
    }

    private static Button radio(Composite form, String text) {
        Button b = new Button(form, SWT.RADIO);
        b.setText(text);
        b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        return b;
    }

    private Text fileField(Composite form, String extensions) {
        Text field = new Text(form, SWT.BORDER);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 380;
        field.setLayoutData(data);
        Button browse = new Button(form, SWT.PUSH);
        browse.setText("Browse\u2026");
        browse.addListener(SWT.Selection, e -> {
            FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
            dialog.setFilterExtensions(new String[] {extensions, "*.*"});
            String chosen = dialog.open();
            if (chosen != null) {
                field.setText(chosen);
            }
        });
        return field;
    }

    @Override
    protected void okPressed() {
        InstrumentChoice choice = keep.getSelection() ? InstrumentChoice.KEEP
                : demo.getSelection() ? InstrumentChoice.DEMO : InstrumentChoice.FILE;
        Path instrument = path(instrumentFile);
        Path responsesFile = path(responses);
        Path mappingFile = path(mapping);
        String problem = choice == InstrumentChoice.FILE && instrument == null ? "Choose the instrument file."
                : missing(instrument) ? "There is no file " + instrument + "."
                : missing(responsesFile) ? "There is no file " + responsesFile + "."
                : missing(mappingFile) ? "There is no file " + mappingFile + "."
                : choice == InstrumentChoice.KEEP && responsesFile == null && !replace.getSelection()
                        ? "Choose a responses file, another instrument, or to replace the survey." : null;
        if (problem != null) {
            setErrorMessage(problem);
            return;
        }
        request = new Request(choice, choice == InstrumentChoice.FILE ? instrument : null, responsesFile,
                mappingFile, replace.getSelection(), strict.getSelection());
        super.okPressed();
    }

    private static Path path(Text field) {
        String text = field.getText().strip();
        return text.isEmpty() ? null : Path.of(text);
    }

    private static boolean missing(Path file) {
        return file != null && !Files.isRegularFile(file);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Import", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }
}
