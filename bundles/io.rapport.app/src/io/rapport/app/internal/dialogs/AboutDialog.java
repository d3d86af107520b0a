package io.rapport.app.internal.dialogs;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Help ▸ About Rapport: versions, selectable and copyable for a support request. */
public final class AboutDialog extends Dialog {
    private static final int COPY_ID = IDialogConstants.CLIENT_ID + 1;
    private final AboutInfo info;
    private Font titleFont;

    public AboutDialog(Shell parent, AboutInfo info) {
        super(parent);
        this.info = info;
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("About " + info.product());
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label title = new Label(area, SWT.NONE);
        FontData[] data = title.getFont().getFontData();
        for (FontData d : data) {
            d.setHeight(d.getHeight() + 4);
            d.setStyle(SWT.BOLD);
        }
        titleFont = new Font(title.getDisplay(), data);
        title.setFont(titleFont);
        title.addListener(SWT.Dispose, e -> titleFont.dispose());
        title.setText(info.product() + " " + info.productVersion());
        Label blurb = new Label(area, SWT.WRAP);
        blurb.setText("A workbench for measuring and improving how an organisation engages its customers.");
        Text details = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL);
        details.setText(info.text());
        GridData d = new GridData(SWT.FILL, SWT.FILL, true, true);
        d.widthHint = 520;
        d.heightHint = 260;
        details.setLayoutData(d);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, COPY_ID, "&Copy", false);
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == COPY_ID) {
            Clipboard clipboard = new Clipboard(getShell().getDisplay());
            try {
                clipboard.setContents(new Object[] { info.text() }, new Transfer[] { TextTransfer.getInstance() });
            } finally {
                clipboard.dispose();
            }
            return;
        }
        super.buttonPressed(buttonId);
    }
}
