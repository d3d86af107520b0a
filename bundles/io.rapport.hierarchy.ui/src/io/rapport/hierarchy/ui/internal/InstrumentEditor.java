package io.rapport.hierarchy.ui.internal;

import io.rapport.hierarchy.core.InstrumentFile;
import io.rapport.hierarchy.core.SurveyImporter;
import io.rapport.hierarchy.core.SurveyInputException;
import io.rapport.hierarchy.ui.HierarchyIds;
import io.rapport.ui.common.widgets.WidgetNames;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxCellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Edits the project's instrument in place: its name, scale and top box, the levels' labels, and the items (id,
 * level, wording, reverse coding; add and remove). Every change is validated as a file would be, with the reason
 * shown under the editor; saving imports the instrument into the project, where it must fit the stored answers.
 * An instrument can also be opened from a file or written to one (the format of the README).
 */
final class InstrumentEditor {
    /** What the editor asks of the view: save to the project, open or write a file. */
    interface Actions {
        void save(InstrumentFile edited);

        void open();

        void export(String json);
    }

    private final Composite panel;
    private final Text name;
    private final Spinner scaleMin;
    private final Spinner scaleMax;
    private final Spinner topBox;
    private final TableViewer levels;
    private final TableViewer items;
    private final Label problem;
    private final Button save;
    private final Button revert;
    private final Supplier<SurveyImporter> surveys;
    private InstrumentFile stored;
    private InstrumentDocument document;
    private InstrumentFile valid;
    private boolean filling;

