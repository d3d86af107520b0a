package io.rapport.gap.ui.internal;

import io.rapport.gap.core.Expectation;
import io.rapport.gap.core.GapEdit;
import io.rapport.gap.core.GapIndicatorDescriptor;
import io.rapport.gap.core.GapModel;
import io.rapport.gap.core.Importance;
import io.rapport.gap.ui.GapIds;
import io.rapport.ui.common.widgets.WidgetNames;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The rows of the matrix in the analyst's order, edited in place: add, remove, move up and down; the selected
 * row's name, importance (a weight 1–5 or an item of the project's survey), target and indicators (a checklist
 * of the installed ones). Every change is one {@link GapModel} edit handed to {@link Edits}, which validates,
 * saves and keeps it for undo; the editor only shows the model it is given.
 */
final class RowEditor {
    /** What the editor's changes go to. */
    interface Edits {
        /** One edit of the rows shown; a refused edit says why through {@link RowEditor#problem}. */
        void apply(Function<GapModel, GapEdit> edit);

        void undo();

        void redo();
    }

    private static final String WEIGHT = "Weight ";
    private static final String SURVEY = "Survey item ";

    private final Composite panel;
    private final Edits edits;
    private final Table rows;
    private final Text name;
    private final Combo importance;
    private final Spinner target;
    private final Table indicators;
    private final Label problem;
    private final Button undo;
    private final Button redo;
    private final List<Button> rowButtons = new ArrayList<>();
    private GapModel model;
    private List<String> surveyItems = List.of();

