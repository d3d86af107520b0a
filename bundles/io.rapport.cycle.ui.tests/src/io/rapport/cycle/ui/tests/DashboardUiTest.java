package io.rapport.cycle.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rapport.app.AppIds;
import io.rapport.app.ProjectSession;
import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStoreProvider;
import io.rapport.cycle.ui.DashboardIds;
import io.rapport.sample.SampleProjects;
import io.rapport.ui.common.InteractionRef;
import io.rapport.ui.common.ViewRequests;
import io.rapport.ui.common.export.ExportFiles;
import io.rapport.ui.testsupport.CsvRecords;
import io.rapport.ui.testsupport.Widgets;
import io.rapport.ui.testsupport.WorkbenchRun;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.event.EventHandler;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Starts the real workbench on a freshly written sample project, opens the Engagement Dashboard through Show View
 * and checks what an analyst sees against {@code rapport metrics <project> --json} run beforehand through the
 * command line's entry point: the key figures and the breakdown by channel and by month; a channel filter turns
 * the key figures into that channel's ({@code --channel}); a period shows exactly its months ({@code --from/--to});
 * Cancel stops a computation and Refresh starts it again. The worklist starts with the oldest complaint, opens
 * its conversation on double-click, and exports all of them (more than the table holds) to CSV with formula-like
 * cells neutralised; a chart saves as PNG; another project, a changed project and no project replace what is
 * shown. Prints the time to first render and the memory the open dashboard takes, and saves a screenshot to
 * target/screenshots.
 */
class DashboardUiTest {
    private static final DateTimeFormatter SHOWN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int WORKLIST_ROWS = 200;

    @TempDir
    Path temp;

    @Test
    void dashboardShowsTheMetricsOfTheCommandLineAndFollowsFiltersAndProjects() throws Throwable {
        Path sample = temp.resolve("sample");
        Path fresh = temp.resolve("fresh");
        SampleProjects samples = Widgets.service(SampleProjects.class);
        samples.create(sample, new NullProgressMonitor()).close();
        samples.create(fresh, new NullProgressMonitor()).close();
        long scoring = System.nanoTime();
        ExpectedMetrics byChannel = ExpectedMetrics.of(sample, "channel");
        System.out.printf("dashboard: rapport metrics on the sample (scoring its sentiment first): %d ms%n",
                (System.nanoTime() - scoring) / 1_000_000);
        ExpectedMetrics byMonth = ExpectedMetrics.of(sample, "month");
        // the channel with the most negative addressed interactions: its figures differ most from the total's
        String channel = byChannel.groups().values().stream()
                .max(Comparator.comparingLong(MetricsRow::negativeAddressed)).orElseThrow().key();
        ExpectedMetrics oneChannel = ExpectedMetrics.of(sample, "channel", "--channel", channel);
        List<String> months = new ArrayList<>(byMonth.groups().keySet());
        assertTrue(months.size() >= 6, "the sample spans months: " + months);
        LocalDate from = LocalDate.parse(months.get(2) + "-01");
        LocalDate to = LocalDate.parse(months.get(4) + "-01").plusMonths(1).minusDays(1);
        ExpectedMetrics period = ExpectedMetrics.of(sample, "month", "--from", from.toString(), "--to",
                to.toString());
        ExpectedCycle cycle = ExpectedCycle.of(sample);
        Path exports = Files.createDirectories(temp.resolve("exports"));

        WorkbenchRun.run(sample, run -> {
            DashboardDriver dashboard = new DashboardDriver(run);
            dashboard.app().getContext().set(ExportFiles.class,
                    (shell, title, name, extension) -> Optional.of(exports.resolve(name)));
            // fewer rows than the sample has, so that the export has to read the whole worklist again
            dashboard.app().getContext().set(DashboardIds.WORKLIST_LIMIT, WORKLIST_ROWS);
            listedInShowView(dashboard);
            dashboard.waitForProject();
            openAndMeasure(dashboard);

            keyFiguresAreTheTotal(dashboard, byChannel.total());
            breakdownIs(dashboard, "channel", byChannel);
            breakdownIs(dashboard, "month", byMonth);
            funnelAndRespondersAreTheCommandLines(dashboard, exports, cycle);
            dashboard.breakdownBy("channel");
            channelFilterShowsThatChannel(dashboard, byChannel, oneChannel, channel);
            periodShowsItsMonths(dashboard, byMonth, period, from, to);
            cancelStopsTheComputation(dashboard, byChannel, channel);

            List<List<String>> worklist = worklistExportsOldestFirstAndNeutralised(dashboard, exports,
                    byChannel.total());
            doubleClickOpensTheConversation(dashboard, worklist.get(1));
            chartSavesAsPng(dashboard, exports);

            anotherProjectReplacesTheNumbers(dashboard, fresh);
            aChangedProjectIsComputedAgain(dashboard);
            closingTheProjectClearsTheDashboard(dashboard);
            screenshot(dashboard, sample);
        });
        // the workbench closed the project when it exited
        Widgets.service(ProjectStoreProvider.class).open(sample).close();
    }

