package io.rapport.extensions.ui.internal;

import io.rapport.extensions.Extension;
import io.rapport.extensions.ExtensionChange;
import io.rapport.extensions.ExtensionException;
import io.rapport.extensions.ExtensionManager;
import io.rapport.extensions.SiteLocation;
import io.rapport.extensions.TrustOptions;

import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Help ▸ Install Extensions: reads the update sites (the configured ones and one the user names: a URL, a site
 * folder or a site's zip), lists what they offer with check boxes and what is installed; installs and uninstalls
 * in Jobs. Unsigned content only when the user ticks the box; untrusted signers are refused with the reason.
 */
final class ExtensionsDialog extends TitleAreaDialog {
    private final ExtensionManager extensions;
    private final RestartPrompt restart;
    private Combo site;
    private Table available;
    private Table installed;
    private Label description;
    private Button allowUnsigned;
    private final List<Button> actions = new ArrayList<>();

    ExtensionsDialog(Shell parent, ExtensionManager extensions, RestartPrompt restart) {
        super(parent);
        this.extensions = extensions;
        this.restart = restart;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Install Extensions");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Install Extensions");
        setMessage("Extensions from update sites. Only content signed by a trusted key is installed; changes apply "
                + "when Rapport restarts.");
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.swtDefaults().numColumns(4).applyTo(body);

        new Label(body, SWT.NONE).setText("Site:");
        site = new Combo(body, SWT.DROP_DOWN);
        site.setData("name", "site");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(site);
        extensions.configuredSites().forEach(s -> site.add(s.toString()));
        button(body, "Folder...", () -> {
            String folder = new DirectoryDialog(getShell()).open();
            if (folder != null) {
                site.setText(folder);
            }
        });
        button(body, "Read", this::readSites);

        Group offered = group(body, "Available");
        available = table(offered, SWT.CHECK, "available");
        available.addListener(SWT.Selection, e -> showDescription());
        description = new Label(offered, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(500, SWT.DEFAULT).applyTo(description);
        allowUnsigned = new Button(offered, SWT.CHECK);
        allowUnsigned.setText("Allow unsigned content");
        button(offered, "Install Checked", this::installChecked);

        Group present = group(body, "Installed");
        installed = table(present, SWT.NONE, "installed");
        button(present, "Uninstall", this::uninstallSelected);

        showInstalled();
        readSites();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.CLOSE_ID) {
            close();
        }
        super.buttonPressed(buttonId);
    }

    /** The site the user typed or picked (none when the field is empty), or empty after showing why it is wrong. */
    private Optional<List<URI>> typedSite() {
        String typed = site.getText().strip();
        try {
            return Optional.of(typed.isEmpty() ? List.of() : List.of(SiteLocation.parse(typed)));
        } catch (IllegalArgumentException e) {
            setErrorMessage(e.getMessage());
            return Optional.empty();
        }
    }

    private void readSites() {
        Optional<List<URI>> typed = typedSite();
        if (typed.isEmpty()) {
            return;
        }
        List<URI> extra = typed.get();
        busy("Reading the update sites...");
        ExtensionJob.schedule("Reading the update sites", available, monitor -> extensions.available(extra, monitor),
                catalog -> {
                    fill(available, catalog.extensions());
                    idle(null);
                    if (!catalog.unreadable().isEmpty()) {
                        setMessage("Not readable: " + String.join("; ", catalog.unreadable()), IMessageProvider.WARNING);
                    }
                    showDescription();
                }, this::failed);
    }

    private void installChecked() {
        List<String> ids = new ArrayList<>();
        for (TableItem item : available.getItems()) {
            if (item.getChecked()) {
                ids.add(((Extension) item.getData()).id());
            }
        }
        if (ids.isEmpty()) {
            setErrorMessage("Check the extensions to install.");
            return;
        }
        Optional<List<URI>> typed = typedSite();
        if (typed.isEmpty()) {
            return;
        }
        List<URI> extra = typed.get();
        TrustOptions trust = new TrustOptions(allowUnsigned.getSelection(), Set.of());
        change("Installing extensions", monitor -> extensions.install(ids, extra, trust, monitor));
    }

    private void uninstallSelected() {
        TableItem[] selected = installed.getSelection();
        if (selected.length == 0) {
            setErrorMessage("Select the extension to uninstall.");
            return;
        }
        String id = ((Extension) selected[0].getData()).id();
        change("Uninstalling " + id, monitor -> extensions.uninstall(List.of(id), monitor));
    }

    private void change(String what, ExtensionJob.Work<ExtensionChange> work) {
        busy(what + "...");
        ExtensionJob.schedule(what, available, work, change -> {
            idle(null);
            showInstalled();
            readSites(); // what is installed is no longer offered
            restart.afterChange(getShell(), change);
        }, this::failed);
    }

    private void showInstalled() {
        try {
            fill(installed, extensions.installed());
        } catch (ExtensionException e) {
            setErrorMessage(e.getMessage());
        }
    }

    private void showDescription() {
        TableItem[] selected = available.getSelection();
        description.setText(selected.length == 0 ? "" : ((Extension) selected[0].getData()).description());
        description.getParent().layout();
    }

    private void failed(ExtensionException e) {
        idle(e.getMessage().lines().findFirst().orElse(""));
        if (e.getMessage().contains("\n")) {
            ErrorDialog.openError(getShell(), "Install Extensions", null, ExtensionJob.status(e));
        }
    }

    private void busy(String message) {
        actions.forEach(b -> b.setEnabled(false));
        setErrorMessage(null);
        setMessage(message);
    }

    private void idle(String error) {
        actions.forEach(b -> b.setEnabled(true));
        setMessage("Extensions from update sites. Only content signed by a trusted key is installed; changes apply "
                + "when Rapport restarts.");
        setErrorMessage(error);
    }

    private static void fill(Table table, List<Extension> list) {
        table.removeAll();
        for (Extension e : list) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] {e.name(), e.version(), e.provider(), e.id()});
            item.setData(e);
        }
        for (TableColumn c : table.getColumns()) {
            c.pack();
        }
    }

    private Group group(Composite parent, String label) {
        Group g = new Group(parent, SWT.NONE);
        g.setText(label);
        GridDataFactory.fillDefaults().grab(true, true).span(4, 1).applyTo(g);
        GridLayoutFactory.swtDefaults().applyTo(g);
        return g;
    }

    private static Table table(Composite parent, int style, String name) {
        Table table = new Table(parent, style | SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setData("name", name);
        table.setHeaderVisible(true);
        for (String column : new String[] {"Name", "Version", "Provider", "Id"}) {
            new TableColumn(table, SWT.LEFT).setText(column);
        }
        GridDataFactory.fillDefaults().grab(true, true).hint(600, 120).applyTo(table);
        return table;
    }

    private Button button(Composite parent, String label, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(label);
        b.addListener(SWT.Selection, e -> action.run());
        actions.add(b);
        return b;
    }
}
