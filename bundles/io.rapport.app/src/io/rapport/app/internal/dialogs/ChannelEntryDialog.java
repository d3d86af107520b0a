package io.rapport.app.internal.dialogs;

import io.rapport.core.model.Channels;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import java.util.function.Function;

/**
 * Edits one settings entry: a channel (the known channels, or a partner's channel id typed in), a handle or
 * name, and for staff a department. OK stays disabled while the entry is invalid, and the message says why.
 */
final class ChannelEntryDialog extends TitleAreaDialog {

    /** What the entry is: texts of the dialog and its validation. */
    record Kind(String title, String description, String nameLabel, boolean withDepartment,
            Function<ChannelEntryDialog, String> validation) {
    }

    private final Kind kind;
    private final String[] initial;
    private Combo channel;
    private Text name;
    private Text department;
    private String[] result;

    /** @param initial channel, name and department of the entry being edited, or null for a new one */
    ChannelEntryDialog(Shell parent, Kind kind, String[] initial) {
        super(parent);
        this.kind = kind;
        this.initial = initial;
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(kind.title());
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(kind.title());
        setMessage(kind.description());
        Composite fields = new Composite(area, SWT.NONE);
        fields.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        fields.setLayout(new GridLayout(2, false));
        label(fields, "&Channel:");
        channel = new Combo(fields, SWT.DROP_DOWN);
        channel.setItems(Channels.KNOWN.toArray(String[]::new));
        channel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        channel.setToolTipText("One of the known channels, or the channel id of an importer you installed");
        label(fields, kind.nameLabel());
        name = new Text(fields, SWT.BORDER);
        name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        if (kind.withDepartment()) {
            label(fields, "&Department:");
            department = new Text(fields, SWT.BORDER);
            department.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        }
        if (initial != null) {
            channel.setText(initial[0]);
            name.setText(initial[1]);
            if (department != null && initial.length > 2) {
                department.setText(initial[2]);
            }
        } else {
            channel.select(0);
        }
        channel.addModifyListener(e -> validate());
        name.addModifyListener(e -> validate());
        if (department != null) {
            department.addModifyListener(e -> validate());
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
        name.setFocus();
    }

    private static void label(Composite parent, String text) {
        new Label(parent, SWT.NONE).setText(text);
    }

    String channelText() {
        return channel.getText().strip();
    }

    String nameText() {
        return name.getText().strip();
    }

    String departmentText() {
        return department == null ? "" : department.getText().strip();
    }

    private void validate() {
        String problem = kind.validation().apply(this);
        setErrorMessage(problem);
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
        }
    }

    @Override
    protected void okPressed() {
        result = new String[] { channelText(), nameText(), departmentText() };
        super.okPressed();
    }

    /** Channel, name and department as entered (stripped), or null if cancelled. */
    String[] result() {
        return result;
    }
}
