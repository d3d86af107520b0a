package io.rapport.ui.common.export;

import io.rapport.ui.common.export.Csv;
import io.rapport.ui.common.export.ExportFiles;
import io.rapport.ui.common.export.PngExport;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Shell;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Saves what a view shows: a table or series as CSV (through the injection-safe writer), a chart as PNG.
 * Asks where through {@link ExportFiles}, says what was written through {@code report}, and tells the user
 * about a failure. In the UI thread: the tables in memory are small, and a chart is captured from the screen
 * anyway; a view reads a long list again in the background and hands it to {@link #chooseCsv} and
 * {@link #written}.
 */
public final class Exporter {
    private final Supplier<Shell> shell;
    private final ExportFiles files;
    private final Consumer<String> report;
    private final Supplier<String> prefix;

    /** @param prefix the start of suggested file names, e.g. the project's name */
    public Exporter(Supplier<Shell> shell, ExportFiles files, Consumer<String> report, Supplier<String> prefix) {
        this.shell = shell;
        this.files = files;
        this.report = report;
        this.prefix = prefix;
    }

    /** @param table null while there is nothing to export */
    public void csv(String what, String name, Supplier<CsvTable> table) {
        CsvTable data = table.get();
        if (data == null) {
            nothingYet();
            return;
        }
        Optional<Path> file = chooseCsv(what, name);
        if (file.isEmpty()) {
            return;
        }
        try {
            written(what, Csv.write(file.get(), data.header(), data.rows()), file.get());
        } catch (IOException | RuntimeException e) {
            failed(what, file.get(), e);
        }
    }

    /** Asks where to save a CSV export of {@code what}. */
    public Optional<Path> chooseCsv(String what, String name) {
        return files.choose(shell.get(), "Export " + what + " as CSV", fileName(name, "csv"), "csv");
    }

    public void nothingYet() {
        report.accept("Nothing to export yet.");
    }

    public void written(String what, int rows, Path file) {
        String count = String.format(Locale.getDefault(Locale.Category.FORMAT), "%,d", rows);
        report.accept("Exported " + count + (rows == 1 ? " row" : " rows") + " of " + what + " to "
                + file);
    }

    /** @param picture what to save, taken after the user chose the file (so the dialog is not in it) */
    public void png(String what, String name, Supplier<ImageData> picture) {
        Optional<Path> file = files.choose(shell.get(), "Save " + what + " as PNG", fileName(name, "png"), "png");
        if (file.isEmpty()) {
            return;
        }
        try {
            PngExport.write(picture.get(), file.get());
            report.accept("Saved " + what + " to " + file.get());
        } catch (IOException | RuntimeException e) {
            failed(what, file.get(), e);
        }
    }

    /**
     * Saves a document the view writes (an HTML summary, a JSON file), replacing the file only once it is
     * written whole.
     *
     * @param extension without the dot, e.g. {@code html}
     * @param text      null while there is nothing to save
     */
    public void text(String what, String name, String extension, Supplier<String> text) {
        String content = text.get();
        if (content == null) {
            nothingYet();
            return;
        }
        Optional<Path> file = files.choose(shell.get(), "Save " + what, fileName(name, extension), extension);
        if (file.isEmpty()) {
            return;
        }
        try {
            AtomicFiles.write(file.get(), content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            report.accept("Saved " + what + " to " + file.get());
        } catch (IOException | RuntimeException e) {
            failed(what, file.get(), e);
        }
    }

    public void failed(String what, Path file, Exception e) {
        MessageDialog.openError(shell.get(), "Export Failed", "Could not write " + what + " to " + file + ":\n"
                + (e.getMessage() == null ? e.toString() : e.getMessage()));
    }

    private String fileName(String name, String extension) {
        String start = prefix.get().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("(^-|-$)", "");
        return (start.isEmpty() ? "" : start + "-") + name + "." + extension;
    }
}
