package io.rapport.app.internal.dialogs;

import io.rapport.core.model.AccountRef;
import io.rapport.core.model.ProjectSettings;
import io.rapport.core.project.ProjectLayout;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/** File ▸ New Project…: where, what name, and optionally our first accounts. */
public final class NewProjectDialog extends TitleAreaDialog {
    private static final String DESCRIPTION = "A project is a directory holding its settings and one database with "
            + "every imported record.";
    private Text directory;
    private Text name;
    private EntryListEditor<AccountRef> accounts;
    private boolean nameEdited;
    private Path resultDirectory;
    private ProjectSettings resultSettings;

    public NewProjectDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("New Project");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("New Project");
        setMessage(DESCRIPTION);
        Composite fields = new Composite(area, SWT.NONE);
        fields.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        fields.setLayout(new GridLayout(3, false));
        new Label(fields, SWT.NONE).setText("&Directory:");
        directory = new Text(fields, SWT.BORDER);
        GridData dirData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        dirData.widthHint = 380;
        directory.setLayoutData(dirData);
        Button browse = new Button(fields, SWT.PUSH);
        browse.setText("&Browse\u2026");
        browse.addListener(SWT.Selection, e -> browse());
        new Label(fields, SWT.NONE).setText("&Name:");
        name = new Text(fields, SWT.BORDER);
        name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        Label accountsLabel = new Label(area, SWT.WRAP);
        accountsLabel.setText("  Our accounts (optional; you can add them, staff and spaces later in Project Settings):");
        accounts = new SettingsEditors().accounts(area, List.of(), this::validate);
        directory.addModifyListener(e -> {
            if (!nameEdited) {
                name.setText(defaultName());
            }
            validate();
        });
        name.addModifyListener(e -> validate());
        name.addListener(SWT.KeyDown, e -> nameEdited = true);
        return area;
    }

    private void browse() {
        DirectoryDialog chooser = new DirectoryDialog(getShell(), SWT.SAVE);
        chooser.setText("Project Directory");
        chooser.setMessage("Choose an empty or new directory for the project");
        if (!directory.getText().isBlank()) {
            chooser.setFilterPath(directory.getText());
        }
        String chosen = chooser.open();
        if (chosen != null) {
            directory.setText(chosen);
        }
    }

    private String defaultName() {
        try {
            Path p = Path.of(directory.getText().strip()).getFileName();
            return p == null ? "" : p.toString();
        } catch (InvalidPathException e) {
            return "";
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "&Create", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    private void validate() {
        String problem = problem();
        // nothing typed yet is not an error: say what to do, in the normal message area
        boolean empty = directory.getText().isBlank();
        setErrorMessage(empty ? null : problem);
        setMessage(empty ? problem : DESCRIPTION);
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
        }
    }

    private String problem() {
        String dir = directory.getText().strip();
        if (dir.isEmpty()) {
            return "Choose the directory for the new project.";
        }
        Path path;
        try {
            path = Path.of(dir);
        } catch (InvalidPathException e) {
            return "'" + dir + "' is not a valid directory name.";
        }
        if (!path.isAbsolute()) {
            return "Give the full path of the directory (e.g. " + Path.of(System.getProperty("user.home"), "acme")
                    + ").";
        }
        if (Files.exists(path) && !Files.isDirectory(path)) {
            return path + " is a file, not a directory.";
        }
        ProjectLayout layout = new ProjectLayout(path);
        if (layout.isProject() || Files.exists(layout.databaseFile())) {
            return path + " already holds a project: open it with File \u25b8 Open Project\u2026";
        }
        if (name.getText().isBlank()) {
            return "Enter the project's name.";
        }
        return null;
    }

    @Override
    protected void okPressed() {
        resultDirectory = new ProjectLayout(Path.of(directory.getText().strip())).directory();
        resultSettings = new ProjectSettings(name.getText().strip(), accounts.entries(), List.of(), List.of());
        super.okPressed();
    }

    public Path directory() {
        return resultDirectory;
    }

    public ProjectSettings settings() {
        return resultSettings;
    }
}