    RowEditor(Composite parent, Edits edits) {
        this.edits = edits;
        panel = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.horizontalSpacing = 12;
        panel.setLayout(layout);

        Composite buttons = new Composite(panel, SWT.NONE);
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.marginLeft = 0;
        row.spacing = 6;
        buttons.setLayout(row);
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        button(buttons, "Add\u2026", "Add an expectation at the end", GapIds.ADD, this::add, false);
        button(buttons, "Remove", "Remove the selected expectation", GapIds.REMOVE,
                () -> selectedId().ifPresent(id -> edits.apply(m -> m.remove(id))), true);
        button(buttons, "Up", "Move the selected expectation up", GapIds.UP, () -> move(-1), true);
        button(buttons, "Down", "Move the selected expectation down", GapIds.DOWN, () -> move(1), true);
        undo = button(buttons, "Undo", "Nothing to undo", GapIds.UNDO, edits::undo, false);
        redo = button(buttons, "Redo", "Nothing to redo", GapIds.REDO, edits::redo, false);

        rows = new Table(panel, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        rows.setData(WidgetNames.KEY, GapIds.ROWS);
        rows.setHeaderVisible(true);
        rows.setLinesVisible(true);
        GridData rowsData = new GridData(SWT.FILL, SWT.FILL, true, true);
        rowsData.widthHint = 420;
        rows.setLayoutData(rowsData);
        for (String[] c : new String[][] {{"Expectation", "230"}, {"Importance", "120"}, {"Target", "60"},
            {"Indicators", "260"}}) {
            TableColumn column = new TableColumn(rows, SWT.LEFT);
            column.setText(c[0]);
            column.setWidth(Integer.parseInt(c[1]));
        }
        rows.addListener(SWT.Selection, e -> showSelected());

        Composite form = new Composite(panel, SWT.NONE);
        form.setLayout(new GridLayout(2, false));
        GridData formData = new GridData(SWT.FILL, SWT.FILL, false, true);
        formData.widthHint = 360;
        form.setLayoutData(formData);
        new Label(form, SWT.NONE).setText("Name");
        name = new Text(form, SWT.BORDER);
        name.setData(WidgetNames.KEY, GapIds.ROW_NAME);
        name.setToolTipText("Press Enter to rename the expectation");
        name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        name.addListener(SWT.DefaultSelection, e -> rename());
        name.addListener(SWT.FocusOut, e -> rename());
        new Label(form, SWT.NONE).setText("Importance");
        importance = new Combo(form, SWT.READ_ONLY);
        importance.setData(WidgetNames.KEY, GapIds.ROW_IMPORTANCE);
        importance.setToolTipText("The analyst's weight 1\u20135, or the mean answer to an item of the project's"
                + " survey rescaled to 1\u20135");
        importance.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        importance.addListener(SWT.Selection, e -> weigh());
        new Label(form, SWT.NONE).setText("Target");
        target = new Spinner(form, SWT.BORDER);
        target.setData(WidgetNames.KEY, GapIds.ROW_TARGET);
        target.setValues(80, 0, 100, 0, 1, 10);
        target.setToolTipText("The performance 0\u2013100 aimed at");
        target.addListener(SWT.Selection, e -> retarget());
        target.addListener(SWT.DefaultSelection, e -> retarget());
        Label bound = new Label(form, SWT.NONE);
        bound.setText("Measured by");
        bound.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        indicators = new Table(form, SWT.BORDER | SWT.CHECK | SWT.V_SCROLL);
        indicators.setData(WidgetNames.KEY, GapIds.ROW_INDICATORS);
        indicators.setToolTipText("Check the installed indicators that measure this expectation");
        indicators.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        indicators.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.CHECK) {
                bind();
            }
        });
        problem = new Label(panel, SWT.WRAP);
        problem.setData(WidgetNames.KEY, GapIds.ROW_PROBLEM);
        problem.setForeground(panel.getDisplay().getSystemColor(SWT.COLOR_RED));
        problem.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        show(null, List.of(), List.of());
    }

    private Button button(Composite parent, String text, String tip, String id, Runnable action, boolean perRow) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setToolTipText(tip);
        b.setData(WidgetNames.KEY, id);
        b.addListener(SWT.Selection, e -> action.run());
        if (perRow) {
            rowButtons.add(b);
        }
        return b;
    }

    Composite control() {
        return panel;
    }

    /** The rows shown, or {@code null}. */
    GapModel model() {
        return model;
    }

    /** Shows {@code newModel} (null: nothing open), keeping the selected row. */
    void show(GapModel newModel, List<GapIndicatorDescriptor> installed, List<String> items) {
        String selected = selectedId().orElse(null);
        model = newModel;
        surveyItems = List.copyOf(items);
        rows.removeAll();
        indicators.removeAll();
        for (GapIndicatorDescriptor d : installed) {
            TableItem item = new TableItem(indicators, SWT.NONE);
            item.setData(d.id());
            item.setText(d.label());
        }
        importance.removeAll();
        for (int w = 1; w <= 5; w++) {
            importance.add(WEIGHT + w);
        }
        surveyItems.forEach(i -> importance.add(SURVEY + i));
        if (model != null) {
            for (Expectation e : model.expectations()) {
                TableItem item = new TableItem(rows, SWT.NONE);
                item.setData(e.id());
                item.setText(new String[] {e.label(), e.importance().toString(), GapTexts.points(e.target()),
                        String.join(", ", e.indicators())});
                if (e.id().equals(selected)) {
                    rows.setSelection(item);
                }
            }
            if (rows.getSelectionIndex() < 0 && rows.getItemCount() > 0) {
                rows.setSelection(0);
            }
        }
        showSelected();
    }

    /** Selects the row {@code id}, e.g. the one picked in the matrix. */
    void select(String id) {
        for (int i = 0; i < rows.getItemCount(); i++) {
            if (rows.getItem(i).getData().equals(id)) {
                rows.setSelection(i);
                showSelected();
            }
        }
    }

    /** Why the last edit was refused, or {@code ""}. */
    void problem(String text) {
        problem.setText(text == null ? "" : text);
        problem.setToolTipText(text);
        panel.layout(new org.eclipse.swt.widgets.Control[] {problem});
    }

    /** The labels of what undo and redo would do, empty when there is nothing. */
    void history(Optional<String> undoLabel, Optional<String> redoLabel) {
        undo.setEnabled(undoLabel.isPresent());
        undo.setToolTipText(undoLabel.map(l -> "Undo: " + l + " (Ctrl+Z)").orElse("Nothing to undo"));
        redo.setEnabled(redoLabel.isPresent());
        redo.setToolTipText(redoLabel.map(l -> "Redo: " + l + " (Ctrl+Y)").orElse("Nothing to redo"));
    }

    private Optional<String> selectedId() {
        int i = rows.getSelectionIndex();
        return i < 0 ? Optional.empty() : Optional.of((String) rows.getItem(i).getData());
    }

    private Optional<Expectation> selected() {
        return model == null ? Optional.empty() : selectedId().flatMap(model::find);
    }

    private void showSelected() {
        Optional<Expectation> e = selected();
        boolean any = e.isPresent();
        for (org.eclipse.swt.widgets.Control c : new org.eclipse.swt.widgets.Control[] {name, importance, target,
            indicators}) {
            c.setEnabled(any);
        }
        rowButtons.forEach(b -> b.setEnabled(any));
        name.setText(e.map(Expectation::label).orElse(""));
        importance.select(e.map(x -> importanceIndex(x.importance())).orElse(-1));
        target.setSelection((int) Math.round(e.map(Expectation::target).orElse(80.0)));
        for (TableItem item : indicators.getItems()) {
            item.setChecked(e.map(x -> x.indicators().contains((String) item.getData())).orElse(false));
        }
    }

    private int importanceIndex(Importance i) {
        return i.weight() != null ? i.weight() - 1
                : surveyItems.contains(i.surveyItem()) ? 5 + surveyItems.indexOf(i.surveyItem()) : -1;
    }

    private void add() {
        if (model == null) {
            return;
        }
        InputDialog dialog = new InputDialog(panel.getShell(), "Add Expectation", "What customers expect:", "",
                text -> text == null || text.isBlank() ? "Give the expectation a name." : null);
        if (dialog.open() == IDialogConstants.OK_ID) {
            edits.apply(m -> m.add(dialog.getValue()));
        }
    }

    private void move(int by) {
        selected().ifPresent(e -> {
            int to = model.expectations().indexOf(e) + by;
            if (to >= 0 && to < model.expectations().size()) {
                edits.apply(m -> m.move(e.id(), to));
            }
        });
    }

    private void rename() {
        selected().filter(e -> !e.label().equals(name.getText().strip()))
                .ifPresent(e -> edits.apply(m -> m.rename(e.id(), name.getText())));
    }

    private void weigh() {
        int i = importance.getSelectionIndex();
        if (i < 0) {
            return;
        }
        Importance picked = i < 5 ? Importance.weight(i + 1) : Importance.surveyItem(surveyItems.get(i - 5));
        selected().filter(e -> !e.importance().equals(picked))
                .ifPresent(e -> edits.apply(m -> m.weigh(e.id(), picked)));
    }

    private void retarget() {
        double value = target.getSelection();
        selected().filter(e -> e.target() != value).ifPresent(e -> edits.apply(m -> m.target(e.id(), value)));
    }

    private void bind() {
        List<String> checked = new ArrayList<>();
        for (TableItem item : indicators.getItems()) {
            if (item.getChecked()) {
                checked.add((String) item.getData());
            }
        }
        selected().filter(e -> !e.indicators().equals(checked))
                .ifPresent(e -> edits.apply(m -> m.bind(e.id(), checked)));
    }
}
