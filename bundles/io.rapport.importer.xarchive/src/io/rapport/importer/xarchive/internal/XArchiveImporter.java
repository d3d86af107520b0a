package io.rapport.importer.xarchive.internal;

import io.rapport.importer.core.FileHead;

import io.rapport.core.importer.Recognition;

import io.rapport.core.importer.ChannelImporter;
import io.rapport.core.importer.ImportInput;
import io.rapport.core.importer.ImportSink;
import io.rapport.core.importer.ImporterProperties;
import io.rapport.core.model.Channels;
import io.rapport.core.model.Interaction;
import io.rapport.importer.core.BadRecordException;
import io.rapport.importer.core.ImportProgress;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Component;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/**
 * An X (Twitter) account archive: the zip as downloaded, read as a whole (it declares that it reads zips and
 * claims those whose entries hold a {@code data/tweets.js}), or a tweets file of its unpacked {@code data/}
 * folder (the import service hands over files, so a folder arrives as its tweets files one by one; the owner,
 * long posts and other parts are then read from beside it, in the folder or in the zip the folder is in).
 * Every tweet is the archive owner's; whether the owner is one of our accounts is left to the project settings.
 */
@Component(service = ChannelImporter.class)
@ImporterProperties(id = XArchiveImporter.FORMAT_ID, label = "X (Twitter) account archive", channel = Channels.X,
        filePatterns = { "tweets.js", "tweet.js", "tweets-part*.js", "twitter-*.zip" }, version = "1",
        containers = ChannelImporter.ZIP)
public final class XArchiveImporter implements ChannelImporter {
    public static final String FORMAT_ID = "x-archive";
    private static final Predicate<String> TWEET_DATA = n -> n.equals("tweets") || n.equals("tweet");

    @Override
    public void read(ImportInput input, ImportSink sink, IProgressMonitor monitor) throws IOException {
        SubMonitor sub = SubMonitor.convert(monitor, 1000);
        try (ArchiveSource source = open(input)) {
            ArchiveOwner owner = new ArchiveOwnerReader().read(source, input.displayName());
            List<ArchiveFile> scanned = source.allTweetParts();
            List<ArchiveFile> imported = source.partsToImport();
            ImportProgress progress = new ImportProgress(sub,
                    sizeOf(source.noteTweets()) + sizeOf(scanned) + sizeOf(imported));
            NoteTweets notes = new NoteTweetReader().read(source.noteTweets(), progress::at);
            progress.fileDone(sizeOf(source.noteTweets()));
            ReplyChains chains = new ReplyChains();
            TweetMapper mapper = new TweetMapper(owner, notes, chains);
            for (ArchiveFile part : scanned) {
                collectReplyEdges(part, mapper, progress);
            }
            TweetRecords records = new TweetRecords(mapper, sink, progress, source.severalPartsPerImport());
            for (ArchiveFile part : imported) {
                records.importPart(part);
            }
        }
        sub.done();
    }

    /** First pass: who replies to whom, across every part, so that threads end at their root. */
    private static void collectReplyEdges(ArchiveFile part, TweetMapper mapper, ImportProgress progress) throws IOException {
        try (InputStream in = part.open()) {
            new YtdArrayReader().read(in, part.name(), TWEET_DATA, new YtdArrayReader.Elements() {
                @Override
                public void element(long index, long offset, byte[] buf, int start, int length) {
                    mapper.collectReplyEdge(buf, start, length);
                }

                @Override
                public void reject(long index, long offset, String reason) {
                    // reported when the part is imported
                }

                @Override
                public void progress(long bytesRead) {
                    progress.at(bytesRead);
                }
            });
        } catch (ArchiveFormatException e) {
            // a part that is not a tweets file is refused when it is imported; here it adds no replies
        }
        progress.fileDone(part.size());
    }

    /** Second pass: maps and hands over every record of the parts imported, rejecting bad ones. */
    private static final class TweetRecords implements YtdArrayReader.Elements {
        private final TweetMapper mapper;
        private final ImportSink sink;
        private final ImportProgress progress;
        private final boolean nameParts;
        private final OriginalText originals = new OriginalText();
        private long recordsBefore;
        private long lastIndex;
        private String partName;

        TweetRecords(TweetMapper mapper, ImportSink sink, ImportProgress progress, boolean nameParts) {
            this.mapper = mapper;
            this.sink = sink;
            this.progress = progress;
            this.nameParts = nameParts;
        }

        void importPart(ArchiveFile part) throws IOException {
            partName = part.name();
            lastIndex = 0;
            try (InputStream in = part.open()) {
                new YtdArrayReader().read(in, part.name(), TWEET_DATA, this);
            }
            recordsBefore += lastIndex;
            progress.fileDone(part.size());
        }

        @Override
        public void element(long index, long offset, byte[] buf, int start, int length) {
            lastIndex = index;
            try {
                Interaction interaction = mapper.map(buf, start, length);
                sink.accept(interaction, originals.decode(buf, start, length), recordsBefore + index, offset);
            } catch (BadRecordException e) {
                // a well-formed record the mapping refuses: its text goes to the Import Log with the reason
                reject(index, offset, e.getMessage(), textOrNull(buf, start, length));
            }
        }

        /** The record's text for the Import Log, or null when it is not valid UTF-8 (that is why it was refused). */
        private String textOrNull(byte[] buf, int start, int length) {
            try {
                return originals.decode(buf, start, length);
            } catch (BadRecordException e) {
                return null;
            }
        }

        @Override
        public void reject(long index, long offset, String reason) {
            reject(index, offset, reason, null);
        }

        private void reject(long index, long offset, String reason, String raw) {
            lastIndex = Math.max(lastIndex, index);
            sink.reject(recordsBefore + index, offset, nameParts ? partName + ": " + reason : reason, raw);
        }

        @Override
        public void progress(long bytesRead) {
            progress.at(bytesRead);
        }
    }

    private static ArchiveSource open(ImportInput input) throws IOException {
        if (!isZip(input)) {
            return new DataFolderSource(input);
        }
        Path zip = input.file().orElseThrow(() -> new ArchiveFormatException(input.displayName()
                + ": an X archive inside another archive cannot be read in place; unpack the outer one"));
        return new ZipArchiveSource(zip, input.displayName());
    }

    private static boolean isZip(ImportInput input) throws IOException {
        try (InputStream in = input.open()) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K'
                    && ((magic[2] == 3 && magic[3] == 4) || (magic[2] == 5 && magic[3] == 6));
        }
    }

    private static long sizeOf(List<ArchiveFile> files) {
        long sum = 0;
        for (ArchiveFile f : files) {
            sum += Math.max(0, f.size());
        }
        return sum;
    }

    @Override
    public Recognition recognise(String fileName, byte[] head) {
        FileHead h = FileHead.of(head);
        if (h.startsWith("window.YTD.tweet")) {
            return Recognition.likely(100, "an X archive tweets file (window.YTD.tweets)");
        }
        return Recognition.notThis("no window.YTD.tweets wrapper");
    }

    @Override
    public Recognition recogniseArchive(String archiveName, List<String> entryNames) {
        return ZipArchiveSource.holdsTweets(entryNames)
                ? Recognition.likely(95, "an X archive: data/tweets.js in the zip")
                : Recognition.notThis("no data/tweets.js (or tweet.js, tweets-partN.js) in the zip");
    }
}
