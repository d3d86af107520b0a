package io.rapport.gap.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.app.ProjectSession;
import io.rapport.gap.core.EngagementGap;
import io.rapport.gap.core.Evidence;
import io.rapport.gap.core.Expectation;
import io.rapport.gap.core.GapPeriod;
import io.rapport.gap.ui.GapIds;
import io.rapport.sample.SampleProjects;
import io.rapport.ui.common.InteractionRef;
import io.rapport.ui.common.ViewRequests;
import io.rapport.ui.common.export.ExportFiles;
import io.rapport.ui.common.widgets.WidgetNames;
import io.rapport.ui.testsupport.ViewDriver;
import io.rapport.ui.testsupport.Widgets;
import io.rapport.ui.testsupport.WorkbenchRun;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.event.EventHandler;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Starts the real workbench on a freshly written sample project, opens the Gap Matrix through Show View and checks
 * what an analyst sees against {@code rapport gap <project> --json} (and with {@code --from/--to}) run beforehand
 * through the command line's entry point: the rows in rank order with their gaps and every cell's gap, in the
 * table and in the CSV export; sorting by a heading; the typical shortfalls; the period controls; a cell's evidence, and opening one; the chart as a PNG; an
 * importance edit that changes the gap as the formula says and its undo (in the view and in the saved rows); a
 * rename that outlives closing the view; closing the project. Saves a screenshot to target/screenshots.
 */
class GapViewUiTest {
    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final double EPS = 1e-9;
    /** The columns of the matrix before the channels: #, expectation, importance, target, performance, gap, change. */
    private static final int FIRST_CHANNEL = 7;
    private static final String FROM = "2026-08-03";
    private static final String TO = "2026-09-20";

    @TempDir
    Path temp;

    @Test
    void matrixShowsTheGapOfTheCommandLineAndEditsAreUndoable() throws Throwable {
        Path sample = temp.resolve("sample");
        Widgets.service(SampleProjects.class).create(sample, new NullProgressMonitor()).close();
        JsonNode latest = ExpectedGap.of(sample);
        JsonNode chosen = ExpectedGap.of(sample, "--from", FROM, "--to", TO);
        Path exports = Files.createDirectories(temp.resolve("exports"));

        WorkbenchRun.run(sample, run -> {
            run.workbench().getApplication().getContext().set(ExportFiles.class,
                    (shell, title, name, extension) -> Optional.of(exports.resolve(name)));
            ProjectSession session = run.workbench().getApplication().getContext().get(ProjectSession.class);
            assertTrue(run.waitUntil(TIMEOUT, () -> session.overview().isPresent()), "the workbench opened the project");
            MPart part = run.showView(GapIds.PART);
            ViewDriver v = new ViewDriver(run, (Composite) part.getWidget());
            v.waitReady();

            matrixIs(v, exports, latest);
            headersSort(v, latest);
            shortfallsAreListed(v, latest);
            periodGivesTheCommandLinesNumbers(v, exports, chosen, latest);
            evidenceOpensInTheExplorer(run, v, session, latest);
            v = new ViewDriver(run, (Composite) run.showView(GapIds.PART).getWidget());
            chartSavesAsPng(v, exports);
            importanceEditChangesTheGapAndUndoRestoresIt(v, exports, session, latest);
            aRowIsAddedBoundMovedRemovedAndRestored(v, exports, session);
            Widgets.find(v.root(), ScrolledComposite.class).setOrigin(0, 0);
            System.out.println("gap: screenshot " + run.screenshot("gap"));
            v = renamePersistsAfterReopening(run, v, session);

            session.close();
            ViewDriver closed = v;
            assertTrue(run.waitUntil(TIMEOUT, () -> WidgetNames.STATE_NO_PROJECT.equals(closed.state())),
                    closed.status());
            assertEquals(0, v.named(GapIds.MATRIX, Table.class).getItemCount(), "no project: the matrix is cleared");
            assertEquals(0, v.named(GapIds.ROWS, Table.class).getItemCount(), "no project: no rows to edit");
            assertEquals(0, v.named(GapIds.EVIDENCE, Table.class).getItemCount());
        });
    }

