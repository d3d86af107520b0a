package io.rapport.importer.reddit.internal;

import io.rapport.importer.core.FileHead;

import io.rapport.core.importer.Recognition;

import io.rapport.core.importer.ChannelImporter;
import io.rapport.core.importer.ImportInput;
import io.rapport.core.importer.ImportSink;
import io.rapport.core.importer.ImporterProperties;
import io.rapport.core.model.Channels;
import io.rapport.importer.core.ImportProgress;

import org.eclipse.core.runtime.IProgressMonitor;
import org.osgi.service.component.annotations.Component;

import java.io.IOException;

/**
 * Reddit comments and submissions: Pushshift dumps (NDJSON, plain or zstd-compressed with a long window, as
 * {@code RC_2023-01.zst} / {@code RS_2023-01.zst} or per-subreddit {@code <sub>_comments.zst}) and Reddit API
 * JSON (listings, thread pages). The file's first bytes decide between the two, whatever its name. It reads
 * {@code .zst} files itself (declared in {@code containers}), so that progress and the errors of a damaged dump
 * are in the dump's compressed bytes.
 */
@Component(service = ChannelImporter.class)
@ImporterProperties(id = RedditImporter.FORMAT_ID, label = "Reddit (Pushshift NDJSON dumps, .zst, API listings)",
        channel = Channels.REDDIT, filePatterns = { "RC_*", "RS_*", "*_comments*.ndjson", "*_submissions*.ndjson",
                "*_comments.zst", "*_submissions.zst", "*.ndjson", "*.ndjson.zst", "*reddit*.json" },
        version = "1", containers = ChannelImporter.ZST)
public final class RedditImporter implements ChannelImporter {
    public static final String FORMAT_ID = "reddit";

    @Override
    public void read(ImportInput input, ImportSink sink, IProgressMonitor monitor) throws IOException {
        read(input, sink, monitor, DumpReader.MAX_LINE_BYTES);
    }

    /** With a line limit of its own, so tests can exercise an over-long line without writing 16 MB. */
    void read(ImportInput input, ImportSink sink, IProgressMonitor monitor, int maxLineBytes) throws IOException {
        long size = input.size();
        try (ExportStream export = ExportStream.open(input)) {
            ImportProgress progress = new ImportProgress(monitor, size);
            ExportShape shape;
            try {
                shape = ExportShape.of(export.content());
            } catch (CorruptCompressedDataException e) {
                throw new IOException(e.getMessage(), e); // nothing decodes: not a usable file at all
            }
            long records = shape == ExportShape.API_LISTING ? new ListingReader().read(export, sink, progress)
                    : new DumpReader(maxLineBytes).read(export, sink, progress);
            progress.at(export.fileBytesRead());
            if (records == 0) {
                // an empty import must never look like a successful one
                sink.reject(1, 0, "no Reddit comments or submissions in this file" + (export.isCompressed()
                        ? " (the zstd stream decodes to nothing but whitespace)" : " (it is empty or blank)"));
            }
            progress.done();
        }
    }

    @Override
    public Recognition recognise(String fileName, byte[] head) {
        FileHead h = FileHead.of(head);
        if (h.startsWithBytes(0x28, 0xB5, 0x2F, 0xFD)) {
            // the import service hands over content decompressed: still compressed, it was compressed twice
            return Recognition.likely(60, "zstd-compressed, as Pushshift dumps are");
        }
        if (h.hasKeys("subreddit") && (h.hasKeys("parent_id") || h.hasKeys("selftext") || h.hasKeys("link_id"))) {
            return Recognition.likely(95, "Reddit things: subreddit with parent_id, link_id or selftext");
        }
        return Recognition.notThis("no Reddit fields (subreddit, parent_id, link_id) at the start");
    }
}
