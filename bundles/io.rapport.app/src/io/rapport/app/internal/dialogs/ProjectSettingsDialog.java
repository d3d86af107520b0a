package io.rapport.app.internal.dialogs;

import io.rapport.core.model.AccountRef;
import io.rapport.core.model.OwnedSpace;
import io.rapport.core.model.ProjectSettings;
import io.rapport.core.model.StaffMember;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Text;

/** The project's name, our accounts, staff (with department) and the spaces we run. */
public final class ProjectSettingsDialog extends TitleAreaDialog {
    private final ProjectSettings initial;
    private final SettingsEditors editors = new SettingsEditors();
    private Text name;
    private EntryListEditor<AccountRef> accounts;
    private EntryListEditor<StaffMember> staff;
    private EntryListEditor<OwnedSpace> spaces;
    private ProjectSettings result;

    public ProjectSettingsDialog(Shell parent, ProjectSettings initial) {
        super(parent);
        this.initial = initial;
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Project Settings");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Project Settings");
        setMessage("Who \u201cwe\u201d are: our accounts, our staff and our spaces decide what is inbound, what is "
                + "addressed to us and what is a response.");
        Composite top = new Composite(area, SWT.NONE);
        top.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        top.setLayout(new GridLayout(2, false));
        new Label(top, SWT.NONE).setText("Project &name:");
        name = new Text(top, SWT.BORDER);
        name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        name.setText(initial.name());
        name.addModifyListener(e -> validate());
        TabFolder tabs = new TabFolder(area, SWT.TOP);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        accounts = editors.accounts(tab(tabs, "Our &accounts"), initial.ourAccounts(), this::validate);
        staff = editors.staff(tab(tabs, "&Staff"), initial.staff(), this::validate);
        spaces = editors.spaces(tab(tabs, "S&paces"), initial.spaces(), this::validate);
        return area;
    }

    private static Composite tab(TabFolder tabs, String text) {
        TabItem item = new TabItem(tabs, SWT.NONE);
        item.setText(text);
        Composite page = new Composite(tabs, SWT.NONE);
        page.setLayout(new GridLayout(1, false));
        item.setControl(page);
        return page;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "&Save", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    private void validate() {
        String problem = name.getText().isBlank() ? "Enter the project's name." : null;
        setErrorMessage(problem);
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
        }
    }

    @Override
    protected void okPressed() {
        result = new ProjectSettings(name.getText().strip(), accounts.entries(), staff.entries(), spaces.entries());
        super.okPressed();
    }

    /** The edited settings (after OK). */
    public ProjectSettings settings() {
        return result;
    }
}
