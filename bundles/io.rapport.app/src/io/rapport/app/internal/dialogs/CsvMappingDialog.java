package io.rapport.app.internal.dialogs;

import io.rapport.core.model.Interaction;
import io.rapport.importer.csv.ColumnRule;
import io.rapport.importer.csv.CsvMapping;
import io.rapport.importer.csv.CsvMappingException;
import io.rapport.importer.csv.CsvMappingFile;
import io.rapport.importer.csv.CsvPreview;
import io.rapport.importer.csv.MappingGuess;
import io.rapport.importer.csv.PreviewRow;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The column mapping of a CSV/TSV file, made with a live preview: each canonical field is read from a column,
 * given one value for every row, or left out; the first rows of the file show what they become (or why they
 * would be rejected) after every change. Starts from the mapping the header suggests (or a file's); saves the
 * mapping as a reusable file, the one {@code rapport import --mapping} reads.
 */
public final class CsvMappingDialog extends TitleAreaDialog {
    /** How many rows the preview reads. */
    static final int PREVIEW_ROWS = 20;
    private static final String NOT_MAPPED = "(not mapped)";
    private static final String CONSTANT = "(one value for every row)";

    private final Path csv;
    private final Path defaultSave;
    private CsvMapping mapping;
    private CsvPreview preview;
    private Path saved;
    private TableViewer fields;
    private Table rows;
    private Label problems;

    /**
     * @param initial     the mapping to start from, or {@code null} to guess one from the header
     * @param defaultSave where the mapping is saved if the user does not save it elsewhere
     */
    public CsvMappingDialog(Shell parent, Path csv, CsvMapping initial, Path defaultSave) throws IOException {
        super(parent);
        this.csv = csv;
        this.defaultSave = defaultSave;
        this.mapping = initial != null ? initial : MappingGuess.forFile(csv);
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    }

    /** The mapping made, once OK was pressed. */
    public CsvMapping mapping() {
        return mapping;
    }

    /** Where the mapping was saved (by the user, or on OK), for the import's {@code --mapping}. */
    public Path savedFile() {
        return saved;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("CSV Column Mapping");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle("Map the columns of " + csv.getFileName());
        setMessage("Say where each field of an interaction comes from: a column, one value for every row, or"
                + " nothing. The preview shows the first " + PREVIEW_ROWS + " rows as they will be imported.");
        Composite area = (Composite) super.createDialogArea(parent);
        SashForm sash = new SashForm(area, SWT.VERTICAL);
        GridData sashData = new GridData(SWT.FILL, SWT.FILL, true, true);
        sashData.widthHint = 900;
        sashData.heightHint = 560;
        sash.setLayoutData(sashData);

        fields = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        fields.setContentProvider(ArrayContentProvider.getInstance());
        fields.getTable().setHeaderVisible(true);
        fields.getTable().setLinesVisible(true);
        column("Field", 150, f -> f + (CsvMapping.REQUIRED.contains(f) ? " *" : ""), null);
        column("From", 240, this::source, new SourceEditing());
        column("Value, or the date format and zone", 420, this::detail, new DetailEditing());

        Composite bottom = new Composite(sash, SWT.NONE);
        bottom.setLayout(new GridLayout(1, false));
        problems = new Label(bottom, SWT.WRAP);
        problems.setForeground(bottom.getDisplay().getSystemColor(SWT.COLOR_RED));
        problems.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        rows = new Table(bottom, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        rows.setHeaderVisible(true);
        rows.setLinesVisible(true);
        rows.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        String[] headings = {"Row", "Id", "Created (UTC)", "Channel", "Kind", "Author", "In reply to", "Text",
            "Why it would be rejected"};
        int[] widths = {50, 110, 150, 80, 70, 110, 90, 220, 300};
        for (int i = 0; i < headings.length; i++) {
            TableColumn c = new TableColumn(rows, SWT.LEFT);
            c.setText(headings[i]);
            c.setWidth(widths[i]);
        }
        sash.setWeights(45, 55);
        fields.setInput(CsvMapping.FIELDS);
        refresh();
        return area;
    }

    private void column(String heading, int width, Function<String, String> text, EditingSupport editing) {
        TableViewerColumn c = new TableViewerColumn(fields, SWT.LEFT);
        c.getColumn().setText(heading);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((String) element);
            }
        });
        if (editing != null) {
            c.setEditingSupport(editing);
        }
    }

    private String source(String field) {
        if (mapping.constants().containsKey(field)) {
            return CONSTANT;
        }
        ColumnRule rule = mapping.fields().get(field);
        if (rule == null) {
            return NOT_MAPPED;
        }
        if (rule.column() == null) {
            return CsvMapping.MENTIONS.equals(field) ? "@handles in the text" : NOT_MAPPED;
        }
        return "column \u201c" + rule.column() + "\u201d";
    }

    private String detail(String field) {
        if (mapping.constants().containsKey(field)) {
            return mapping.constants().get(field);
        }
        ColumnRule rule = mapping.fields().get(field);
        if (rule != null && CsvMapping.CREATED_AT.equals(field)) {
            return (rule.format() == null ? "ISO-8601 or epoch seconds/milliseconds" : rule.format())
                    + (rule.zone() == null ? "" : " @ " + rule.zone());
        }
        return "";
    }

    /** Reads the file's first rows again with the mapping as it is now. */
    private void refresh() {
        try {
            preview = CsvPreview.of(csv, mapping, PREVIEW_ROWS);
        } catch (IOException e) {
            preview = null;
            problems.setText(csv + ": " + e.getMessage());
            updateOk();
            return;
        }
        fields.refresh();
        rows.setRedraw(false);
        rows.removeAll();
        for (PreviewRow r : preview.rows()) {
            TableItem item = new TableItem(rows, SWT.NONE);
            Interaction i = r.interaction();
            item.setText(i == null ? new String[] {Long.toString(r.row()), "", "", "", "", "", "", "",
                String.join("; ", r.reasons())}
                    : new String[] {Long.toString(r.row()), i.sourceId(), i.createdAt().toString(), i.channel(),
                        i.kind().id(), i.authorHandle(), i.inReplyTo() == null ? "" : i.inReplyTo(),
                        i.text() == null ? "" : i.text().replace('\n', ' '), ""});
            if (i == null) {
                item.setForeground(rows.getDisplay().getSystemColor(SWT.COLOR_RED));
            }
        }
        rows.setRedraw(true);
        List<String> lines = new ArrayList<>(preview.problems());
        if (!preview.unmappedRequired().isEmpty()) {
            lines.add("Not mapped yet: " + String.join(", ", preview.unmappedRequired()));
        }
        setMessage(csv.getFileName() + ": " + preview.encoding() + ", delimiter '" + (preview.delimiter() == '\t'
                ? "tab" : String.valueOf(preview.delimiter())) + "', " + preview.header().size() + " columns. "
                + preview.rows().stream().filter(PreviewRow::mapped).count() + " of " + preview.rows().size()
                + " previewed rows map.");
        problems.setText(String.join("\n", lines));
        problems.getParent().layout(true);
        updateOk();
    }

    private void updateOk() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(preview != null && preview.importable());
        }
    }

    /** Reads a field from a column (or the mentions from the text), as the "From" cell does. */
    public void fromColumn(String field, String column) {
        ColumnRule old = mapping.fields().get(field);
        ColumnRule rule = CsvMapping.CREATED_AT.equals(field) && old != null
                ? ColumnRule.timestamp(column, old.format(), old.zone()) : ColumnRule.column(column);
        mapping = mapping.withField(field, rule);
        refresh();
    }

    /** Gives a field one value for every row. */
    public void constant(String field, String value) {
        mapping = mapping.withConstant(field, value);
        refresh();
    }

    public void leaveOut(String field) {
        mapping = mapping.without(field);
        refresh();
    }

    /** The date format (a java.time pattern, or blank for ISO-8601 and epoch numbers) and the zone of created_at. */
    public void dateFormat(String format, String zone) {
        ColumnRule rule = mapping.fields().get(CsvMapping.CREATED_AT);
        if (rule != null) {
            mapping = mapping.withField(CsvMapping.CREATED_AT, ColumnRule.timestamp(rule.column(),
                    format == null || format.isBlank() ? null : format.strip(),
                    zone == null || zone.isBlank() ? null : zone.strip()));
            refresh();
        }
    }

    public CsvPreview preview() {
        return preview;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Button load = createButton(parent, IDialogConstants.CLIENT_ID, "Load Mapping\u2026", false);
        load.addListener(SWT.Selection, e -> load());
        Button save = createButton(parent, IDialogConstants.CLIENT_ID + 1, "Save Mapping As\u2026", false);
        save.addListener(SWT.Selection, e -> saveAs());
        createButton(parent, IDialogConstants.OK_ID, "Use This Mapping", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        updateOk();
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == IDialogConstants.CLIENT_ID || id == IDialogConstants.CLIENT_ID + 1) {
            return;
        }
        super.buttonPressed(id);
    }

    private void load() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] {"*.json", "*.*"});
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            mapping = CsvMappingFile.read(Path.of(chosen));
            saved = Path.of(chosen);
            refresh();
        } catch (CsvMappingException e) {
            setErrorMessage(e.getMessage());
        }
    }

    private void saveAs() {
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] {"*.json"});
        dialog.setFileName(defaultSave.getFileName().toString());
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            save(Path.of(chosen));
        }
    }

    /** Writes the mapping to {@code file}; it is the one the import uses. */
    public boolean save(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            CsvMappingFile.write(mapping, file, "Made in the Rapport workbench for " + csv.getFileName());
            saved = file;
            setMessage("Saved the mapping to " + file + " (rapport import --mapping reads it).");
            return true;
        } catch (IOException e) {
            setErrorMessage("Could not write " + file + ": " + e.getMessage());
            return false;
        }
    }

    /** Presses "Use This Mapping", as the user does. */
    public void useMapping() {
        okPressed();
    }

    @Override
    protected void okPressed() {
        if (preview == null || !preview.importable()) {
            return;
        }
        // the import reads the mapping from a file: the one saved, else beside the project
        if ((saved == null || !sameAsSaved()) && !save(saved != null ? saved : defaultSave)) {
            return;
        }
        super.okPressed();
    }

    private boolean sameAsSaved() {
        try {
            return CsvMappingFile.read(saved).equals(mapping);
        } catch (CsvMappingException e) {
            return false;
        }
    }

    /** The "From" cell: not mapped, one value, or one of the header's columns. */
    private final class SourceEditing extends EditingSupport {
        SourceEditing() {
            super(fields);
        }

        private String[] choices() {
            List<String> all = new ArrayList<>(List.of(NOT_MAPPED, CONSTANT));
            if (preview != null) {
                preview.header().forEach(h -> all.add("column \u201c" + h + "\u201d"));
            }
            return all.toArray(String[]::new);
        }

        @Override
        protected boolean canEdit(Object element) {
            return true;
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return new ComboBoxCellEditor(fields.getTable(), choices(), SWT.READ_ONLY);
        }

        @Override
        protected Object getValue(Object element) {
            return Math.max(0, List.of(choices()).indexOf(source((String) element)));
        }

        @Override
        protected void setValue(Object element, Object value) {
            String field = (String) element;
            int index = (Integer) value;
            if (index < 0 || index == (Integer) getValue(element)) {
                return;
            }
            if (index == 0) {
                leaveOut(field);
            } else if (index == 1) {
                constant(field, CsvMapping.KIND.equals(field) ? "post"
                        : CsvMapping.CHANNEL.equals(field) ? "csv" : "");
            } else {
                fromColumn(field, preview.header().get(index - 2));
            }
        }
    }

    /** The value of a constant, or created_at's "format @ zone". */
    private final class DetailEditing extends EditingSupport {
        DetailEditing() {
            super(fields);
        }

        @Override
        protected boolean canEdit(Object element) {
            String field = (String) element;
            return mapping.constants().containsKey(field)
                    || CsvMapping.CREATED_AT.equals(field) && mapping.fields().containsKey(field);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return new TextCellEditor(fields.getTable());
        }

        @Override
        protected Object getValue(Object element) {
            String field = (String) element;
            if (mapping.constants().containsKey(field)) {
                return mapping.constants().get(field);
            }
            ColumnRule rule = mapping.fields().get(field);
            return (rule.format() == null ? "" : rule.format()) + (rule.zone() == null ? "" : " @ " + rule.zone());
        }

        @Override
        protected void setValue(Object element, Object value) {
            String field = (String) element;
            String text = (String) value;
            if (mapping.constants().containsKey(field)) {
                constant(field, text.strip());
            } else {
                int at = text.lastIndexOf(" @ ");
                dateFormat(at < 0 ? text : text.substring(0, at), at < 0 ? null : text.substring(at + 3));
            }
        }
    }
}