    /** The table in rank order with each gap as shown, and the CSV export with the raw values. */
    private static void matrixIs(ViewDriver v, Path exports, JsonNode gap) throws Exception {
        List<String> channels = ExpectedGap.channels(gap);
        Table matrix = v.named(GapIds.MATRIX, Table.class);
        assertEquals(FIRST_CHANNEL + channels.size(), matrix.getColumnCount(), "one column per channel");
        for (int c = 0; c < channels.size(); c++) {
            assertEquals(channels.get(c), matrix.getColumn(FIRST_CHANNEL + c).getText());
        }
        JsonNode rows = gap.get("rows");
        assertEquals(rows.size(), matrix.getItemCount(), "one row per expectation");
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            TableItem item = matrix.getItem(i);
            assertEquals(row.get("id").asText(), item.getData(), "rank order, row " + i);
            assertEquals(row.get("rank").asText(), item.getText(0));
            assertEquals(row.get("label").asText(), item.getText(1));
            assertEquals(points(row.get("gap")), item.getText(5), row.get("id") + " gap");
            assertEquals(points(row.get("performance")), item.getText(4), row.get("id") + " performance");
            for (int c = 0; c < channels.size(); c++) {
                JsonNode cell = ExpectedGap.cell(row, channels.get(c));
                assertEquals(points(cell == null ? null : cell.get("gap")), item.getText(FIRST_CHANNEL + c),
                        row.get("id") + " on " + channels.get(c));
            }
        }
        csvIs(v, exports, gap);
        assertTrue(v.text(GapIds.PERIOD_SHOWN).startsWith(gap.get("period").get("from").asText() + " to "
                + gap.get("period").get("to").asText()), v.text(GapIds.PERIOD_SHOWN));
    }

    private static void csvIs(ViewDriver v, Path exports, JsonNode gap) throws Exception {
        List<Map<String, String>> csv = v.exportCsv(GapIds.MATRIX_CSV, exports, "gap-matrix.csv");
        JsonNode rows = gap.get("rows");
        assertEquals(rows.size(), csv.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            Map<String, String> line = csv.get(i);
            assertEquals(row.get("id").asText(), line.get("id"), "rank order in the CSV");
            assertEquals(row.get("rank").asLong(), Long.parseLong(line.get("rank")));
            assertEquals(row.get("label").asText(), line.get("label"));
            for (String field : List.of("importance", "target", "performance", "gap", "previous_performance",
                    "previous_gap", "change")) {
                same(row.get(field), line.get(field), row.get("id") + " " + field);
            }
            for (String channel : ExpectedGap.channels(gap)) {
                JsonNode cell = ExpectedGap.cell(row, channel);
                same(cell == null ? null : cell.get("gap"), line.get(channel + "_gap"), row.get("id") + " " + channel);
                same(cell == null ? null : cell.get("performance"), line.get(channel + "_performance"),
                        row.get("id") + " " + channel + " performance");
                same(cell == null ? null : cell.get("basis"), line.get(channel + "_basis"), row.get("id") + " basis");
            }
        }
    }

    /** A channel's heading sorts by that channel's gap (largest first, unmeasured last), "#" back by rank. */
    private static void headersSort(ViewDriver v, JsonNode gap) {
        Table matrix = v.named(GapIds.MATRIX, Table.class);
        List<String> channels = ExpectedGap.channels(gap);
        String channel = channels.get(channels.size() - 1);
        matrix.getColumn(FIRST_CHANNEL + channels.size() - 1).notifyListeners(SWT.Selection, new Event());
        List<Double> gaps = new ArrayList<>();
        for (TableItem item : matrix.getItems()) {
            JsonNode cell = ExpectedGap.cell(ExpectedGap.row(gap, (String) item.getData()), channel);
            gaps.add(cell == null || cell.get("gap").isNull() ? null : cell.get("gap").asDouble());
        }
        for (int i = 1; i < gaps.size(); i++) {
            Double before = gaps.get(i - 1);
            Double after = gaps.get(i);
            assertTrue(after == null || before != null && before >= after, "sorted by the gap on " + channel + ": "
                    + gaps);
        }
        matrix.getColumn(1).notifyListeners(SWT.Selection, new Event());
        List<String> labels = Arrays.stream(matrix.getItems()).map(item -> item.getText(1)).toList();
        assertEquals(labels.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), labels, "sorted by name");
        matrix.getColumn(0).notifyListeners(SWT.Selection, new Event());
        for (int i = 0; i < matrix.getItemCount(); i++) {
            assertEquals(gap.get("rows").get(i).get("id").asText(), matrix.getItem(i).getData(), "back in rank order");
        }
    }

    private static void shortfallsAreListed(ViewDriver v, JsonNode gap) {
        Table shortfalls = v.named(GapIds.SHORTFALLS, Table.class);
        List<String> named = Arrays.stream(shortfalls.getItems()).map(item -> item.getText(0))
                .filter(text -> !text.isEmpty()).toList();
        List<String> expected = new ArrayList<>();
        gap.get("shortfalls").forEach(s -> expected.add(s.get("label").asText()));
        assertEquals(expected, named, "the seven typical shortfalls");
        int lines = 0;
        for (JsonNode s : gap.get("shortfalls")) {
            lines += s.get("indicators").size();
        }
        assertEquals(lines, shortfalls.getItemCount(), "one line per shortfall and indicator");
    }

    private static void periodGivesTheCommandLinesNumbers(ViewDriver v, Path exports, JsonNode chosen, JsonNode latest)
            throws Exception {
        Button latestMonth = v.named(GapIds.LATEST_MONTH, Button.class);
        assertTrue(latestMonth.getSelection(), "the latest month by default, as rapport gap without dates");
        latestMonth.setSelection(false);
        latestMonth.notifyListeners(SWT.Selection, new Event());
        v.date(GapIds.FROM, LocalDate.parse(FROM));
        v.date(GapIds.TO, LocalDate.parse(TO));
        v.waitReady();
        matrixIs(v, exports, chosen);

        latestMonth.setSelection(true);
        latestMonth.notifyListeners(SWT.Selection, new Event());
        v.waitReady();
        csvIs(v, exports, latest);
    }

    /** Picks the top row's first measured channel, lists its evidence, and opens the first interaction. */
    private static void evidenceOpensInTheExplorer(WorkbenchRun run, ViewDriver v, ProjectSession session, JsonNode gap)
            throws Exception {
        JsonNode top = gap.get("rows").get(0);
        List<String> channels = ExpectedGap.channels(gap);
        String channel = null;
        for (String c : channels) {
            JsonNode cell = ExpectedGap.cell(top, c);
            if (channel == null && cell != null && cell.get("basis").asLong() > 0) {
                channel = c;
            }
        }
        assertNotNull(channel, "the top row is measured somewhere");
        Table matrix = v.named(GapIds.MATRIX, Table.class);
        matrix.setFocus();
        matrix.setSelection(0);
        matrix.notifyListeners(SWT.Selection, new Event());
        // the keyboard's way to a cell: Right moves the picked cell along the row, from the first channel on
        for (int i = 0; i <= channels.indexOf(channel); i++) {
            Event right = new Event();
            right.keyCode = SWT.ARROW_RIGHT;
            matrix.notifyListeners(SWT.KeyDown, right);
        }
        assertTrue(v.text(GapIds.CELL).startsWith(top.get("label").asText() + " on " + channel + ": "),
                v.text(GapIds.CELL));
        Table indicators = v.named(GapIds.CELL_INDICATORS, Table.class);
        assertEquals(top.get("indicators").size(), indicators.getItemCount(), "one line per bound indicator");
        String indicator = top.get("indicators").get(0).asText();
        JsonNode measured = ExpectedGap.cell(top, channel).get("indicators").get(indicator);
        assertEquals(points(measured.get("value")), indicators.getItem(0).getText(1));

        Table evidence = v.named(GapIds.EVIDENCE, Table.class);
        assertTrue(v.run().waitUntil(TIMEOUT, () -> evidence.getItemCount() > 0), "the cell lists its evidence");
        EngagementGap service = Widgets.service(EngagementGap.class);
        GapPeriod period = new GapPeriod(LocalDate.parse(gap.get("period").get("from").asText()),
                LocalDate.parse(gap.get("period").get("to").asText()));
        List<Evidence> expected = service.evidence(session.store().orElseThrow(), indicator, channel, period, 50,
                new NullProgressMonitor());
        assertEquals(expected.size(), evidence.getItemCount(), "the first 50 at most");
        InteractionRef first = new InteractionRef(expected.get(0).channel(), expected.get(0).sourceId());
        assertEquals(first, evidence.getItem(0).getData());

        IEventBroker broker = run.workbench().getApplication().getContext().get(IEventBroker.class);
        AtomicReference<Object> requested = new AtomicReference<>();
        EventHandler handler = event -> requested.set(event.getProperty(IEventBroker.DATA));
        broker.subscribe(ViewRequests.OPEN_CONVERSATION, handler);
        try {
            evidence.setSelection(0);
            Event open = new Event();
            open.item = evidence.getItem(0);
            evidence.notifyListeners(SWT.DefaultSelection, open);
            assertTrue(run.waitUntil(Duration.ofSeconds(20), () -> requested.get() != null),
                    "opening posts " + ViewRequests.OPEN_CONVERSATION);
            assertEquals(first, requested.get());
        } finally {
            broker.unsubscribe(handler);
        }
    }

    private static void chartSavesAsPng(ViewDriver v, Path exports) throws Exception {
        Path file = v.exportFile(GapIds.CHART_PNG, exports, "gap-importance-performance.png");
        ImageData image = new ImageLoader().load(file.toString())[0];
        Canvas chart = v.named(GapIds.CHART, Canvas.class);
        assertEquals(chart.getSize().x, image.width);
        assertEquals(chart.getSize().y, image.height);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.height; y += 3) {
            for (int x = 0; x < image.width; x += 3) {
                colours.add(image.getPixel(x, y));
            }
        }
        assertTrue(colours.size() > 3, "the picture has the chart drawn in it, not a blank: " + colours.size());
    }

    /**
     * The top row (a weight, a gap) weighed 2 instead: every gap of the row is (2 / weight) of what it was, as
     * gap = importance / 5 × max(0, target − performance) says; Undo brings back the gaps and the saved weight.
     */
    private static void importanceEditChangesTheGapAndUndoRestoresIt(ViewDriver v, Path exports, ProjectSession session,
            JsonNode gap) throws Exception {
        JsonNode top = gap.get("rows").get(0);
        String id = top.get("id").asText();
        assertEquals("weight", top.get("importance_source").asText());
        int weight = top.get("importance").asInt();
        assertTrue(weight != 2 && top.get("gap").asDouble() > 0, "the top row has a weight and a gap");
        Button undo = v.named(GapIds.UNDO, Button.class);
        assertFalse(undo.getEnabled(), "nothing to undo yet");

        selectRow(v, id);
        v.pick(GapIds.ROW_IMPORTANCE, "Weight 2");
        v.waitReady();
        Map<String, String> edited = csvRow(v, exports, id);
        double factor = 2.0 / weight;
        assertEquals(top.get("gap").asDouble() * factor, Double.parseDouble(edited.get("gap")), EPS, "row gap");
        assertEquals(2.0, Double.parseDouble(edited.get("importance")), EPS);
        for (String channel : ExpectedGap.channels(gap)) {
            JsonNode cell = ExpectedGap.cell(top, channel);
            if (cell != null && !cell.get("gap").isNull()) {
                assertEquals(cell.get("gap").asDouble() * factor, Double.parseDouble(edited.get(channel + "_gap")),
                        EPS, channel);
            }
        }
        EngagementGap service = Widgets.service(EngagementGap.class);
        assertEquals(2, service.model(session.store().orElseThrow()).find(id).orElseThrow().importance().weight(),
                "the edit is saved in the project");
        assertTrue(undo.getEnabled(), "the edit can be undone");

        v.press(GapIds.UNDO);
        v.waitReady();
        Map<String, String> undone = csvRow(v, exports, id);
        assertEquals(top.get("gap").asDouble(), Double.parseDouble(undone.get("gap")), EPS, "undo restores the gap");
        assertEquals(weight, service.model(session.store().orElseThrow()).find(id).orElseThrow().importance()
                .weight(), "undo restores the saved weight");
        assertEquals("Weight " + weight, v.named(GapIds.ROW_IMPORTANCE, Combo.class).getText());
        assertTrue(v.named(GapIds.REDO, Button.class).getEnabled(), "and can be redone");
    }

    /**
     * A new expectation, named in the Add dialog: not measured until an indicator is checked for it, then measured
     * as the default row bound to the same indicator; Up moves it, Remove removes it, Undo brings it back bound.
     */
    private static void aRowIsAddedBoundMovedRemovedAndRestored(ViewDriver v, Path exports, ProjectSession session)
            throws Exception {
        EngagementGap service = Widgets.service(EngagementGap.class);
        int before = service.model(session.store().orElseThrow()).expectations().size();
        Display display = v.root().getDisplay();
        display.timerExec(300, () -> answer(display, "Add Expectation", "Answers in Welsh"));
        v.press(GapIds.ADD);
        v.waitReady();
        List<Expectation> rows = service.model(session.store().orElseThrow()).expectations();
        assertEquals(before + 1, rows.size(), "the row is added and saved");
        Expectation added = rows.get(rows.size() - 1);
        assertEquals("Answers in Welsh", added.label());
        assertEquals("", csvRow(v, exports, added.id()).get("performance"), "no indicator: not measured");

        selectRow(v, added.id());
        Table indicators = v.named(GapIds.ROW_INDICATORS, Table.class);
        TableItem twoWay = Arrays.stream(indicators.getItems()).filter(i -> "two-way-communication".equals(
                i.getData())).findFirst().orElseThrow(() -> new AssertionError("two-way-communication is listed"));
        twoWay.setChecked(true);
        Event check = new Event();
        check.detail = SWT.CHECK;
        check.item = twoWay;
        indicators.notifyListeners(SWT.Selection, check);
        v.waitReady();
        assertEquals(List.of("two-way-communication"), service.model(session.store().orElseThrow())
                .find(added.id()).orElseThrow().indicators());
        assertEquals(csvRow(v, exports, "two-way-communication").get("performance"),
                csvRow(v, exports, added.id()).get("performance"), "measured as the row bound to the same indicator");

        selectRow(v, added.id());
        v.press(GapIds.UP);
        v.waitReady();
        rows = service.model(session.store().orElseThrow()).expectations();
        assertEquals(added.id(), rows.get(rows.size() - 2).id(), "moved up one place");

        selectRow(v, added.id());
        v.press(GapIds.REMOVE);
        v.waitReady();
        assertTrue(service.model(session.store().orElseThrow()).find(added.id()).isEmpty(), "removed");
        v.press(GapIds.UNDO);
        v.waitReady();
        assertEquals(List.of("two-way-communication"), service.model(session.store().orElseThrow())
                .find(added.id()).orElseThrow().indicators(), "undo brings the row back as it was");
    }

    /** Types {@code text} into the input dialog titled {@code title} and presses OK, as the user would. */
    private static void answer(Display display, String title, String text) {
        for (Shell shell : display.getShells()) {
            if (title.equals(shell.getText())) {
                Widgets.find(shell, Text.class).setText(text);
                for (Button b : Widgets.findAll(shell, Button.class)) {
                    if (b.getText().replace("&", "").equals("OK")) {
                        b.notifyListeners(SWT.Selection, new Event());
                        return;
                    }
                }
            }
        }
        display.timerExec(200, () -> answer(display, title, text));
    }

    private static ViewDriver renamePersistsAfterReopening(WorkbenchRun run, ViewDriver v, ProjectSession session)
            throws Exception {
        Table rows = v.named(GapIds.ROWS, Table.class);
        String id = (String) rows.getItem(rows.getItemCount() - 1).getData();
        String renamed = "Being listened to (renamed in the view)";
        selectRow(v, id);
        Text name = v.named(GapIds.ROW_NAME, Text.class);
        name.setText(renamed);
        name.notifyListeners(SWT.DefaultSelection, new Event());
        v.waitReady();
        assertEquals(renamed, Widgets.service(EngagementGap.class).model(session.store().orElseThrow()).find(id)
                .orElseThrow().label());

        EPartService parts = run.window().getContext().get(EPartService.class);
        parts.hidePart(parts.findPart(GapIds.PART), true);
        assertTrue(run.waitUntil(TIMEOUT, () -> parts.findPart(GapIds.PART) == null
                || parts.findPart(GapIds.PART).getWidget() == null), "the view is closed");
        ViewDriver reopened = new ViewDriver(run, (Composite) run.showView(GapIds.PART).getWidget());
        reopened.waitReady();
        Table matrix = reopened.named(GapIds.MATRIX, Table.class);
        boolean found = false;
        for (TableItem item : matrix.getItems()) {
            if (id.equals(item.getData())) {
                assertEquals(renamed, item.getText(1), "the reopened view shows the saved name");
                found = true;
            }
        }
        assertTrue(found, "the renamed row is in the matrix");
        return reopened;
    }

    /** As the view writes a gap or a performance. */
    private static String points(JsonNode value) {
        return value == null || value.isNull() ? "\u2013"
                : String.format(Locale.getDefault(Locale.Category.FORMAT), "%.1f", value.asDouble());
    }

    private static void same(JsonNode expected, String actual, String what) {
        if (expected == null || expected.isNull()) {
            assertEquals("", actual, what + " is undefined");
        } else {
            assertFalse(actual == null || actual.isEmpty(), what + " is defined");
            assertEquals(expected.asDouble(), Double.parseDouble(actual), EPS, what);
        }
    }

    private static void selectRow(ViewDriver v, String id) {
        Table rows = v.named(GapIds.ROWS, Table.class);
        for (int i = 0; i < rows.getItemCount(); i++) {
            if (id.equals(rows.getItem(i).getData())) {
                rows.setSelection(i);
                rows.notifyListeners(SWT.Selection, new Event());
                return;
            }
        }
        throw new AssertionError("no row " + id + " in the editor");
    }

    /** The exported matrix's line of one row. */
    private static Map<String, String> csvRow(ViewDriver v, Path exports, String id) throws Exception {
        for (Map<String, String> row : v.exportCsv(GapIds.MATRIX_CSV, exports, "gap-matrix.csv")) {
            if (id.equals(row.get("id"))) {
                return row;
            }
        }
        throw new AssertionError("no row " + id + " in the CSV");
    }
}
