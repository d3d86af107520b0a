package io.rapport.app.internal.dialogs;

import io.rapport.core.importer.ImportRequest;
import io.rapport.core.importer.ImporterDescriptor;
import io.rapport.importer.csv.CsvMapping;
import io.rapport.importer.csv.CsvMappingException;
import io.rapport.importer.csv.CsvMappingFile;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;

/**
 * File ▸ Import…: files and folders, the format (or recognition by file name), the column mapping that CSV and
 * TSV files need (made with a preview in {@link CsvMappingDialog}) and strict mode.
 */
public final class ImportDialog extends TitleAreaDialog {
    private static final String AUTOMATIC = "Automatic (by file name)";
    private static final String DESCRIPTION = "Each file becomes a dataset. Records already in the project are "
            + "skipped; malformed ones are rejected with their line and reason.";

    private final String project;
    private final java.util.List<ImporterDescriptor> formats;
    private final java.util.List<Path> inputs = new ArrayList<>();
    private List inputList;
    private Button remove;
    private Combo format;
    private Button strict;
    private Text mapping;
    private Button editMapping;
    private final Path projectDir;
    private ImportRequest result;

    /** @param projectDir where a mapping made here is kept when the user does not save it elsewhere */
    public ImportDialog(Shell parent, String project, Path projectDir, java.util.List<ImporterDescriptor> formats) {
        super(parent);
        this.project = project;
        this.projectDir = projectDir;
        this.formats = formats;
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Import");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Import into " + project);
        setMessage(DESCRIPTION);
        Composite fields = new Composite(area, SWT.NONE);
        fields.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        fields.setLayout(new GridLayout(2, false));
        Label filesLabel = new Label(fields, SWT.NONE);
        filesLabel.setText("&Files and folders (folders are searched for files a format recognises):");
        filesLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        inputList = new List(fields, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        GridData listData = new GridData(SWT.FILL, SWT.FILL, true, true);
        listData.heightHint = 150;
        listData.widthHint = 460;
        inputList.setLayoutData(listData);
        Composite buttons = new Composite(fields, SWT.NONE);
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        buttons.setLayout(new GridLayout(1, true));
        button(buttons, "Add F&iles\u2026").addListener(SWT.Selection, e -> addFiles());
        button(buttons, "Add F&older\u2026").addListener(SWT.Selection, e -> addFolder());
        remove = button(buttons, "&Remove");
        remove.addListener(SWT.Selection, e -> removeSelected());
        inputList.addListener(SWT.Selection, e -> validate());
        Composite options = new Composite(fields, SWT.NONE);
        options.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        options.setLayout(new GridLayout(2, false));
        new Label(options, SWT.NONE).setText("F&ormat:");
        format = new Combo(options, SWT.READ_ONLY);
        format.add(AUTOMATIC);
        for (ImporterDescriptor d : formats) {
            format.add(d.label() + "  (" + d.id() + ": " + String.join(", ", d.filePatterns()) + ")");
        }
        format.select(0);
        format.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(options, SWT.NONE).setText("CSV &mapping:");
        Composite mappingRow = new Composite(options, SWT.NONE);
        mappingRow.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout mappingLayout = new GridLayout(3, false);
        mappingLayout.marginWidth = 0;
        mappingLayout.marginHeight = 0;
        mappingRow.setLayout(mappingLayout);
        mapping = new Text(mappingRow, SWT.BORDER);
        mapping.setMessage("a column mapping file, needed for CSV and TSV files");
        mapping.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        mapping.addListener(SWT.Modify, e -> validate());
        Button browseMapping = new Button(mappingRow, SWT.PUSH);
        browseMapping.setText("Browse\u2026");
        browseMapping.addListener(SWT.Selection, e -> {
            FileDialog chooser = new FileDialog(getShell(), SWT.OPEN);
            chooser.setFilterExtensions(new String[] {"*.json", "*"});
            String chosen = chooser.open();
            if (chosen != null) {
                mapping.setText(chosen);
            }
        });
        editMapping = new Button(mappingRow, SWT.PUSH);
        editMapping.setText("&Edit\u2026");
        editMapping.setToolTipText("Map the columns of the first CSV or TSV file, with a preview of its rows");
        editMapping.addListener(SWT.Selection, e -> editMapping());
        strict = new Button(options, SWT.CHECK);
        strict.setText("&Strict: import nothing if any record is rejected");
        strict.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        return area;
    }

