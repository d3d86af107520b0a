package io.rapport.hierarchy.ui.internal;

import io.rapport.hierarchy.core.ColumnPreview;
import io.rapport.hierarchy.core.InstrumentFile;
import io.rapport.hierarchy.core.ResponseMapping;
import io.rapport.hierarchy.core.SurveyImporter;
import io.rapport.hierarchy.core.SurveyInputException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Asks what to import into the project's survey: which instrument (the project's, Rapport's demo, or a file),
 * a responses file (CSV, TSV or an .xlsx workbook and its sheet), and whether the file replaces the survey or
 * adds to it. The mapping step shows how each column will be read; where a column's name does not match, the
 * user says how to read it (an item, the respondent id, the handle, an attribute, or ignore it), and sees what is
 * still missing. The mapping can be loaded from and saved to a file for {@code rapport score --mapping}.
 */
final class SurveyImportDialog extends TitleAreaDialog {
    /** The instrument to use. */
    enum InstrumentChoice { KEEP, DEMO, FILE }

    /** What the user asked for. */
    record Request(InstrumentFile instrument, Path responses, ResponseMapping mapping, boolean replace,
            boolean strict) {
    }

    private static final String SOURCE = "the import's column mapping";
    private final SurveyImporter surveys;
    private final InstrumentFile projectInstrument;
    private Button keep;
    private Button demo;
    private Text instrumentFile;
    private Text responses;
    private Text sheet;
    private TableViewer columns;
    private Label problems;
    private Button replace;
    private Button strict;
    /** What the user mapped, column → target; the other columns are read by their names. */
    private final Map<String, String> mapped = new LinkedHashMap<>();
    private ColumnPreview preview;
    private InstrumentFile instrument;
    private long previewGeneration;
    private Request request;

