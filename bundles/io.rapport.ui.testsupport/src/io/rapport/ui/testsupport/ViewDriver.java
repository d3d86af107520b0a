package io.rapport.ui.testsupport;

import io.rapport.ui.common.widgets.WidgetNames;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Drives one of Rapport's views in a running workbench as a user does: finds its named widgets
 * ({@link WidgetNames#KEY}), reads its status line, picks in combos, sets dates, presses buttons and export
 * buttons (the export files go where the test's {@code ExportFiles} says) and reads the exports back. In the UI
 * thread; failures are {@link AssertionError}s naming what was expected.
 */
public final class ViewDriver {
    public static final Duration TIMEOUT = Duration.ofMinutes(3);

    private final WorkbenchRun run;
    private final Composite root;

    public ViewDriver(WorkbenchRun run, Composite root) {
        this.run = run;
        this.root = root;
    }

    public WorkbenchRun run() {
        return run;
    }

    public Composite root() {
        return root;
    }

    public <T extends Widget> T named(String id, Class<T> type) {
        T widget = Widgets.named(root, WidgetNames.KEY, id, type);
        if (widget == null) {
            throw new AssertionError("the view has no " + type.getSimpleName() + " named " + id);
        }
        return widget;
    }

    /** The text of a named label or text field. */
    public String text(String id) {
        Widget w = named(id, Widget.class);
        return w instanceof Label l ? l.getText() : ((Text) w).getText();
    }

    public String state() {
        return (String) named(WidgetNames.STATUS, Label.class).getData(WidgetNames.STATE_KEY);
    }

    public String status() {
        return named(WidgetNames.STATUS, Label.class).getText();
    }

    /** Waits until the view is no longer computing, and fails unless it is ready. */
    public void waitReady() {
        if (!run.waitUntil(TIMEOUT, () -> !WidgetNames.STATE_COMPUTING.equals(state()))) {
            throw new AssertionError("the view is still computing after " + TIMEOUT + ": " + status());
        }
        if (!WidgetNames.STATE_READY.equals(state())) {
            throw new AssertionError("the view is " + state() + ", not ready: " + status());
        }
    }

    public void waitFor(String state) {
        if (!run.waitUntil(TIMEOUT, () -> state.equals(state()))) {
            throw new AssertionError("the view is " + state() + ", not " + state + ": " + status());
        }
    }

    /** Picks an item of a named combo by its text, as a user does. */
    public void pick(String id, String item) {
        Combo combo = named(id, Combo.class);
        int index = Arrays.asList(combo.getItems()).indexOf(item);
        if (index < 0) {
            throw new AssertionError(item + " is not in " + Arrays.toString(combo.getItems()));
        }
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
    }

    public void date(String id, LocalDate day) {
        DateTime d = named(id, DateTime.class);
        d.setDate(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
        d.notifyListeners(SWT.Selection, new Event());
    }

    /** Presses a named button (which must be enabled) or tool item. */
    public void press(String id) {
        Widget w = named(id, Widget.class);
        if (w instanceof Button b && !b.getEnabled()) {
            throw new AssertionError(id + " is disabled");
        }
        w.notifyListeners(SWT.Selection, new Event());
    }

    /**
     * Presses an export button and waits for the file in {@code exports} whose name ends with {@code suffix}
     * (an older one is deleted first); exports write a temporary file and move it, so it is complete.
     */
    public Path exportFile(String button, Path exports, String suffix) throws IOException {
        try (var old = Files.list(exports)) {
            for (Path p : old.filter(p -> p.getFileName().toString().endsWith(suffix)).toList()) {
                Files.delete(p);
            }
        }
        press(button);
        Path[] found = new Path[1];
        boolean exported = run.waitUntil(TIMEOUT, () -> {
            try (var files = Files.list(exports)) {
                found[0] = files.filter(p -> p.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
                return found[0] != null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (!exported) {
            throw new AssertionError("nothing exported to *" + suffix + ": " + status());
        }
        return found[0];
    }

    /** Exports a CSV and reads it back: its rows by column name. */
    public List<Map<String, String>> exportCsv(String button, Path exports, String suffix) throws IOException {
        Path file = exportFile(button, exports, suffix);
        List<List<String>> records = CsvRecords.parse(Files.readString(file, StandardCharsets.UTF_8)
                .replace("\uFEFF", ""));
        List<String> header = records.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> r : records.subList(1, records.size())) {
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < r.size() ? r.get(i) : "");
            }
            rows.add(row);
        }
        return rows;
    }
}
