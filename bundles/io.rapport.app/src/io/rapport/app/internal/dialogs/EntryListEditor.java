package io.rapport.app.internal.dialogs;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A table of settings entries with Add…, Edit… and Remove; entries are edited in a dialog. */
final class EntryListEditor<T> {

    /** Shows the dialog for a new entry ({@code existing == null}) or a changed one; null when cancelled. */
    @FunctionalInterface
    interface EntryEditor<T> {
        T edit(Shell shell, T existing, List<T> others);
    }

    /** A column: header, width and text. */
    record Column<T>(String header, int width, Function<T, String> text) {
    }

    private final List<T> entries;
    private final TableViewer viewer;
    private final EntryEditor<T> editor;
    private final Runnable onChange;
    private Button edit;
    private Button remove;

    EntryListEditor(Composite parent, List<T> initial, List<Column<T>> columns, EntryEditor<T> editor,
            Runnable onChange) {
        this.entries = new ArrayList<>(initial);
        this.editor = editor;
        this.onChange = onChange;
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        area.setLayout(new GridLayout(2, false));
        viewer = new TableViewer(area, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableData.heightHint = 160;
        table.setLayoutData(tableData);
        for (Column<T> c : columns) {
            TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
            column.getColumn().setText(c.header());
            column.getColumn().setWidth(c.width());
            column.setLabelProvider(new ColumnLabelProvider() {
                @SuppressWarnings("unchecked")
                @Override
                public String getText(Object element) {
                    return c.text().apply((T) element);
                }
            });
        }
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setInput(entries);
        Composite buttons = new Composite(area, SWT.NONE);
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        buttons.setLayout(new GridLayout(1, true));
        button(buttons, "&Add\u2026", this::add);
        edit = button(buttons, "&Edit\u2026", this::editSelected);
        remove = button(buttons, "&Remove", this::removeSelected);
        viewer.addSelectionChangedListener(e -> updateButtons());
        viewer.addDoubleClickListener(e -> editSelected());
        updateButtons();
    }

    List<T> entries() {
        return List.copyOf(entries);
    }

    private Button button(Composite parent, String text, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    private void add() {
        T created = editor.edit(viewer.getControl().getShell(), null, List.copyOf(entries));
        if (created != null) {
            entries.add(created);
            changed(created);
        }
    }

    @SuppressWarnings("unchecked")
    private void editSelected() {
        T selected = (T) ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        if (selected == null) {
            return;
        }
        List<T> others = new ArrayList<>(entries);
        others.remove(selected);
        T changed = editor.edit(viewer.getControl().getShell(), selected, others);
        if (changed != null) {
            entries.set(entries.indexOf(selected), changed);
            changed(changed);
        }
    }

    private void removeSelected() {
        Object selected = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        if (selected != null) {
            entries.remove(selected);
            changed(null);
        }
    }

    private void changed(T select) {
        viewer.refresh();
        if (select != null) {
            viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(select), true);
        }
        updateButtons();
        onChange.run();
    }

    private void updateButtons() {
        boolean selected = !viewer.getSelection().isEmpty();
        edit.setEnabled(selected);
        remove.setEnabled(selected);
    }
}
