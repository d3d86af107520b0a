package io.rapport.hierarchy.core.internal;

import io.rapport.core.model.ProjectSettings;
import io.rapport.core.store.ProjectStore;
import io.rapport.core.store.ProjectStoreProvider;
import io.rapport.hierarchy.core.SurveyImportReport;
import io.rapport.hierarchy.core.SurveyImportRequest;
import io.rapport.testsupport.XlsxWriter;

import org.eclipse.core.runtime.NullProgressMonitor;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * A measurement by hand, not a test: the same generated survey of the demo instrument as CSV and as XLSX, and
 * the time and peak heap of importing one of them into a new project. Run outside OSGi on the bundles' classes
 * (see the README's "Survey responses" for the command):
 *
 * <pre>
 *   generate DIR ROWS        writes DIR/survey.csv and DIR/survey.xlsx (15 columns: id, region, channel, date, 11 items)
 *   import FILE PROJECT_DIR  imports FILE with the demo instrument into a new project, prints seconds and peak heap
 * </pre>
 */
public final class ImportMeasurement {
    private static final String[] ITEMS = {"r1", "r2", "r3", "c1", "c2", "i1", "i2", "p1", "p2", "pa1", "pa2"};
    private static final String[] REGIONS = {"north", "south", "east", "west"};
    private static final String[] CHANNELS = {"x", "mastodon", "reddit"};

    private ImportMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("generate")) {
            generate(Path.of(args[1]), Integer.parseInt(args[2]));
        } else if (args.length == 3 && args[0].equals("import")) {
            importOne(Path.of(args[1]), Path.of(args[2]));
        } else {
            System.err.println("usage: generate DIR ROWS | import FILE PROJECT_DIR");
            System.exit(2);
        }
    }

    private static void generate(Path dir, int rows) throws Exception {
        Files.createDirectories(dir);
        Object[] header = new Object[4 + ITEMS.length];
        header[0] = "respondent_id";
        header[1] = "region";
        header[2] = "channel";
        header[3] = "date";
        System.arraycopy(ITEMS, 0, header, 4, ITEMS.length);
        Random random = new Random(42);
        try (XlsxWriter xlsx = new XlsxWriter(dir.resolve("survey.xlsx"), true);
                BufferedWriter csv = Files.newBufferedWriter(dir.resolve("survey.csv"), StandardCharsets.UTF_8)) {
            xlsx.sheet("Responses").row(header);
            csv.write(String.join(",", java.util.Arrays.stream(header).map(String::valueOf).toList()));
            csv.newLine();
            Object[] row = new Object[header.length];
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < rows; i++) {
                row[0] = "R" + i;
                row[1] = REGIONS[random.nextInt(REGIONS.length)];
                row[2] = CHANNELS[random.nextInt(CHANNELS.length)];
                row[3] = String.format(Locale.ROOT, "2026-%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28));
                for (int k = 0; k < ITEMS.length; k++) {
                    row[4 + k] = 1 + random.nextInt(5);
                }
                xlsx.row(row);
                line.setLength(0);
                for (int k = 0; k < row.length; k++) {
                    line.append(k == 0 ? "" : ",").append(row[k]);
                }
                csv.write(line.toString());
                csv.newLine();
            }
        }
        System.out.printf(Locale.ROOT, "survey.csv %,d bytes, survey.xlsx %,d bytes%n",
                Files.size(dir.resolve("survey.csv")), Files.size(dir.resolve("survey.xlsx")));
    }

    private static void importOne(Path file, Path project) throws Exception {
        // the DuckDB store by name, so that this fragment needs no import of the store's internals
        ProjectStoreProvider projects = (ProjectStoreProvider) Class.forName(
                "io.rapport.store.duckdb.internal.DuckDbProjectStoreProvider").getConstructor().newInstance();
        SurveyImporterComponent importer = new SurveyImporterComponent();
        try (ProjectStore store = projects.create(project, ProjectSettings.named("Measurement"))) {
            System.gc();
            // the heap in use (garbage included) and what survives a collection, sampled every 5 ms
            long[] peaks = new long[2];
            Thread sampler = new Thread(() -> {
                Runtime rt = Runtime.getRuntime();
                while (!Thread.currentThread().isInterrupted()) {
                    long live = 0;
                    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                        if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                            live += pool.getCollectionUsage().getUsed();
                        }
                    }
                    synchronized (peaks) {
                        peaks[0] = Math.max(peaks[0], rt.totalMemory() - rt.freeMemory());
                        peaks[1] = Math.max(peaks[1], live);
                    }
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            long start = System.nanoTime();
            SurveyImportReport report = importer.importSurvey(store, new SurveyImportRequest(importer.demoInstrument(),
                    file, null, false, false), new NullProgressMonitor());
            double seconds = (System.nanoTime() - start) / 1e9;
            sampler.interrupt();
            sampler.join();
            System.out.printf(Locale.ROOT, "%s: %,d rows, %,d added, %,d rejected in %.1f s (%,.0f rows/s); heap in"
                    + " use at most %,d MiB, live after a collection at most %,d MiB (max heap %,d MiB)%n",
                    file.getFileName(), report.responses().rows(), report.responses().added(),
                    report.responses().rejected(), seconds, report.responses().rows() / seconds, peaks[0] >> 20,
                    peaks[1] >> 20, Runtime.getRuntime().maxMemory() >> 20);
        }
    }
}
