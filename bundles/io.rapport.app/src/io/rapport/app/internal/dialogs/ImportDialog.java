package io.rapport.app.internal.dialogs;

import io.rapport.core.importer.ImportInputException;
import io.rapport.core.importer.ImportPreview;
import io.rapport.core.importer.ImportRequest;
import io.rapport.core.importer.ImporterDescriptor;
import io.rapport.core.model.AccountRef;
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
    private ImportPreviewPane previewPane;
    private final java.util.Map<Path, String> formatByInput = new java.util.HashMap<>();
    private final Previewer previewer;
    private final boolean hasOurAccounts;
    private long previewGeneration;
    private String previewProblem;
    private Text ourAccounts;
    private ImportPreview lastPreview;
    private java.util.List<AccountRef> accountsToAdd = java.util.List.of();
    private Button strict;
    private Text mapping;
    private Button editMapping;
    private final Path projectDir;
    private ImportRequest result;

    /** Reads what an import would read (in a background Job): {@code ImportService.preview}. */
    @FunctionalInterface
    public interface Previewer {
        ImportPreview preview(ImportRequest request) throws ImportInputException;
    }

    /**
     * @param projectDir     where a mapping made here is kept when the user does not save it elsewhere
     * @param hasOurAccounts whether the project names any account of ours (without, no reply is ours)
     */
    public ImportDialog(Shell parent, String project, Path projectDir, java.util.List<ImporterDescriptor> formats,
            Previewer previewer, boolean hasOurAccounts) {
        super(parent);
        this.project = project;
        this.projectDir = projectDir;
        this.formats = formats;
        this.previewer = previewer;
        this.hasOurAccounts = hasOurAccounts;
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
        listData.heightHint = 90;
        listData.widthHint = 460;
        inputList.setLayoutData(listData);
        Composite buttons = new Composite(fields, SWT.NONE);
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        buttons.setLayout(new GridLayout(1, true));
        button(buttons, "Add F&iles\u2026").addListener(SWT.Selection, e -> addFiles());
        button(buttons, "Add F&older\u2026").addListener(SWT.Selection, e -> addFolder());
        remove = button(buttons, "&Remove");
        remove.addListener(SWT.Selection, e -> removeSelected());
        inputList.addListener(SWT.Selection, e -> {
            showFormatOfSelected();
            validate();
        });
        previewPane = new ImportPreviewPane(fields, this::selectInput);
        GridData previewData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        previewData.heightHint = 300;
        previewData.widthHint = 820;
        previewPane.control().setLayoutData(previewData);
        Composite options = new Composite(fields, SWT.NONE);
        options.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        options.setLayout(new GridLayout(2, false));
        new Label(options, SWT.NONE).setText("F&ormat of the selected input:");
        format = new Combo(options, SWT.READ_ONLY);
        format.setToolTipText("Recognised from the name and content of each file, or the format you pick for"
                + " the input selected above (a file, or every file of a folder or archive)");
        format.add(AUTOMATIC);
        for (ImporterDescriptor d : formats) {
            format.add(d.label() + "  (" + d.id() + ": " + String.join(", ", d.filePatterns()) + ")");
        }
        format.select(0);
        format.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        format.addListener(SWT.Selection, e -> formatPicked());
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
        mapping.addListener(SWT.Modify, e -> refreshPreview());
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
        if (!hasOurAccounts) {
            new Label(options, SWT.NONE).setText("Our &accounts:");
            Composite accountsRow = new Composite(options, SWT.NONE);
            accountsRow.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            GridLayout accountsLayout = new GridLayout(2, false);
            accountsLayout.marginWidth = 0;
            accountsLayout.marginHeight = 0;
            accountsRow.setLayout(accountsLayout);
            ourAccounts = new Text(accountsRow, SWT.BORDER);
            ourAccounts.setMessage("channel:handle, \u2026 \u2014 the project names none yet: no reply counts as ours");
            ourAccounts.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            ourAccounts.addListener(SWT.Modify, e -> validate());
            Button suggest = new Button(accountsRow, SWT.PUSH);
            suggest.setText("Suggest from the Files");
            suggest.setToolTipText("The authors who answer most often in the previewed records");
            suggest.addListener(SWT.Selection, e -> suggestAccounts());
        }
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
            inputList.setSelection(inputs.size() - 1);
            showFormatOfSelected();
        }
        refreshPreview();
    }

    private void removeSelected() {
        int[] selected = inputList.getSelectionIndices();
        for (int i = selected.length - 1; i >= 0; i--) {
            inputs.remove(selected[i]);
            inputList.remove(selected[i]);
        }
        showFormatOfSelected();
        refreshPreview();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "&Import", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    private Path selectedInput() {
        int i = inputList.getSelectionIndex();
        return i < 0 || i >= inputs.size() ? null : inputs.get(i);
    }

    private void selectInput(Path input) {
        int i = inputs.indexOf(input);
        if (i >= 0) {
            inputList.setSelection(i);
            showFormatOfSelected();
            validate();
        }
    }

    private void showFormatOfSelected() {
        Path input = selectedInput();
        String id = input == null ? null : formatByInput.get(input);
        int index = 0;
        for (int i = 0; id != null && i < formats.size(); i++) {
            if (formats.get(i).id().equals(id)) {
                index = i + 1;
            }
        }
        format.select(index);
        format.setEnabled(input != null);
    }

    private void formatPicked() {
        Path input = selectedInput();
        if (input == null) {
            return;
        }
        int f = format.getSelectionIndex();
        if (f <= 0) {
            formatByInput.remove(input);
        } else {
            formatByInput.put(input, formats.get(f - 1).id());
        }
        refreshPreview();
    }

    private ImportRequest buildRequest() {
        String mappingFile = mapping.getText().strip();
        java.util.Map<String, String> options = mappingFile.isEmpty() || !Files.isRegularFile(Path.of(mappingFile))
                ? java.util.Map.of() : java.util.Map.of(ImportRequest.MAPPING, mappingFile);
        java.util.Map<Path, String> byInput = new java.util.HashMap<>(formatByInput);
        byInput.keySet().retainAll(inputs);
        return new ImportRequest(inputs, null, strict.getSelection(), options, byInput);
    }

    /** Reads what the import would read, in the background; a newer request supersedes an older one. */
    private void refreshPreview() {
        long generation = ++previewGeneration;
        if (inputs.isEmpty()) {
            previewPane.clear();
            previewProblem = null;
            validate();
            return;
        }
        ImportRequest request = buildRequest();
        previewPane.pending(inputs);
        previewProblem = null;
        validate();
        setMessage("Reading the files\u2026");
        org.eclipse.swt.widgets.Display display = getShell().getDisplay();
        org.eclipse.core.runtime.jobs.Job job = new org.eclipse.core.runtime.jobs.Job("Looking at the files to import") {
            @Override
            protected org.eclipse.core.runtime.IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
                ImportPreview preview = null;
                String problem = null;
                try {
                    preview = previewer.preview(request);
                } catch (ImportInputException | RuntimeException e) {
                    problem = e.getMessage();
                }
                ImportPreview shown = preview;
                String reason = problem;
                display.asyncExec(() -> {
                    if (generation != previewGeneration || getShell() == null || getShell().isDisposed()) {
                        return;
                    }
                    previewProblem = reason;
                    lastPreview = shown;
                    if (shown != null) {
                        previewPane.show(shown);
                    } else {
                        previewPane.clear();
                    }
                    validate();
                });
                return org.eclipse.core.runtime.Status.OK_STATUS;
            }
        };
        job.setSystem(true);
        job.schedule();
    }

    /**
     * Fills "Our accounts" with the authors who answer most often in the previewed records (replies by the same
     * handle across customers' posts are what a brand account does): a suggestion to check, not a decision.
     */
    public void suggestAccounts() {
        if (ourAccounts == null || lastPreview == null) {
            return;
        }
        java.util.Map<String, Long> replies = new java.util.HashMap<>();
        for (ImportPreview.File f : lastPreview.files()) {
            for (io.rapport.core.model.Interaction i : f.records()) {
                if (i.inReplyTo() != null) {
                    replies.merge(i.channel() + ":" + i.authorHandle(), 1L, Long::sum);
                }
            }
        }
        java.util.List<String> top = replies.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(java.util.Map.Entry.comparingByKey()))
                .limit(3).map(java.util.Map.Entry::getKey).toList();
        ourAccounts.setText(String.join(", ", top));
    }

    /** The accounts of ours the user named here, to add to the project's settings before the import. */
    public java.util.List<AccountRef> ourAccountsToAdd() {
        return accountsToAdd;
    }

    /** The accounts typed, or an error message for the first that is not {@code channel:handle}. */
    private Object parseAccounts() {
        java.util.List<AccountRef> out = new ArrayList<>();
        if (ourAccounts == null) {
            return out;
        }
        for (String spec : ourAccounts.getText().split(",")) {
            if (spec.isBlank()) {
                continue;
            }
            try {
                out.add(AccountRef.parse(spec.strip()));
            } catch (IllegalArgumentException e) {
                return "Our accounts: '" + spec.strip() + "' is not channel:handle (" + e.getMessage() + ")";
            }
        }
        return out;
    }

    /** Adds a file or folder, as Add Files… does. */
    public void addInput(Path path) {
        add(path);
    }

    /** Picks the format of one input in the combo, as the user does ({@code null}: recognised). */
    public void formatOf(Path input, String formatId) {
        selectInput(input);
        int index = 0;
        for (int i = 0; formatId != null && i < formats.size(); i++) {
            if (formats.get(i).id().equals(formatId)) {
                index = i + 1;
            }
        }
        format.select(index);
        formatPicked();
    }

    /** The rows of the preview's files table as shown: "file | format | why". */
    public java.util.List<String> previewedFiles() {
        return rows(previewPane.files());
    }

    /** The rows of the preview's records table (the selected file's first records) as shown. */
    public java.util.List<String> previewedRecords() {
        return rows(previewPane.records());
    }

    private static java.util.List<String> rows(org.eclipse.swt.widgets.Table table) {
        java.util.List<String> out = new ArrayList<>();
        for (org.eclipse.swt.widgets.TableItem item : table.getItems()) {
            java.util.List<String> cells = new ArrayList<>();
            for (int c = 0; c < table.getColumnCount(); c++) {
                cells.add(item.getText(c));
            }
            out.add(String.join(" | ", cells));
        }
        return out;
    }

    /** Presses Import, as the user does. */
    public void pressImport() {
        buttonPressed(IDialogConstants.OK_ID);
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
                refreshPreview();
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
                        ? "There is no mapping file " + mappingText + "."
                : parseAccounts() instanceof String accountProblem ? accountProblem : previewProblem;
        setMessage(problem != null ? problem : hasOurAccounts ? DESCRIPTION : DESCRIPTION + " Note: the project"
                + " names no account of ours yet, so no reply will count as ours; set them in Project Settings.",
                problem == null && !hasOurAccounts ? org.eclipse.jface.dialogs.IMessageProvider.WARNING
                        : org.eclipse.jface.dialogs.IMessageProvider.NONE);
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
        }
    }

    @Override
    protected void okPressed() {
        result = buildRequest();
        @SuppressWarnings("unchecked")
        java.util.List<AccountRef> accounts = parseAccounts() instanceof java.util.List<?> list
                ? (java.util.List<AccountRef>) list : java.util.List.of();
        accountsToAdd = java.util.List.copyOf(accounts);
        super.okPressed();
    }

    public ImportRequest request() {
        return result;
    }
}
