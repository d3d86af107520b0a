package io.rapport.hierarchy.core.internal;

import java.io.IOException;

/** The rows of a CSV or TSV file (see {@link DelimitedReader} and {@link TextFiles}). */
final class DelimitedRows implements ResponseRows {
    private final TextFiles.Opened opened;
    private final DelimitedReader reader;
    private final long size;

    /** @param delimiter the delimiter, or 0 to guess it from the header */
    DelimitedRows(TextFiles.Opened opened, char delimiter, long size) {
        this.opened = opened;
        this.reader = new DelimitedReader(opened.reader(), delimiter);
        this.size = Math.max(1, size);
    }

    @Override
    public Row next() throws IOException {
        return reader.next();
    }

    @Override
    public double progress() {
        return Math.min(1.0, opened.bytesRead().getAsLong() / (double) size);
    }

    @Override
    public String encoding() {
        return opened.encoding();
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
