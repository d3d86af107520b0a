package io.rapport.importer.reviews.internal;

import io.rapport.importer.core.FileHead;

import io.rapport.core.importer.Recognition;

import io.rapport.core.importer.ChannelImporter;
import io.rapport.core.importer.ImportInput;
import io.rapport.core.importer.ImportSink;
import io.rapport.core.importer.ImporterProperties;
import io.rapport.core.model.Channels;
import io.rapport.importer.core.BadRecordException;
import io.rapport.importer.core.ImportProgress;

import org.eclipse.core.runtime.IProgressMonitor;
import org.osgi.service.component.annotations.Component;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;

/**
 * Google Play Console review exports ({@code reviews_<package>_<YYYYMM>.csv}, UTF-16LE with a BOM; UTF-8 also
 * read), streamed row by row. Each row is a review and, when answered, the developer's reply.
 * <p>
 * The raw record kept for both is the file's header line, a line feed, and the row exactly as in the file, so
 * that a re-mapping can read the raw as a two-row CSV document without the file. Offsets are byte offsets of the
 * row's first byte in the file, also for UTF-16.
 */
@Component(service = ChannelImporter.class)
@ImporterProperties(id = GooglePlayImporter.FORMAT_ID, label = "Google Play Console reviews (CSV)",
        channel = Channels.GOOGLE_PLAY, filePatterns = { "reviews_*.csv" }, version = "1")
public final class GooglePlayImporter implements ChannelImporter {
    public static final String FORMAT_ID = "google-play";
    /** Play caps a review at 500 and a reply at 350 characters; a row this long is not a review. */
    static final int MAX_ROW_CHARS = 1 << 20;

    @Override
    public void read(ImportInput input, ImportSink sink, IProgressMonitor monitor) throws IOException {
        ImportProgress progress = new ImportProgress(monitor, input.size());
        TextEncoding encoding = TextEncoding.sniff(input);
        String file = input.fileName();
        try (InputStream in = input.open()) {
            in.skipNBytes(encoding.bomLength());
            CsvRowReader rows = new CsvRowReader(new StrictDecodingReader(in, encoding.strictDecoder()), encoding,
                    MAX_ROW_CHARS);
            try {
                CsvRow header = firstNonBlank(rows);
                if (header == null) {
                    sink.reject(1, 0, "the file " + file + " is empty; expected a Google Play reviews CSV");
                    return;
                }
                StringBuilder missing = new StringBuilder();
                PlayColumns columns = header.problem() == null && !header.tooLong()
                        ? PlayColumns.of(header.fields(), missing) : null;
                if (columns == null) {
                    sink.reject(header.line(), header.offset(), "not a Google Play reviews CSV: the header of " + file
                            + " (read as " + encoding.label() + ") lacks the columns "
                            + (missing.isEmpty() ? "'Package Name', 'Star Rating', ..." : missing));
                    return;
                }
                PlayReviewMapper mapper = new PlayReviewMapper(columns);
                long count = 0;
                for (CsvRow row = rows.next(); row != null; row = rows.next()) {
                    progress.record(++count, rows.position());
                    if (!row.isBlank()) {
                        map(row, header, mapper, sink);
                    }
                }
            } catch (CharacterCodingException e) {
                // the decoder hands over every character before the bad bytes first, so the position is exact
                sink.reject(rows.rowLine(), rows.rowOffset(), "invalid " + encoding.charset().name() + " in " + file
                        + " at byte " + rows.position() + " (the file is " + encoding.label()
                        + "; truncated or re-encoded?); the rest of the file cannot be read");
            }
        }
        progress.done();
    }

    private static CsvRow firstNonBlank(CsvRowReader rows) throws IOException {
        CsvRow row = rows.next();
        while (row != null && row.isBlank()) {
            row = rows.next();
        }
        return row;
    }

    private static void map(CsvRow row, CsvRow header, PlayReviewMapper mapper, ImportSink sink) {
        if (row.tooLong()) {
            sink.reject(row.line(), row.offset(), "row longer than " + MAX_ROW_CHARS + " characters (a gigantic field?)");
            return;
        }
        if (row.problem() != null) {
            sink.reject(row.line(), row.offset(), "malformed CSV: " + row.problem(), row.text());
            return;
        }
        MappedReview r;
        try {
            r = mapper.map(row.fields());
        } catch (BadRecordException e) {
            boolean cut = row.lastWithoutLineEnd() && row.fields().size() < header.fields().size();
            sink.reject(row.line(), row.offset(), e.getMessage() + (cut ? " (the file ends in this row: truncated?)" : ""),
                    row.text());
            return;
        }
        // the header line first, so the raw is a two-row CSV document a re-mapping can read on its own
        r.deliver(sink, header.text() + "\n" + row.text(), row.line(), row.offset());
    }

    @Override
    public Recognition recognise(String fileName, byte[] head) {
        String header = FileHead.of(head).firstLine();
        if (header.contains("Review Submit Millis Since Epoch") || header.contains("Package Name") && header.contains("Star Rating")) {
            return Recognition.likely(100, "a Play Console reviews CSV header (Package Name, Star Rating)");
        }
        return Recognition.notThis("no Play Console reviews CSV header");
    }
}
