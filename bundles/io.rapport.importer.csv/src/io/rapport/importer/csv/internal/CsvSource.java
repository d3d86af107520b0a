package io.rapport.importer.csv.internal;

import io.rapport.importer.core.CountingInputStream;
import io.rapport.importer.core.csv.DelimitedReader;
import io.rapport.importer.core.csv.DelimitedRecord;
import io.rapport.importer.core.csv.TextEncoding;
import io.rapport.importer.csv.CsvMapping;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Locale;

/**
 * The records of a CSV/TSV file as a mapping says to read it: in its encoding (given, or detected) and with its
 * delimiter (given; a tab for {@code .tsv}/{@code .tab}; else guessed from the header). Bytes that are not valid
 * in the encoding mark their record ({@link #undecodable}; they read as U+FFFD), so that only the records holding
 * them are rejected; a U+FFFD the file itself holds is text like any other.
 */
public final class CsvSource implements Closeable {
    private final CountingInputStream counting;
    private final Reader text;
    private final TextEncoding encoding;
    private final DelimitedReader reader;

    private CsvSource(CountingInputStream counting, Reader text, TextEncoding encoding, DelimitedReader reader) {
        this.counting = counting;
        this.text = text;
        this.encoding = encoding;
        this.reader = reader;
    }

    /**
     * @param raw      the file's bytes from the start; closed with this source
     * @param fileName for the delimiter of {@code .tsv} files
     * @throws IOException also when the mapping names an encoding Java does not know
     */
    public static CsvSource open(InputStream raw, String fileName, CsvMapping mapping) throws IOException {
        CountingInputStream counting = new CountingInputStream(raw);
        InputStream in = new BufferedInputStream(counting, 1 << 16);
        try {
            in.mark(4);
            byte[] head = in.readNBytes(4);
            in.reset();
            TextEncoding encoding = TextEncoding.of(mapping.encoding(), head);
            Reader text = encoding.open(in, false);
            String name = fileName.toLowerCase(Locale.ROOT);
            char delimiter = mapping.delimiter() != null ? mapping.delimiter()
                    : name.endsWith(".tsv") || name.endsWith(".tab") ? '\t' : 0;
            return new CsvSource(counting, text, encoding, new DelimitedReader(text, delimiter, encoding));
        } catch (IllegalArgumentException e) {
            in.close();
            throw new IOException(e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** The next record (the first is the header), or {@code null} at the end. */
    public DelimitedRecord next() throws IOException {
        return reader.next();
    }

    public char delimiter() throws IOException {
        return reader.delimiter();
    }

    public TextEncoding encoding() {
        return encoding;
    }

    /** Bytes of the file read so far, for progress. */
    public long bytesRead() {
        return counting.count();
    }

    /** Whether the record held bytes that are not valid in the file's encoding. */
    public static boolean undecodable(DelimitedRecord record) {
        return record.undecodable();
    }

    /** Why a record with {@link #undecodable} bytes is rejected. */
    public String undecodableReason() {
        return "bytes that are not valid " + encoding.name() + " text (is the file in another encoding? set"
                + " \"encoding\" in the mapping, e.g. windows-1252)";
    }

    @Override
    public void close() throws IOException {
        text.close();
    }
}
