package io.rapport.journey.ui.internal;

import io.rapport.journey.core.AttestationAnswer;
import io.rapport.journey.core.JourneyAssessment.CriterionResult;
import io.rapport.journey.ui.JourneyIds;
import io.rapport.ui.common.widgets.WidgetNames;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The criteria of the selected cell: what each asks, whether it is met, the evidence's value and target or the
 * attestation's answer, note, who and when. An attestation's answer and note are edited in place; each edit is
 * handed on as an {@link AttestationEdit}.
 */
final class CriteriaTable {
    private static final String[] ANSWERS = {"not attested", "yes", "no"};

    private final TableViewer viewer;
    private final Consumer<AttestationEdit> edited;
    private String model;

    CriteriaTable(Composite parent, Consumer<AttestationEdit> edited) {
        this.edited = edited;
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setData(WidgetNames.KEY, JourneyIds.CRITERIA);
        column("", 28, r -> Texts.mark(r.status()), null);
        column("Criterion", 330, r -> r.criterion().label(), null);
        column("Kind", 90, r -> r.criterion().isEvidence() ? "evidence" : "attestation", null);
        column("Now", 110, Texts::value, new AnswerEditing());
        column("Target", 80, CriterionResult::target, null);
        column("Based on / note", 330, r -> r.criterion().isEvidence() || r.answer() == null ? r.basis()
                : r.answer().note() == null ? "" : r.answer().note(), new NoteEditing());
        column("Who", 90, Texts::who, null);
        column("When", 130, Texts::when, null);
    }

    Control control() {
        return viewer.getControl();
    }

    void show(String modelId, List<CriterionResult> criteria) {
        model = modelId;
        viewer.setInput(criteria);
    }

    void clear() {
        viewer.setInput(List.of());
    }

    private void column(String heading, int width, Function<CriterionResult, String> text, EditingSupport editing) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(heading);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((CriterionResult) element);
            }

            @Override
            public String getToolTipText(Object element) {
                CriterionResult r = (CriterionResult) element;
                return r.criterion().isEvidence() ? r.criterion().evidence().indicator() + ": " + r.basis()
                        : r.criterion().attestation().question();
            }
        });
        if (editing != null) {
            c.setEditingSupport(editing);
        }
    }

    /** Answers an attestation as the "Now" cell's combo does: 0 not attested, 1 yes, 2 no. */
    void answer(CriterionResult row, int choice, String note) {
        AttestationAnswer before = row.answer();
        AttestationAnswer after = choice == 0 ? null : new AttestationAnswer(row.criterion().id(), choice == 1,
                note, System.getProperty("user.name"), java.time.Instant.now());
        edited.accept(new AttestationEdit(model, row.criterion().id(), before, after));
    }

    private final class AnswerEditing extends EditingSupport {
        AnswerEditing() {
            super(viewer);
        }

        @Override
        protected boolean canEdit(Object element) {
            return !((CriterionResult) element).criterion().isEvidence();
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return new ComboBoxCellEditor(viewer.getTable(), ANSWERS, SWT.READ_ONLY);
        }

        @Override
        protected Object getValue(Object element) {
            AttestationAnswer a = ((CriterionResult) element).answer();
            return a == null ? 0 : a.yes() ? 1 : 2;
        }

        @Override
        protected void setValue(Object element, Object value) {
            CriterionResult r = (CriterionResult) element;
            int choice = (Integer) value;
            if (choice >= 0 && choice != (Integer) getValue(element)) {
                answer(r, choice, r.answer() == null ? null : r.answer().note());
            }
        }
    }

    private final class NoteEditing extends EditingSupport {
        NoteEditing() {
            super(viewer);
        }

        @Override
        protected boolean canEdit(Object element) {
            return ((CriterionResult) element).answer() != null;
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return new TextCellEditor(viewer.getTable());
        }

        @Override
        protected Object getValue(Object element) {
            AttestationAnswer a = ((CriterionResult) element).answer();
            return a == null || a.note() == null ? "" : a.note();
        }

        @Override
        protected void setValue(Object element, Object value) {
            CriterionResult r = (CriterionResult) element;
            if (!value.equals(getValue(element))) {
                answer(r, r.answer().yes() ? 1 : 2, (String) value);
            }
        }
    }
}
