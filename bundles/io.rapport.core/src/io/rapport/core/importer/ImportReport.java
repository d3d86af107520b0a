package io.rapport.core.importer;

import io.rapport.core.store.RecordError;

import java.util.List;

/**
 * The outcome of one import. When {@link #committed()} is false nothing was written (strict mode with rejected
 * records); the counts then say what would have been imported.
 *
 * @param skipped files of a folder or archive left out, each with why (an importer that needs an option the
 *                import did not give, such as a CSV file without a column mapping)
 */
public record ImportReport(boolean committed, List<FileReport> files, List<String> skipped) {

    public ImportReport {
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
    }

    /** An import that left no file out. */
    public ImportReport(boolean committed, List<FileReport> files) {
        this(committed, files, List.of());
    }

    public long imported() {
        return files.stream().mapToLong(FileReport::imported).sum();
    }

    public long duplicates() {
        return files.stream().mapToLong(FileReport::duplicates).sum();
    }

    public long rejected() {
        return files.stream().mapToLong(FileReport::rejected).sum();
    }

    /**
     * One input file: its format, counts and the first rejections (line and reason).
     *
     * @param recognition why this format was picked when that was not obvious from the file name alone (content
     *                    recognition, or several importers could read it), else {@code null}
     */
    public record FileReport(String file, String format, long imported, long duplicates, long rejected,
            List<RecordError> errors, String recognition) {
        public FileReport {
            errors = List.copyOf(errors);
        }
    }
}
