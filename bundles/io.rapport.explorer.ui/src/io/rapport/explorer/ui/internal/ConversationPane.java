package io.rapport.explorer.ui.internal;

import io.rapport.explorer.core.Conversation;
import io.rapport.explorer.core.ConversationNode;
import io.rapport.explorer.core.InteractionRow;
import io.rapport.explorer.core.ResponseStatus;

import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreePath;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;

import java.util.List;
import java.util.function.Function;

/**
 * The conversation of the selected interaction as a tree: each message under the one it answers, ours in bold
 * blue with how long after the customer's message it came (and whether it is the response the metrics count),
 * unanswered messages addressed to us in red, the interaction asked for selected.
 */
final class ConversationPane {
    private static final Color OURS = new Color(0x1a, 0x4f, 0x9c);
    private static final Color UNANSWERED = new Color(0xb0, 0x1c, 0x1c);

    private final Label title;
    private final TreeViewer viewer;
    private final Text detail;
    private final LocalResourceManager resources;
    private final Font bold;
    private Conversation shown;

    ConversationPane(Composite parent) {
        Composite pane = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        pane.setLayout(layout);
        title = new Label(pane, SWT.NONE);
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        viewer = new TreeViewer(pane, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        viewer.setContentProvider(new Replies());
        resources = new LocalResourceManager(JFaceResources.getResources(), viewer.getTree());
        bold = resources.create(FontDescriptor.createFrom(viewer.getTree().getFont()).setStyle(SWT.BOLD));
        column("Author", 200, n -> Formats.author(n.interaction().authorHandle(), n.interaction().authorName()));
        column("By", 130, n -> Formats.role(n.interaction().role(), n.interaction().department()));
        column("Created (UTC)", 125, n -> Formats.time(n.interaction().createdAt()));
        column("Response", 190, ConversationPane::response);
        column("Text", 600, n -> Formats.oneLine(n.interaction().text()));
        ColumnViewerToolTipSupport.enableFor(viewer);
        detail = new Text(pane, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL | SWT.BORDER);
        GridData detailData = new GridData(SWT.FILL, SWT.FILL, true, false);
        detailData.heightHint = 4 * detail.getLineHeight();
        detail.setLayoutData(detailData);
        viewer.addSelectionChangedListener(e -> showDetail(
                e.getStructuredSelection().getFirstElement() instanceof ConversationNode n ? n : null));
        clear("Select an interaction to read its conversation.");
    }

    /** Shows a conversation, expanded, with the interaction it was asked for selected and visible. */
    void show(Conversation conversation) {
        shown = conversation;
        viewer.getTree().setRedraw(false);
        try {
            viewer.setInput(conversation);
            viewer.expandAll();
            List<ConversationNode> path = conversation.pathTo(conversation.selected());
            if (!path.isEmpty()) {
                viewer.setSelection(new StructuredSelection(new TreePath(path.toArray())), true);
            }
        } finally {
            viewer.getTree().setRedraw(true);
        }
        InteractionRow root = conversation.root().interaction();
        title.setText("Conversation on " + root.channel() + " started by " + root.authorHandle() + ", "
                + Formats.time(root.createdAt()) + " \u2014 " + conversation.size()
                + (conversation.size() == 1 ? " message" : " messages"));
    }

    /** Shows no conversation, with a message saying why. */
    void clear(String message) {
        shown = null;
        viewer.setInput(null);
        title.setText(message);
        showDetail(null);
    }

    /** The whole message, which the tree shows on one line. */
    private void showDetail(ConversationNode node) {
        if (node == null) {
            detail.setText("");
            return;
        }
        InteractionRow r = node.interaction();
        StringBuilder text = new StringBuilder(Formats.author(r.authorHandle(), r.authorName())).append(" \u00b7 ")
                .append(Formats.role(r.role(), r.department())).append(" \u00b7 ").append(r.kind()).append(" \u00b7 ")
                .append(Formats.time(r.createdAt())).append(" UTC");
        if (r.rating() != null) {
            text.append(" \u00b7 rating ").append(r.rating());
        }
        if (r.url() != null) {
            text.append(" \u00b7 ").append(r.url());
        }
        detail.setText(text.append(System.lineSeparator()).append(r.text() == null ? "" : r.text()).toString());
    }

    /** The conversation on display, or null. */
    Conversation shown() {
        return shown;
    }

    Tree tree() {
        return viewer.getTree();
    }

    private static String response(ConversationNode n) {
        if (n.responseMinutes() != null) {
            return Formats.minutes(n.responseMinutes()) + " later" + (n.firstResponse() ? " (first response)" : "");
        }
        return switch (n.interaction().status()) {
            case UNANSWERED -> "unanswered";
            case RESPONDED -> "answered after " + Formats.minutes(n.interaction().firstResponseMinutes());
            default -> "";
        };
    }

    private void column(String header, int width, Function<ConversationNode, String> text) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(header);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof ConversationNode n ? text.apply(n) : "";
            }

            @Override
            public Font getFont(Object element) {
                return element instanceof ConversationNode n && n.ours() ? bold : null;
            }

            @Override
            public Color getForeground(Object element) {
                if (element instanceof ConversationNode n) {
                    if (n.ours()) {
                        return OURS;
                    }
                    if (n.interaction().status() == ResponseStatus.UNANSWERED) {
                        return UNANSWERED;
                    }
                }
                return null;
            }

            @Override
            public String getToolTipText(Object element) {
                return element instanceof ConversationNode n ? n.interaction().text() : null;
            }
        });
    }

    private static final class Replies implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return input instanceof Conversation c ? c.roots().toArray() : new Object[0];
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof ConversationNode n ? n.replies().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof ConversationNode n && !n.replies().isEmpty();
        }
    }
}
