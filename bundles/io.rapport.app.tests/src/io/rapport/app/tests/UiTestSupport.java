package io.rapport.app.tests;

import io.rapport.ui.testsupport.Widgets;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import java.util.Arrays;

/** Finding the Project Explorer's widgets in the running workbench. */
final class UiTestSupport {
    private UiTestSupport() {
    }

    /** The "Datasets (n)" node under the project, or null while no project is shown. */
    static TreeItem datasetsNode(Tree tree) {
        if (tree == null || tree.isDisposed() || tree.getItemCount() == 0) {
            return null;
        }
        return Arrays.stream(tree.getItem(0).getItems()).filter(i -> i.getText().startsWith("Datasets")).findFirst()
                .orElse(null);
    }

    static Tree tree(MPart part) {
        return part.getWidget() instanceof Control c ? Widgets.find(c, Tree.class) : null;
    }
}
