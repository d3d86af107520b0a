package io.rapport.app.internal.dialogs;

import io.rapport.app.internal.handlers.ViewCatalog;

import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Every view of the application model (including model fragments) grouped by category, with a filter. */
public final class ShowViewDialog extends Dialog {
    private final Map<String, List<MPartDescriptor>> byCategory = new LinkedHashMap<>();
    private TreeViewer viewer;
    private MPartDescriptor selected;

    /** @param descriptors sorted by category, then label */
    public ShowViewDialog(Shell parent, List<MPartDescriptor> descriptors) {
        super(parent);
        for (MPartDescriptor d : descriptors) {
            byCategory.computeIfAbsent(ViewCatalog.category(d), c -> new java.util.ArrayList<>()).add(d);
        }
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Show View");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Text filter = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        filter.setMessage("type filter text");
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        viewer = new TreeViewer(area, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.widthHint = 360;
        data.heightHint = 320;
        viewer.getControl().setLayoutData(data);
        viewer.setContentProvider(new CategoryContent());
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof MPartDescriptor d ? ViewCatalog.label(d) : String.valueOf(element);
            }
        });
        viewer.setInput(byCategory);
        viewer.expandAll();
        filter.addModifyListener(e -> {
            String text = filter.getText().strip().toLowerCase(Locale.ROOT);
            viewer.setFilters(text.isEmpty() ? new ViewerFilter[0] : new ViewerFilter[] { new LabelFilter(text) });
            viewer.expandAll();
        });
        viewer.addSelectionChangedListener(e -> updateOk());
        viewer.addDoubleClickListener(e -> {
            if (selection() != null) {
                okPressed();
            }
        });
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "&Open", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        updateOk();
    }

    private MPartDescriptor selection() {
        return ((IStructuredSelection) viewer.getSelection()).getFirstElement() instanceof MPartDescriptor d ? d : null;
    }

    private void updateOk() {
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(selection() != null);
        }
    }

    @Override
    protected void okPressed() {
        selected = selection();
        super.okPressed();
    }

    /** The chosen view (after OK). */
    public MPartDescriptor selected() {
        return selected;
    }

    /** Categories (strings) with their descriptors. */
    private final class CategoryContent implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return byCategory.keySet().toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof String c ? byCategory.getOrDefault(c, List.of()).toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return element instanceof MPartDescriptor d ? ViewCatalog.category(d) : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof String;
        }
    }

    /** Keeps views whose label or category contains the text, and categories with such views. */
    private final class LabelFilter extends ViewerFilter {
        private final String text;

        LabelFilter(String text) {
            this.text = text;
        }

        @Override
        public boolean select(Viewer v, Object parent, Object element) {
            if (element instanceof MPartDescriptor d) {
                return ViewCatalog.label(d).toLowerCase(Locale.ROOT).contains(text)
                        || ViewCatalog.category(d).toLowerCase(Locale.ROOT).contains(text);
            }
            return byCategory.getOrDefault(element, List.of()).stream().anyMatch(d -> select(v, element, d));
        }
    }
}
