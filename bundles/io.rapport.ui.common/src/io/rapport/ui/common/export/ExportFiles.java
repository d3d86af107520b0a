package io.rapport.ui.common.export;

import org.eclipse.swt.widgets.Shell;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where to save an export. Views ask the {@code ExportFiles} of their e4 context and fall back to
 * {@link FileDialogExportFiles} when there is none; an application (or a UI test) that wants exports to go
 * elsewhere puts its own into the context.
 */
@FunctionalInterface
public interface ExportFiles {

    /**
     * @param title         what is exported, e.g. "Export the worklist as CSV"
     * @param suggestedName a file name without directory, e.g. {@code worklist.csv}
     * @param extension     the extension without dot: {@code csv}, {@code png}
     * @return the chosen file, or empty if the user cancelled
     */
    Optional<Path> choose(Shell shell, String title, String suggestedName, String extension);
}
