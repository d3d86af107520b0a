package io.rapport.ui.common.export;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Asks with the platform's Save dialog (which confirms overwriting), and adds the extension if it was left off. */
public final class FileDialogExportFiles implements ExportFiles {

    @Override
    public Optional<Path> choose(Shell shell, String title, String suggestedName, String extension) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(title);
        dialog.setFileName(suggestedName);
        dialog.setFilterExtensions(new String[] {"*." + extension, "*"});
        dialog.setFilterNames(new String[] {extension.toUpperCase(Locale.ROOT) + " files", "All files"});
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return Optional.empty();
        }
        return Optional.of(Path.of(withExtension(chosen, extension)));
    }

    static String withExtension(String file, String extension) {
        String name = Path.of(file).getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith("." + extension.toLowerCase(Locale.ROOT)) ? file
                : file + "." + extension;
    }
}
