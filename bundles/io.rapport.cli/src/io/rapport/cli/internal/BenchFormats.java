package io.rapport.cli.internal;

import io.rapport.core.importer.ImportRequest;
import io.rapport.importer.csv.CsvMappingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The formats {@code rapport bench import} can generate. */
final class BenchFormats {
    private BenchFormats() {
    }

    /** The baseline of a file of one JSON record per line. */
    static final String READ_NDJSON =
            "CREATE TABLE interactions AS SELECT * FROM read_json(?, format = 'newline_delimited')";

    static final BenchFormat INTERCHANGE = new BenchFormat() {
        @Override
        public String id() {
            return "rapport-jsonl";
        }

        @Override
        public long defaultRows() {
            return 2_000_000L;
        }

        @Override
        public String fileName() {
            return "bench.rapport.jsonl";
        }

        @Override
        public void write(Path file, long rows) throws IOException {
            new BenchDataWriter().write(file, rows);
        }

        @Override
        public String duckdbLoad() {
            return READ_NDJSON;
        }

        @Override
        public String duckdbReader() {
            return "read_json";
        }

        @Override
        public String describe() {
            return "the interchange format (default 2,000,000 rows), against read_json";
        }
    };

    static final BenchFormat CSV = new BenchFormat() {
        @Override
        public String id() {
            return "csv";
        }

        @Override
        public long defaultRows() {
            return 5_000_000L;
        }

        @Override
        public String fileName() {
            return "bench.csv";
        }

        @Override
        public void write(Path file, long rows) throws IOException {
            new BenchCsvWriter().write(file, rows);
        }

        @Override
        public Map<String, String> options(Path work) throws IOException {
            Path mapping = work.resolve("bench.mapping.json");
            CsvMappingFile.write(BenchCsvWriter.mapping(), mapping, "the mapping of the generated bench.csv");
            return Map.of(ImportRequest.MAPPING, mapping.toString());
        }

        @Override
        public String duckdbLoad() {
            return "CREATE TABLE interactions AS SELECT * FROM read_csv(?, header = true)";
        }

        @Override
        public String duckdbReader() {
            return "read_csv";
        }

        @Override
        public String describe() {
            return "a CSV export through a column mapping written next to it (default 5,000,000 rows), against read_csv";
        }
    };

    /** Every format, the default first. */
    static final List<BenchFormat> ALL = List.of(INTERCHANGE, CSV,
            new BenchXArchiveFormat(),
            new BenchXApiFormat(),
            new BenchMastodonFormat(),
            new BenchRedditFormat(),
            new BenchMetaFormat(),
            new BenchGooglePlayFormat(),
            new BenchTrustpilotFormat(),
            new BenchAppStoreFormat(),
            new BenchZendeskFormat(),
            new BenchDiscourseFormat());

    static BenchFormat byId(String id) throws UsageException {
        for (BenchFormat f : ALL) {
            if (f.id().equals(id)) {
                return f;
            }
        }
        throw new UsageException("--format is one of " + ALL.stream().map(BenchFormat::id)
                .collect(Collectors.joining(", ")) + ", not '" + id + "'");
    }
}