    /** @param projectInstrument the project's instrument, or {@code null} when it has none */
    SurveyImportDialog(Shell parent, SurveyImporter surveys, InstrumentFile projectInstrument) {
        super(parent);
        this.surveys = surveys;
        this.projectInstrument = projectInstrument;
        setShellStyle(getShellStyle() | SWT.RESIZE);
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
        setMessage("Survey responses, one row per respondent and one column per item. Rows with errors are reported"
                + " with their row number; the valid rows are kept.");
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        form.setLayout(new GridLayout(3, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        label(form, "Instrument:");
        keep = radio(form, "The project's instrument");
        keep.setEnabled(projectInstrument != null);
        label(form, "");
        demo = radio(form, "Rapport's demo instrument (openly worded)");
        label(form, "");
        Button fromFile = radio(form, "From a file:");
        label(form, "");
        instrumentFile = fileField(form, "*.json");
        (projectInstrument != null ? keep : demo).setSelection(true);
        for (Button b : List.of(keep, demo, fromFile)) {
            b.addListener(SWT.Selection, e -> refreshPreview());
        }
        label(form, "Responses:");
        responses = fileField(form, "*.csv;*.tsv;*.txt;*.xlsx");
        label(form, "Sheet:");
        sheet = new Text(form, SWT.BORDER);
        sheet.setMessage("an .xlsx workbook's sheet; the first visible sheet when empty");
        sheet.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        sheet.addListener(SWT.Modify, e -> refreshPreview());

        label(form, "Columns:");
        columns = new TableViewer(form, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        columns.setContentProvider(ArrayContentProvider.getInstance());
        columns.getTable().setHeaderVisible(true);
        columns.getTable().setLinesVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        tableData.heightHint = 200;
        columns.getTable().setLayoutData(tableData);
        column("Column in the file", 220, c -> c.header());
        TableViewerColumn readAs = column("Read as", 220, c -> c.readAs() + (c.mapped() ? "  (mapped)" : ""));
        readAs.setEditingSupport(new ReadAsEditing());
        label(form, "");
        problems = new Label(form, SWT.WRAP);
        problems.setForeground(form.getDisplay().getSystemColor(SWT.COLOR_RED));
        GridData problemsData = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        problemsData.widthHint = 560;
        problems.setLayoutData(problemsData);
        label(form, "");
        Composite mappingButtons = new Composite(form, SWT.NONE);
        mappingButtons.setLayout(new GridLayout(3, false));
        mappingButtons.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        button(mappingButtons, "Load Mapping\u2026", this::loadMapping);
        button(mappingButtons, "Save Mapping\u2026", this::saveMapping);
        button(mappingButtons, "Clear Mapping", () -> {
            mapped.clear();
            refreshPreview();
        });

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

    private TableViewerColumn column(String heading, int width,
            Function<ColumnPreview.Column, String> text) {
        TableViewerColumn c = new TableViewerColumn(columns, SWT.LEFT);
        c.getColumn().setText(heading);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((ColumnPreview.Column) element);
            }
        });
        return c;
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

    private static void button(Composite parent, String text, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.addListener(SWT.Selection, e -> action.run());
    }

    private Text fileField(Composite form, String extensions) {
        Text field = new Text(form, SWT.BORDER);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 380;
        field.setLayoutData(data);
        field.addListener(SWT.Modify, e -> refreshPreview());
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

    /** The instrument chosen, read; {@code null} (with the reason shown) when it cannot be read. */
    private InstrumentFile chosenInstrument() {
        if (keep.getSelection()) {
            return projectInstrument;
        }
        if (demo.getSelection()) {
            return surveys.demoInstrument();
        }
        Path file = path(instrumentFile);
        if (file == null) {
            throw new IllegalStateException("Choose the instrument file.");
        }
        try {
            return surveys.readInstrument(file);
        } catch (SurveyInputException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Reads {@code column} as {@code target} (in the words of a mapping file) from now on. */
    void map(String column, String target) {
        mapped.put(column, target);
        refreshPreview();
    }

    /** The fields a user fills in, for a test that drives the dialog. */
    Text responsesField() {
        return responses;
    }

    /** What the mapping step says is missing, one reason a line; empty when the file can be imported. */
    String problems() {
        return problems.getText();
    }

    /** Whether the Import button can be pressed. */
    boolean importEnabled() {
        Button ok = getButton(IDialogConstants.OK_ID);
        return ok != null && ok.getEnabled();
    }

    /** Presses Import, as the user does. */
    void pressImport() {
        buttonPressed(IDialogConstants.OK_ID);
    }

    /** How the columns are read now, {@code null} while reading them. */
    ColumnPreview preview() {
        return preview;
    }

    private ResponseMapping mapping() {
        return new ResponseMapping(mapped, sheet.getText().strip(), SOURCE);
    }

    /**
     * Reads the header again in the background (a workbook's shared strings can take a moment) and shows how
     * the columns will be read; a newer request supersedes an older one.
     */
    private void refreshPreview() {
        long generation = ++previewGeneration;
        preview = null;
        instrument = null;
        Path file = path(responses);
        String problem;
        try {
            instrument = chosenInstrument();
            problem = file == null || Files.isRegularFile(file) ? null : "There is no file " + file + ".";
        } catch (IllegalStateException e) {
            problem = e.getMessage();
        }
        if (problem != null || file == null || instrument == null) {
            columns.setInput(List.of());
            show(problem == null ? List.of() : List.of(problem));
            return;
        }
        InstrumentFile using = instrument;
        ResponseMapping mapping = mapping();
        show(List.of("Reading the columns\u2026"));
        Job read = new Job("Reading the columns of " + file.getFileName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                ColumnPreview result = null;
                String failure = null;
                try {
                    result = surveys.previewColumns(file, using, mapping);
                } catch (SurveyInputException e) {
                    failure = e.getMessage();
                }
                ColumnPreview read = result;
                String reason = failure;
                getShell().getDisplay().asyncExec(() -> {
                    if (generation != previewGeneration || getShell() == null || getShell().isDisposed()) {
                        return;
                    }
                    preview = read;
                    columns.setInput(read == null ? List.of() : read.columns());
                    show(read == null ? List.of(reason) : read.problems());
                });
                return Status.OK_STATUS;
            }
        };
        read.setSystem(true);
        read.schedule();
    }

    private void show(List<String> messages) {
        problems.setText(String.join("\n", messages));
        problems.getParent().layout(true);
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(canImport());
        }
    }

    private boolean canImport() {
        if (instrument == null) {
            return false;
        }
        if (path(responses) == null) {
            // an instrument alone (or replacing the survey with nothing)
            return !keep.getSelection() || replace.getSelection();
        }
        return preview != null && preview.problems().isEmpty();
    }

    private void loadMapping() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] {"*.json", "*.*"});
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            ResponseMapping loaded = surveys.readMapping(Path.of(chosen));
            mapped.clear();
            mapped.putAll(loaded.columns());
            if (loaded.sheet() != null) {
                sheet.setText(loaded.sheet());
            }
            refreshPreview();
        } catch (SurveyInputException e) {
            setErrorMessage(e.getMessage());
        }
    }

    private void saveMapping() {
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] {"*.json"});
        dialog.setFileName("mapping.json");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode document = json.createObjectNode();
        if (!sheet.getText().isBlank()) {
            document.put(ResponseMapping.SHEET, sheet.getText().strip());
        }
        mapped.forEach(document::put);
        try {
            Files.writeString(Path.of(chosen), json.writeValueAsString(document) + "\n", StandardCharsets.UTF_8);
            setMessage("Saved the mapping to " + chosen + " (rapport score --mapping reads it).");
        } catch (IOException e) {
            setErrorMessage("Could not write " + chosen + ": " + e.getMessage());
        }
    }

    @Override
    protected void okPressed() {
        if (!canImport()) {
            return;
        }
        request = new Request(keep.getSelection() ? null : instrument, path(responses), mapping(),
                replace.getSelection(), strict.getSelection());
        super.okPressed();
    }

    private static Path path(Text field) {
        String text = field.getText().strip();
        return text.isEmpty() ? null : Path.of(text);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Import", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        replace.addListener(SWT.Selection, e -> show(List.of(problems.getText())));
        refreshPreview();
    }

    /** "Read as": every item of the instrument, the roles, or an attribute named after the column. */
    private final class ReadAsEditing extends EditingSupport {
        ReadAsEditing() {
            super(columns);
        }

        private List<String> choices(ColumnPreview.Column column) {
            List<String> all = new ArrayList<>();
            if (instrument != null) {
                instrument.instrument().items().forEach(i -> all.add(i.id()));
            }
            all.addAll(List.of(ResponseMapping.RESPONDENT_ID, ResponseMapping.HANDLE, ResponseMapping.HANDLE_CHANNEL,
                    ResponseMapping.IGNORE, ResponseMapping.ATTRIBUTE_PREFIX + column.header()));
            return all;
        }

        @Override
        protected boolean canEdit(Object element) {
            return instrument != null;
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return new ComboBoxCellEditor(columns.getTable(),
                    choices((ColumnPreview.Column) element).toArray(String[]::new), SWT.READ_ONLY);
        }

        @Override
        protected Object getValue(Object element) {
            ColumnPreview.Column column = (ColumnPreview.Column) element;
            String readAs = column.readAs().startsWith(ResponseMapping.ATTRIBUTE_PREFIX)
                    ? ResponseMapping.ATTRIBUTE_PREFIX + column.header() : column.readAs();
            return Math.max(0, choices(column).indexOf(readAs));
        }

        @Override
        protected void setValue(Object element, Object value) {
            ColumnPreview.Column column = (ColumnPreview.Column) element;
            List<String> choices = choices(column);
            int index = (Integer) value;
            if (index < 0 || index >= choices.size()) {
                return;
            }
            String target = choices.get(index);
            if (!target.equals(column.readAs())) {
                map(column.header(), target);
            }
        }
    }
}
