package io.rapport.hierarchy.core.internal;

import io.rapport.importer.core.csv.DelimitedReader;
import io.rapport.importer.core.csv.DelimitedRecord;

import java.io.IOException;

/** The rows of a CSV or TSV file (see {@link DelimitedReader} and {@link TextFiles}). */
final class DelimitedRows implements ResponseRows {
    private final TextFiles.Opened opened;
    private final DelimitedReader reader;
    private final long size;

    /** @param delimiter the delimiter, or 0 to guess it from the header */
    DelimitedRows(TextFiles.Opened opened, char delimiter, long size) {
        this.opened = opened;
        this.reader = new DelimitedReader(opened.reader(), delimiter, opened.encoding());
        this.size = Math.max(1, size);
    }

    @Override
    public Row next() throws IOException {
        DelimitedRecord r = reader.next();
        return r == null ? null : new Row(r.number(), r.fields(), r.raw(), r.unclosed(), r.tooLong());
    }

    @Override
    public double progress() {
        return Math.min(1.0, opened.bytesRead().getAsLong() / (double) size);
    }

    @Override
    public String encoding() {
        return opened.encoding().name();
    }

    @Override
    public char delimiter() throws IOException {
        return reader.delimiter();
    }

    @Override
    public String sheet() {
        return null;
    }

    @Override
    public String format() throws IOException {
        return switch (reader.delimiter()) {
            case '\t' -> "tsv";
            case ';' -> "csv;";
            default -> "csv";
        };
    }

    @Override
    public void close() throws IOException {
        opened.reader().close();
    }
}
