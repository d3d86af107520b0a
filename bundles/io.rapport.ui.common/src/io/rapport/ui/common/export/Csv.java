package io.rapport.ui.common.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A CSV file of a table or series as views export it: UTF-8 with a byte-order mark (without it Excel reads the
 * file in the system's ANSI code page and garbles every non-ASCII name), a header row, then the rows, written
 * through {@link CsvWriter}. The file is written next to the target and moved over it at the end, so a failed
 * export never leaves a half-written file in place of a good one.
 */
public final class Csv {
    /** The UTF-8 byte-order mark. */
    public static final char BOM = '\uFEFF';

    private Csv() {
    }

    /** Writes {@code header} and {@code rows} to {@code file}, replacing it; returns the number of data rows. */
    public static int write(Path file, List<String> header, Iterable<? extends List<?>> rows) throws IOException {
        Path target = file.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        int written = 0;
        try {
            try (Writer out = new BufferedWriter(
                    new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8))) {
                out.write(BOM);
                CsvWriter csv = new CsvWriter(out);
                csv.row(header);
                for (List<?> row : rows) {
                    csv.row(row);
                    written++;
                }
            }
            AtomicFiles.replace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
        return written;
    }
}