    private static void listedInShowView(DashboardDriver dashboard) {
        MPartDescriptor descriptor = dashboard.app().getDescriptors().stream()
                .filter(d -> DashboardIds.PART.equals(d.getElementId())).findFirst().orElse(null);
        assertNotNull(descriptor, "the model fragment contributes the dashboard's PartDescriptor");
        assertEquals("Engagement Dashboard", descriptor.getLabel());
        assertEquals(AppIds.CATEGORY_RAPPORT, descriptor.getCategory());
    }

    private static void openAndMeasure(DashboardDriver dashboard) throws Exception {
        long heapBefore = usedHeap();
        long rssBefore = residentSet();
        long start = System.nanoTime();
        dashboard.open();
        dashboard.waitReady();
        long firstRender = (System.nanoTime() - start) / 1_000_000;
        dashboard.idle(Duration.ofMillis(300));
        long heapOpen = usedHeap();
        System.out.printf("dashboard: open to first render on the sample (sentiment already scored): %d ms; "
                + "with the dashboard open: heap %+.1f MB (%.1f MB in use), resident set %+.1f MB (%.1f MB)%n",
                firstRender, (heapOpen - heapBefore) / 1e6, heapOpen / 1e6, (residentSet() - rssBefore) / 1e6,
                residentSet() / 1e6);
        dashboard.close();
        start = System.nanoTime();
        dashboard.open();
        dashboard.waitReady();
        System.out.printf("dashboard: reopened, to first render: %d ms%n", (System.nanoTime() - start) / 1_000_000);
    }

    private static void keyFiguresAreTheTotal(DashboardDriver dashboard, MetricsRow expected) {
        assertEquals(MetricsRow.percent(expected.responseRate()), dashboard.kpi(DashboardIds.RESPONSE_RATE),
                "response rate");
        assertEquals(MetricsRow.duration(expected.median()), dashboard.kpi(DashboardIds.MEDIAN_FIRST_RESPONSE),
                "median first response");
        assertEquals(MetricsRow.duration(expected.p90()), dashboard.kpi(DashboardIds.P90_FIRST_RESPONSE),
                "p90 first response");
        assertEquals(MetricsRow.percent(expected.unansweredNegativeShare()),
                dashboard.kpi(DashboardIds.UNANSWERED_NEGATIVE_SHARE), "unanswered negative share");
    }

    /** Every group in order, then the total, cell by cell. */
    private static void breakdownIs(DashboardDriver dashboard, String grouping, ExpectedMetrics expected) {
        dashboard.breakdownBy(grouping);
        List<List<String>> expectedRows = new ArrayList<>();
        expected.groups().values().forEach(r -> expectedRows.add(cells(r.key(), r)));
        expectedRows.add(cells("Total", expected.total()));
        assertEquals(expectedRows, dashboard.breakdown(), "breakdown by " + grouping);
    }

    private static List<String> cells(String key, MetricsRow row) {
        List<String> cells = new ArrayList<>();
        cells.add(key);
        cells.addAll(row.tableCells());
        return cells;
    }