    private static Button button(Composite parent, String text) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return b;
    }

    private void addFiles() {
        FileDialog chooser = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
        chooser.setText("Import Files");
        java.util.List<String> patterns = new ArrayList<>();
        java.util.List<String> names = new ArrayList<>();
        for (ImporterDescriptor d : formats) {
            patterns.add(String.join(";", d.filePatterns()));
            names.add(d.label());
        }
        // the import service opens these and imports what is inside, whatever the format
        patterns.add("*.zip;*.gz;*.zst");
        names.add("Archives and compressed files");
        patterns.add("*");
        names.add("All files");
        chooser.setFilterExtensions(patterns.toArray(String[]::new));
        chooser.setFilterNames(names.toArray(String[]::new));
        if (chooser.open() != null) {
            for (String name : chooser.getFileNames()) {
                add(Path.of(chooser.getFilterPath(), name));
            }
        }
    }

    private void addFolder() {
        DirectoryDialog chooser = new DirectoryDialog(getShell());
        chooser.setText("Import Folder");
        chooser.setMessage("Every file in it (and its subfolders) that a format recognises is imported");
        String chosen = chooser.open();
        if (chosen != null) {
            add(Path.of(chosen));
        }
    }

    private void add(Path path) {
        if (!inputs.contains(path)) {
            inputs.add(path);
            inputList.add(path.toString());
        }
        validate();
    }

    private void removeSelected() {
        int[] selected = inputList.getSelectionIndices();
        for (int i = selected.length - 1; i >= 0; i--) {
            inputs.remove(selected[i]);
            inputList.remove(selected[i]);
        }
        validate();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "&Import", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    /** The first CSV or TSV file among the inputs, which the mapping is made on. */
    private Path firstDelimited() {
        return inputs.stream().filter(p -> {
            String name = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            return name.endsWith(".csv") || name.endsWith(".tsv");
        }).findFirst().orElse(null);
    }

    private void editMapping() {
        Path csv = firstDelimited();
        if (csv == null) {
            return;
        }
        try {
            Path current = mapping.getText().isBlank() ? null : Path.of(mapping.getText().strip());
            CsvMapping start = current != null && Files.isRegularFile(current) ? CsvMappingFile.read(current) : null;
            String stem = csv.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            CsvMappingDialog dialog = new CsvMappingDialog(getShell(), csv, start,
                    projectDir.resolve("mappings").resolve(stem + ".mapping.json"));
            if (dialog.open() == OK && dialog.savedFile() != null) {
                mapping.setText(dialog.savedFile().toString());
            }
        } catch (IOException | CsvMappingException e) {
            setErrorMessage(e.getMessage());
        }
    }

    private void validate() {
        remove.setEnabled(inputList.getSelectionCount() > 0);
        if (editMapping != null) {
            editMapping.setEnabled(firstDelimited() != null);
        }
        String mappingText = mapping == null ? "" : mapping.getText().strip();
        String problem = inputs.isEmpty() ? "Add the files or folders to import."
                : firstDelimited() != null && mappingText.isEmpty()
                        ? "CSV and TSV files need a column mapping: Edit\u2026 makes one with a preview."
                : !mappingText.isEmpty() && !Files.isRegularFile(Path.of(mappingText))
                        ? "There is no mapping file " + mappingText + "." : null;
        setMessage(problem == null ? DESCRIPTION : problem);
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
        }
    }

    @Override
    protected void okPressed() {
        int f = format.getSelectionIndex();
        String mappingFile = mapping.getText().strip();
        result = new ImportRequest(inputs, f <= 0 ? null : formats.get(f - 1).id(), strict.getSelection(),
                mappingFile.isEmpty() ? java.util.Map.of() : java.util.Map.of(ImportRequest.MAPPING, mappingFile));
        super.okPressed();
    }

    public ImportRequest request() {
        return result;
    }
}