    InstrumentEditor(Composite parent, Supplier<SurveyImporter> surveys, Actions actions) {
        this.surveys = surveys;
        panel = new Composite(parent, SWT.NONE);
        panel.setLayout(new GridLayout(8, false));
        new Label(panel, SWT.NONE).setText("Name");
        name = new Text(panel, SWT.BORDER);
        name.setData(WidgetNames.KEY, HierarchyIds.INSTRUMENT_NAME);
        name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        name.addListener(SWT.Modify, e -> edit(d -> d.name(name.getText())));
        new Label(panel, SWT.NONE).setText("Scale");
        scaleMin = spinner(HierarchyIds.INSTRUMENT_SCALE_MIN);
        new Label(panel, SWT.NONE).setText("to");
        scaleMax = spinner(HierarchyIds.INSTRUMENT_SCALE_MAX);
        new Label(panel, SWT.NONE).setText("Top box");
        topBox = spinner(HierarchyIds.INSTRUMENT_TOP_BOX);
        scaleMin.addListener(SWT.Modify, e -> edit(d -> d.scale(scaleMin.getSelection(), scaleMax.getSelection())));
        scaleMax.addListener(SWT.Modify, e -> edit(d -> d.scale(scaleMin.getSelection(), scaleMax.getSelection())));
        topBox.addListener(SWT.Modify, e -> edit(d -> d.topBox(topBox.getSelection())));

        Composite tables = new Composite(panel, SWT.NONE);
        GridLayout tablesLayout = new GridLayout(2, false);
        tablesLayout.marginWidth = 0;
        tables.setLayout(tablesLayout);
        tables.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 8, 1));
        levels = viewer(tables, HierarchyIds.INSTRUMENT_LEVELS, 260);
        column(levels, "Level (base first)", 110, n -> n.path("id").asText(), null);
        Function<ObjectNode, String> label = n -> n.path("label").asText();
        column(levels, "Label", 150, label, new TextEditing(levels, label, (n, v) -> n.put("label", v)));
        items = viewer(tables, HierarchyIds.INSTRUMENT_ITEMS, SWT.DEFAULT);
        Function<ObjectNode, String> id = n -> n.path("id").asText();
        column(items, "Item", 70, id, new TextEditing(items, id, (n, v) -> n.put("id", v.strip())));
        column(items, "Level", 100, n -> n.path("level").asText(), new LevelEditing());
        Function<ObjectNode, String> wording = n -> n.path("text").asText();
        column(items, "Wording", 420, wording, new TextEditing(items, wording, (n, v) -> n.put("text", v)));
        column(items, "Reverse-coded", 100, n -> n.path("reverse").asBoolean(false) ? "yes" : "no",
                new ReverseEditing());

        Composite buttons = new Composite(panel, SWT.NONE);
        buttons.setLayout(new GridLayout(7, false));
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 8, 1));
        button(buttons, "Add Item", HierarchyIds.INSTRUMENT_ADD_ITEM, this::addItem);
        button(buttons, "Remove Item", HierarchyIds.INSTRUMENT_REMOVE_ITEM, this::removeItem);
        button(buttons, "Open File\u2026", HierarchyIds.INSTRUMENT_OPEN, actions::open);
        button(buttons, "Save As File\u2026", HierarchyIds.INSTRUMENT_EXPORT, () -> {
            if (document != null) {
                actions.export(document.json());
            }
        });
        problem = new Label(buttons, SWT.WRAP);
        problem.setData(WidgetNames.KEY, HierarchyIds.INSTRUMENT_PROBLEM);
        problem.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        revert = button(buttons, "Revert", HierarchyIds.INSTRUMENT_REVERT, () -> show(stored));
        save = button(buttons, "Save to Project", HierarchyIds.INSTRUMENT_SAVE, () -> {
            if (valid != null) {
                actions.save(valid);
            }
        });
        show(null);
    }

    Composite control() {
        return panel;
    }

    /** Shows the project's instrument (or nothing), discarding unsaved edits. */
    void show(InstrumentFile instrument) {
        stored = instrument;
        load(instrument == null ? null : InstrumentDocument.parse(instrument.definition()), false);
    }

    /** Puts an instrument read from a file into the editor, as unsaved changes. */
    void edit(InstrumentFile fromFile) {
        load(InstrumentDocument.parse(fromFile.definition()), true);
    }

    /** The project's instrument as last shown, or {@code null}. */
    InstrumentFile stored() {
        return stored;
    }

    /** There are edits not saved to the project. */
    boolean dirty() {
        return document != null && (stored == null || !document.json().equals(
                InstrumentDocument.parse(stored.definition()).json()));
    }

    private void load(InstrumentDocument newDocument, boolean changed) {
        document = newDocument;
        filling = true;
        try {
            boolean any = document != null;
            name.setText(any ? document.name() : "");
            scaleMin.setSelection(any ? document.scaleMin() : 1);
            scaleMax.setSelection(any ? document.scaleMax() : 5);
            topBox.setSelection(any ? document.topBox() : 5);
            levels.setInput(any ? document.levels() : List.of());
            items.setInput(any ? document.items() : List.of());
            for (var control : new Control[] {name, scaleMin, scaleMax, topBox,
                levels.getControl(), items.getControl()}) {
                control.setEnabled(any);
            }
        } finally {
            filling = false;
        }
        validate(changed);
    }

    private void edit(Consumer<InstrumentDocument> change) {
        if (filling || document == null) {
            return;
        }
        change.accept(document);
        validate(true);
    }

    private void validate(boolean changed) {
        valid = null;
        if (document == null) {
            report("No instrument yet: import a survey, or open an instrument file.", false);
        } else {
            SurveyImporter reader = surveys.get();
            try {
                if (reader == null) {
                    throw new SurveyInputException("the survey bundle (io.rapport.hierarchy.core) is not installed");
                }
                valid = reader.parseInstrument(document.json(), "the edited instrument");
                report(changed && dirty() ? "Unsaved changes." : "", false);
            } catch (SurveyInputException e) {
                report(e.getMessage(), true);
            }
        }
        save.setEnabled(valid != null && dirty());
        revert.setEnabled(stored != null && dirty());
    }

    private void report(String text, boolean error) {
        problem.setText(text);
        problem.setToolTipText(text);
        problem.setForeground(error ? panel.getDisplay().getSystemColor(SWT.COLOR_RED) : null);
        problem.getParent().layout(new Control[] {problem});
    }

    private void addItem() {
        if (document == null || document.levelIds().isEmpty()) {
            return;
        }
        ObjectNode item = document.addItem(document.levelIds().get(0));
        items.setInput(document.items());
        items.editElement(item, 0);
        validate(true);
    }

    private void removeItem() {
        Object selected = ((IStructuredSelection) items.getSelection()).getFirstElement();
        if (document != null && selected instanceof ObjectNode item) {
            document.removeItem(item);
            items.setInput(document.items());
            validate(true);
        }
    }

    private Spinner spinner(String id) {
        Spinner s = new Spinner(panel, SWT.BORDER);
        s.setData(WidgetNames.KEY, id);
        s.setValues(1, -100, 100, 0, 1, 1);
        return s;
    }

    private static Button button(Composite parent, String text, String id, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setData(WidgetNames.KEY, id);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    private static TableViewer viewer(Composite parent, String id, int width) {
        TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setData(WidgetNames.KEY, id);
        GridData data = new GridData(SWT.FILL, SWT.FILL, width == SWT.DEFAULT, true);
        data.widthHint = width;
        data.heightHint = 180;
        viewer.getTable().setLayoutData(data);
        return viewer;
    }

    private static void column(TableViewer viewer, String heading, int width, Function<ObjectNode, String> value,
            EditingSupport editing) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(heading);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return value.apply((ObjectNode) element);
            }
        });
        if (editing != null) {
            c.setEditingSupport(editing);
        }
    }

    /** A text cell: the field's value, set back as typed, then the instrument validated again. */
    private final class TextEditing extends EditingSupport {
        private final TableViewer viewer;
        private final Function<ObjectNode, String> get;
        private final BiConsumer<ObjectNode, String> set;

        TextEditing(TableViewer viewer, Function<ObjectNode, String> get, BiConsumer<ObjectNode, String> set) {
            super(viewer);
            this.viewer = viewer;
            this.get = get;
            this.set = set;
        }

        @Override
        protected boolean canEdit(Object element) {
            return document != null;
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return new TextCellEditor(viewer.getTable());
        }

        @Override
        protected Object getValue(Object element) {
            return get.apply((ObjectNode) element);
        }

        @Override
        protected void setValue(Object element, Object value) {
            set.accept((ObjectNode) element, (String) value);
            viewer.update(element, null);
            validate(true);
        }
    }

    private final class LevelEditing extends EditingSupport {
        LevelEditing() {
            super(items);
        }

        @Override
        protected boolean canEdit(Object element) {
            return document != null;
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return new ComboBoxCellEditor(items.getTable(), document.levelIds().toArray(String[]::new),
                    SWT.READ_ONLY);
        }

        @Override
        protected Object getValue(Object element) {
            return Math.max(0, document.levelIds().indexOf(((ObjectNode) element).path("level").asText()));
        }

        @Override
        protected void setValue(Object element, Object value) {
            int index = (Integer) value;
            if (index >= 0 && index < document.levelIds().size()) {
                ((ObjectNode) element).put("level", document.levelIds().get(index));
                items.update(element, null);
                validate(true);
            }
        }
    }

    private final class ReverseEditing extends EditingSupport {
        ReverseEditing() {
            super(items);
        }

        @Override
        protected boolean canEdit(Object element) {
            return document != null;
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return new CheckboxCellEditor(items.getTable());
        }

        @Override
        protected Object getValue(Object element) {
            return ((ObjectNode) element).path("reverse").asBoolean(false);
        }

        @Override
        protected void setValue(Object element, Object value) {
            ((ObjectNode) element).put("reverse", (Boolean) value);
            items.update(element, null);
            validate(true);
        }
    }
}