    /** The key figures become the channel's, as {@code --by channel} and {@code --channel} both say. */
    private static void channelFilterShowsThatChannel(DashboardDriver dashboard, ExpectedMetrics byChannel,
            ExpectedMetrics filtered, String channel) {
        MetricsRow expected = byChannel.group(channel);
        assertFalse(MetricsRow.percent(expected.responseRate()).equals(MetricsRow.percent(
                byChannel.total().responseRate())), "the test needs a channel whose rate differs from the total's");
        dashboard.channel(channel);
        assertEquals(DashboardIds.STATE_COMPUTING, dashboard.state(), "a filter change recomputes");
        dashboard.waitReady();
        assertTrue(dashboard.channelButtonText().startsWith(channel), dashboard.channelButtonText());
        keyFiguresAreTheTotal(dashboard, expected);
        keyFiguresAreTheTotal(dashboard, filtered.total());
        assertEquals(List.of(cells(channel, filtered.group(channel)), cells("Total", filtered.total())),
                dashboard.breakdown(), "only the channel, as rapport metrics --channel " + channel);
        dashboard.channel(channel);
        dashboard.waitReady();
        keyFiguresAreTheTotal(dashboard, byChannel.total());
    }

    /** A period shows its months as {@code --from/--to} does: the same as without it (later responses count). */
    private static void periodShowsItsMonths(DashboardDriver dashboard, ExpectedMetrics byMonth,
            ExpectedMetrics period, LocalDate from, LocalDate to) {
        dashboard.period(from, to);
        dashboard.waitReady();
        dashboard.breakdownBy("month");
        List<List<String>> expected = new ArrayList<>();
        period.groups().values().forEach(r -> expected.add(cells(r.key(), r)));
        expected.add(cells("Total", period.total()));
        assertEquals(expected, dashboard.breakdown(), "the months of " + from + " to " + to);
        assertEquals(3, period.groups().size(), "three months: " + period.groups().keySet());
        period.groups().values().forEach(r -> assertEquals(cells(r.key(), byMonth.group(r.key())),
                cells(r.key(), r), "a month within a period is the month"));
        keyFiguresAreTheTotal(dashboard, period.total());
        dashboard.period(null, null);
        dashboard.waitReady();
        dashboard.breakdownBy("channel");
    }

    /**
     * Cancel stops a computation and shows nothing rather than numbers of other filters; Refresh computes again.
     */
    private static void cancelStopsTheComputation(DashboardDriver dashboard, ExpectedMetrics byChannel,
            String channel) {
        dashboard.channel(channel);
        assertEquals("<a>Cancel</a>", dashboard.statusAction(), "cancel while it computes");
        dashboard.waitFor(DashboardIds.STATE_CANCELLED);
        assertEquals(MetricsRow.UNDEFINED, dashboard.kpi(DashboardIds.RESPONSE_RATE), "nothing shown when cancelled");
        assertEquals("<a>Refresh</a>", dashboard.statusAction(), "then compute again");
        dashboard.waitReady();
        keyFiguresAreTheTotal(dashboard, byChannel.group(channel));
        dashboard.channel(channel);
        dashboard.waitReady();
    }

