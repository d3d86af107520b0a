package io.rapport.cli.internal;

import com.fasterxml.jackson.core.JsonGenerator;

import io.rapport.core.importer.ImportInputException;
import io.rapport.core.importer.ImportReport;
import io.rapport.core.importer.ImportReport.FileReport;
import io.rapport.core.importer.ImportRequest;
import io.rapport.core.store.ProjectStore;
import io.rapport.core.store.RecordError;
import io.rapport.importer.csv.CsvMappingException;
import io.rapport.importer.csv.CsvMappingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code rapport import}: files and folders into a project, in one transaction. */
final class ImportCommand implements Command {
    /** Rejections listed per file in the human-readable output; all kept ones are in --json. */
    private static final int ERRORS_SHOWN = 20;
    private final CliServices services;

    ImportCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return "import exports (files, folders, zips, .gz/.zst files) into a project";
    }

    @Override
    public String help() {
        return """
                Usage: rapport import <project> <file-or-dir>... [--format ID] [--mapping FILE] [--strict] [--json]

                Imports every file in one transaction: folders are searched recursively for files an importer
                recognises, a .zip is read like a folder (its entries, named export.zip!/data/a.jsonl), a .gz or
                .zst file is read decompressed, two containers deep at most; archives that break a safety limit
                (zip-slip, bombs, too many entries) are refused and nothing is imported. Each file or entry
                becomes a dataset; records the project already has (same channel and source id) are counted as
                duplicates and not added again; a malformed record is rejected with its file, line and reason
                while the valid records around it are imported.
                  --format ID   use this importer for every file (see 'rapport formats'); default: by file name
                  --mapping FILE  the column mapping of CSV/TSV files (format csv), a JSON file: which column
                                gives each field, constants, value maps, date formats (see the README, "CSV
                                files"); 'rapport mapping guess <file.csv>' prints a first one to edit
                  --strict      import nothing if any record is rejected (exit code 3)
                  --json        print {"imported":N,"duplicates":N,"rejected":N,"files":[{"file":..,"format":..,
                                "imported":N,"duplicates":N,"rejected":N,"errors":[{"line":N,"reason":".."}]}]}
                Exit codes: 0 imported (records may have been rejected: see the counts), 2 usage, missing,
                unreadable or refused file, 3 rejected in --strict mode (nothing imported), 4 project open
                elsewhere.
                """;
    }

    @Override
    public int run(List<String> args, Console console) throws Exception {
        Arguments a = Arguments.parse(args, Set.of("--format", "--mapping"), Set.of("--strict", "--json"));
        if (a.positional().size() < 2) {
            throw new UsageException("expected <project> and at least one file or folder");
        }
        Path project = Path.of(a.positional().get(0));
        List<Path> inputs = a.positional().subList(1, a.positional().size()).stream().map(Path::of).toList();
        Map<String, String> options = new HashMap<>();
        if (a.value("--mapping") != null) {
            Path mapping = Path.of(a.value("--mapping"));
            try {
                CsvMappingFile.read(mapping); // a broken mapping fails before the project is opened
            } catch (CsvMappingException e) {
                throw new ImportInputException(e.getMessage(), e);
            }
            options.put(ImportRequest.MAPPING, mapping.toString());
        }
        ImportReport report;
        ConsoleProgress progress = new ConsoleProgress(console.err());
        try (ProjectStore store = services.projects().open(project)) {
            report = services.imports().importFiles(store, new ImportRequest(inputs, a.value("--format"),
                    a.flag("--strict"), options), progress);
        } finally {
            progress.done();
        }
        if (a.flag("--json")) {
            JsonOutput.print(console.out(), g -> writeJson(g, report));
        } else {
            printHuman(console, report);
        }
        if (!report.committed()) {
            console.err().println("rapport import: --strict: " + report.rejected()
                    + " record(s) rejected, nothing was imported");
            return ExitCodes.REJECTED;
        }
        return ExitCodes.OK;
    }

    private static void printHuman(Console console, ImportReport report) {
        for (FileReport f : report.files()) {
            console.out().printf("%s (%s): %d imported, %d duplicates, %d rejected%n", f.file(), f.format(),
                    report.committed() ? f.imported() : 0, f.duplicates(), f.rejected());
            if (f.recognition() != null) {
                console.out().println("  " + f.recognition());
            }
            f.errors().stream().limit(ERRORS_SHOWN)
                    .forEach(e -> console.err().println(f.file() + ":" + e.line() + ": " + e.reason()));
            if (f.rejected() > ERRORS_SHOWN) {
                console.err().println(f.file() + ": ... " + (f.rejected() - ERRORS_SHOWN)
                        + " more rejected record(s) (all kept ones with --json)");
            }
        }
        report.skipped().forEach(why -> console.err().println("left out: " + why));
        if (report.files().size() > 1) {
            console.out().printf("Total: %d imported, %d duplicates, %d rejected%n",
                    report.committed() ? report.imported() : 0, report.duplicates(), report.rejected());
        }
    }

    private static void writeJson(JsonGenerator g, ImportReport report) throws IOException {
        g.writeBooleanField("committed", report.committed());
        g.writeNumberField("imported", report.committed() ? report.imported() : 0);
        g.writeNumberField("duplicates", report.duplicates());
        g.writeNumberField("rejected", report.rejected());
        g.writeArrayFieldStart("files");
        for (FileReport f : report.files()) {
            g.writeStartObject();
            g.writeStringField("file", f.file());
            g.writeStringField("format", f.format());
            g.writeNumberField("imported", report.committed() ? f.imported() : 0);
            g.writeNumberField("duplicates", f.duplicates());
            g.writeNumberField("rejected", f.rejected());
            if (f.recognition() != null) {
                g.writeStringField("recognition", f.recognition());
            }
            g.writeArrayFieldStart("errors");
            for (RecordError e : f.errors()) {
                g.writeStartObject();
                g.writeNumberField("line", e.line());
                g.writeNumberField("offset", e.offset());
                g.writeStringField("reason", e.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("skipped");
        for (String why : report.skipped()) {
            g.writeString(why);
        }
        g.writeEndArray();
    }
}
