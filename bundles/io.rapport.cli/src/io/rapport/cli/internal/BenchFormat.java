package io.rapport.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * One export format that {@code rapport bench import --format ID} can generate, import through its importer
 * and hand to DuckDB's own reader as the baseline of the same run.
 */
interface BenchFormat {
    /** The importer's id ({@code --format} of {@code rapport import}). */
    String id();

    /** Records generated when {@code --rows} is not given. */
    long defaultRows();

    /** The generated file's name in the work directory (its extension lets the importer be sniffed). */
    String fileName();

    /** Writes {@code rows} records of the format, deterministically, to {@code file}. */
    void write(Path file, long rows) throws IOException;

    /** Options of the import (a CSV's mapping file, written into {@code work}); none by default. */
    default Map<String, String> options(Path work) throws IOException {
        return Map.of();
    }

    /**
     * The baseline: one DuckDB statement that loads the same file into a table named {@code interactions}, with
     * the file's path as its one parameter, e.g. {@code CREATE TABLE interactions AS SELECT * FROM read_json(?)}.
     * It should read every record, as the import does, by DuckDB's fastest reader that can.
     */
    String duckdbLoad();

    /** What {@link #duckdbLoad()} does, for the report (e.g. "read_json"). */
    String duckdbReader();

    /** One line for {@code --help}. */
    String describe();
}