    /** Returns the exported records, header first. */
    private static List<List<String>> worklistExportsOldestFirstAndNeutralised(DashboardDriver dashboard,
            Path exports, MetricsRow total) throws Exception {
        String note = dashboard.named(DashboardIds.WORKLIST_NOTE, Label.class).getText();
        assertTrue(note.startsWith(MetricsRow.count(total.negativeUnanswered()) + " interactions, oldest first; "
                + "showing the oldest " + WORKLIST_ROWS), note);
        dashboard.exportWorklist();
        assertTrue(dashboard.waitUntil(DashboardDriver.TIMEOUT, () -> dashboard.status().startsWith("Exported")),
                "the whole worklist is read again and exported in the background: " + dashboard.status());
        Path file;
        try (var files = Files.list(exports)) {
            file = files.filter(f -> f.getFileName().toString().endsWith("unanswered-negative.csv")).findFirst()
                    .orElseThrow(() -> new AssertionError("the worklist export wrote no file; status: "
                            + dashboard.status()));
        }
        assertTrue(dashboard.status().contains(file.toString()), "the status names the file: " + dashboard.status());
        byte[] bytes = Files.readAllBytes(file);
        assertEquals("\uFEFF", new String(bytes, 0, 3, StandardCharsets.UTF_8), "UTF-8 with a byte-order mark");
        List<List<String>> records = CsvRecords.parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertEquals(List.of("created_at", "channel", "source_id", "author", "text", "sentiment", "rating", "url",
                "thread_id"), records.get(0));
        List<List<String>> rows = records.subList(1, records.size());
        assertTrue(total.negativeUnanswered() > WORKLIST_ROWS, "the sample has more than " + WORKLIST_ROWS);
        assertEquals(total.negativeUnanswered(), rows.size(), "all unanswered negatives, not only the table's");

        List<Instant> created = rows.stream().map(r -> Instant.parse(r.get(0))).toList();
        assertEquals(created.stream().sorted().toList(), created, "oldest first");
        String firstShown = dashboard.worklistCell(0, 0);
        assertEquals(SHOWN_TIME.format(created.get(0).atZone(ZoneId.systemDefault())), firstShown,
                "the table's first row is the oldest");
        assertEquals(rows.get(0).get(1), dashboard.worklistCell(1, 0), "channel of the first row");

        int neutralised = 0;
        for (List<String> row : rows) {
            for (int column : new int[] {3, 4}) {
                String cell = row.get(column);
                assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0,
                        "a text cell that a spreadsheet would evaluate: " + cell);
                if (cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0) {
                    neutralised++;
                }
            }
            String sentiment = row.get(5);
            assertTrue(sentiment.isEmpty() || sentiment.matches("-?\\d+(\\.\\d+)?"), "a number: " + sentiment);
        }
        assertTrue(neutralised > 0, "the sample's worklist has texts starting with @ or - (neutralised with ')");
        System.out.printf("dashboard: worklist export: %d rows, %d formula-like cells neutralised%n", rows.size(),
                neutralised);
        return records;
    }

    private static void doubleClickOpensTheConversation(DashboardDriver dashboard, List<String> firstRow) {
        IEventBroker broker = dashboard.app().getContext().get(IEventBroker.class);
        AtomicReference<Object> requested = new AtomicReference<>();
        EventHandler handler = event -> requested.set(event.getProperty(IEventBroker.DATA));
        broker.subscribe(ViewRequests.OPEN_CONVERSATION, handler);
        try {
            NatTable table = dashboard.worklist();
            Event click = new Event();
            click.x = table.getStartXOfColumnPosition(3) + 5;
            click.y = table.getStartYOfRowPosition(1) + 3;
            click.button = 1;
            click.count = 1;
            table.notifyListeners(SWT.MouseDown, click);
            table.notifyListeners(SWT.MouseUp, click);
            click.count = 2;
            table.notifyListeners(SWT.MouseDown, click);
            table.notifyListeners(SWT.MouseDoubleClick, click);
            table.notifyListeners(SWT.MouseUp, click);
            assertTrue(dashboard.waitUntil(Duration.ofSeconds(10), () -> requested.get() != null),
                    "double-click posts " + ViewRequests.OPEN_CONVERSATION);
            assertEquals(new InteractionRef(firstRow.get(1), firstRow.get(2)), requested.get());
        } finally {
            broker.unsubscribe(handler);
        }
    }

    private static void chartSavesAsPng(DashboardDriver dashboard, Path exports) throws Exception {
        dashboard.cardButton("Response rate by month", "PNG\u2026").notifyListeners(SWT.Selection, new Event());
        Path png = exports.resolve(fileStem(dashboard) + "-response-rate-by-month.png");
        assertTrue(Files.isRegularFile(png), "the chart was saved as " + png + "; status: " + dashboard.status());
        ImageData image = new ImageLoader().load(png.toString())[0];
        assertTrue(image.width > 200 && image.height > 100, image.width + "x" + image.height);
        dashboard.cardButton("Response rate by month", "CSV\u2026").notifyListeners(SWT.Selection, new Event());
        List<List<String>> rows = CsvRecords.parse(Files.readString(exports.resolve(fileStem(dashboard)
                + "-response-rate-by-month.csv")).substring(1));
        assertEquals("month", rows.get(0).get(0));
        assertEquals("total", rows.get(rows.size() - 1).get(0));
    }

    /** The funnel and the answers by department, as their charts export them, equal {@code rapport cycle --json}. */
    private static void funnelAndRespondersAreTheCommandLines(DashboardDriver dashboard, Path exports,
            ExpectedCycle expected) throws Exception {
        assertEquals(expected.funnel(), exported(dashboard, exports, "Community engagement cycle", "funnel", 2),
                "the funnel's steps and counts");
        assertEquals(expected.answersByDepartment(), exported(dashboard, exports, "Who answers: answers by department",
                "answers-by-department", 1), "answers by department");
    }

    /** First column → the numeric column {@code countColumn} of the CSV a card's chart exports. */
    private static Map<String, Long> exported(DashboardDriver dashboard, Path exports, String card, String name,
            int countColumn) throws Exception {
        dashboard.cardButton(card, "CSV\u2026").notifyListeners(SWT.Selection, new Event());
        Path csv = exports.resolve(fileStem(dashboard) + "-" + name + ".csv");
        assertTrue(Files.isRegularFile(csv), "exported " + csv + "; status: " + dashboard.status());
        List<List<String>> rows = CsvRecords.parse(Files.readString(csv).substring(1));
        Map<String, Long> values = new LinkedHashMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            values.put(row.get(0), Long.parseLong(row.get(countColumn)));
        }
        return values;
    }

    private static String fileStem(DashboardDriver dashboard) {
        return dashboard.session().overview().orElseThrow().name().toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
    }

    /** The dashboard recomputes for a newly opened project; the first time, sentiment is scored too. */
    private static void anotherProjectReplacesTheNumbers(DashboardDriver dashboard, Path fresh) {
        ProjectSession session = dashboard.session();
        long start = System.nanoTime();
        projectJob(session, "Opening the fresh sample", monitor -> session.open(fresh, monitor));
        assertTrue(dashboard.waitUntil(DashboardDriver.TIMEOUT,
                () -> session.overview().map(o -> o.directory().endsWith("fresh")).orElse(false)
                        && DashboardIds.STATE_COMPUTING.equals(dashboard.state())),
                "the dashboard recomputes for the other project: " + dashboard.status());
        dashboard.waitReady();
        System.out.printf("dashboard: another project opened to rendered, scoring its sentiment first: %d ms%n",
                (System.nanoTime() - start) / 1_000_000);
        assertTrue(dashboard.kpi(DashboardIds.RESPONSE_RATE).endsWith("%"), dashboard.kpi(DashboardIds.RESPONSE_RATE));
    }

    /** After an import or new settings the session says the project changed: the dashboard computes again. */
    private static void aChangedProjectIsComputedAgain(DashboardDriver dashboard) {
        ProjectSession session = dashboard.session();
        projectJob(session, "Refreshing", monitor -> session.refresh(monitor));
        assertTrue(dashboard.waitUntil(DashboardDriver.TIMEOUT,
                () -> DashboardIds.STATE_COMPUTING.equals(dashboard.state())), "a changed project is recomputed");
        dashboard.waitReady();
    }

    private static void closingTheProjectClearsTheDashboard(DashboardDriver dashboard) {
        ProjectSession session = dashboard.session();
        projectJob(session, "Closing", monitor -> session.close());
        dashboard.waitFor(DashboardIds.STATE_NO_PROJECT);
        assertEquals(MetricsRow.UNDEFINED, dashboard.kpi(DashboardIds.RESPONSE_RATE));
        assertEquals(List.of(), dashboard.breakdown());
    }

    /** Reopens the sample, gives the dashboard most of a large window, and saves what the screen shows. */
    private static void screenshot(DashboardDriver dashboard, Path sample) throws Exception {
        ProjectSession session = dashboard.session();
        projectJob(session, "Reopening the sample", monitor -> session.open(sample, monitor));
        dashboard.waitFor(DashboardIds.STATE_READY);
        Widgets.find(dashboard.part(), ScrolledComposite.class).setOrigin(0, 0);
        System.out.println("dashboard: screenshot " + dashboard.run().screenshot("dashboard"));
    }

    private interface ProjectWork {
        void run(org.eclipse.core.runtime.IProgressMonitor monitor) throws ProjectException;
    }

    /** Runs work on the project as the workbench's own Jobs do: in a Job holding the project's rule. */
    private static void projectJob(ProjectSession session, String name, ProjectWork work) {
        Job job = Job.create(name, monitor -> {
            try {
                work.run(monitor);
            } catch (ProjectException e) {
                throw new org.eclipse.core.runtime.CoreException(org.eclipse.core.runtime.Status.error(
                        e.getMessage(), e));
            }
        });
        job.setRule(session.rule());
        job.schedule();
    }

    /** The process's resident set (Linux), heap and native memory (SWT, DuckDB) together. */
    private static long residentSet() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D+", "")) * 1024;
            }
        }
        return 0;
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
