package io.rapport.app.internal.explorer;

import io.rapport.app.AppIds;
import io.rapport.app.ProjectOverview;
import io.rapport.app.ProjectSession;
import io.rapport.app.internal.explorer.ExplorerNode.Settings;
import io.rapport.app.internal.explorer.ExplorerNode.SettingsEntry;
import io.rapport.app.internal.explorer.ExplorerNode.SettingsGroup;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreePath;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;

/**
 * The Project Explorer: the open project with its datasets (counts and import date), its settings (our accounts,
 * staff, spaces) and its totals. Double-clicking the settings opens the Project Settings dialog.
 */
public final class ProjectExplorerPart {
    private TreeViewer viewer;

    @Inject
    private ECommandService commands;
    @Inject
    private EHandlerService handlers;

    @PostConstruct
    void createControls(Composite parent, ProjectSession session) {
        parent.setLayout(new FillLayout());
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL | SWT.FULL_SELECTION);
        viewer.setComparer(new KeyComparer());
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new ExplorerContentProvider());
        viewer.setLabelProvider(new ExplorerLabels());
        ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.addDoubleClickListener(e -> open((IStructuredSelection) e.getSelection()));
        show(session.overview().orElse(null), false);
    }

    @Focus
    void focus() {
        viewer.getControl().setFocus();
    }

    @Inject
    @Optional
    void opened(@UIEventTopic(ProjectSession.TOPIC_OPENED) ProjectOverview overview) {
        show(overview, false);
    }

    @Inject
    @Optional
    void changed(@UIEventTopic(ProjectSession.TOPIC_CHANGED) ProjectOverview overview) {
        show(overview, true);
    }

    @Inject
    @Optional
    void closed(@UIEventTopic(ProjectSession.TOPIC_CLOSED) ProjectOverview overview) {
        show(null, false);
    }

    private void show(ProjectOverview overview, boolean keepExpansion) {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        TreePath[] expanded = viewer.getExpandedTreePaths();
        viewer.getControl().setRedraw(false);
        try {
            viewer.setInput(new ExplorerNode.Root(overview));
            if (keepExpansion) {
                viewer.setExpandedTreePaths(expanded);
                // a new dataset is what the user just imported: show it even if the list was closed or empty
                if (overview != null) {
                    viewer.expandToLevel(new ExplorerNode.Datasets(overview.datasets()), 1);
                }
            } else {
                // project, and under it the datasets and the settings, open at once
                viewer.expandToLevel(3);
            }
        } finally {
            viewer.getControl().setRedraw(true);
        }
    }

    private void open(IStructuredSelection selection) {
        Object element = selection.getFirstElement();
        if (element instanceof Settings || element instanceof SettingsGroup || element instanceof SettingsEntry) {
            ParameterizedCommand command = commands.createCommand(AppIds.COMMAND_PROJECT_SETTINGS, null);
            if (handlers.canExecute(command)) {
                handlers.executeHandler(command);
            }
        } else if (element != null) {
            viewer.setExpandedState(element, !viewer.getExpandedState(element));
        }
    }

    /** Elements are equal when they stand for the same thing, whatever the counts: see {@link ExplorerNode#key()}. */
    private static final class KeyComparer implements IElementComparer {
        @Override
        public boolean equals(Object a, Object b) {
            if (a instanceof ExplorerNode x && b instanceof ExplorerNode y) {
                return x.key().equals(y.key());
            }
            return java.util.Objects.equals(a, b);
        }

        @Override
        public int hashCode(Object element) {
            return element instanceof ExplorerNode n ? n.key().hashCode() : java.util.Objects.hashCode(element);
        }
    }
}
