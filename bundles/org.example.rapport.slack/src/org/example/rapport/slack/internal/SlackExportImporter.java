package org.example.rapport.slack.internal;

import io.rapport.core.importer.ChannelImporter;
import io.rapport.core.importer.ImportInput;
import io.rapport.core.importer.ImportSink;
import io.rapport.core.importer.ImporterProperties;
import io.rapport.core.importer.Recognition;
import io.rapport.core.model.Interaction;
import io.rapport.importer.core.BadRecordException;
import io.rapport.importer.core.FileHead;
import io.rapport.importer.core.ImportProgress;
import io.rapport.importer.core.JsonObject;

import org.eclipse.core.runtime.IProgressMonitor;
import org.example.rapport.slack.SlackExport;
import org.osgi.service.component.annotations.Component;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * A Slack workspace export: the zip Slack's "Export data" gives (read as a whole: it declares that it reads zips
 * and claims those with a channels.json and channel folders of days), or a day file of its unpacked folder. Every
 * message becomes an interaction of channel {@code slack}; see README.md for the mapping.
 */
@Component(service = ChannelImporter.class)
@ImporterProperties(id = SlackExport.FORMAT_ID, label = "Slack workspace export", channel = SlackExport.CHANNEL,
        filePatterns = { "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9].json", "*slack export*.zip",
                "slack-export*.zip" },
        version = "1", containers = ChannelImporter.ZIP)
public final class SlackExportImporter implements ChannelImporter {

    @Override
    public void read(ImportInput input, ImportSink sink, IProgressMonitor monitor) throws IOException {
        try (ExportSource source = ExportSource.open(input)) {
            long total = source.days().stream().mapToLong(d -> Math.max(0, d.size())).sum();
            ImportProgress progress = new ImportProgress(monitor, total);
            MessageMapper mapper = new MessageMapper(source.directory);
            Days days = new Days(source, mapper, sink, progress);
            for (DayFile day : source.days()) {
                days.read(day);
            }
            progress.done();
        }
    }

    /** Reads the days of one import in turn; records are numbered across them, rejections name their day. */
    private static final class Days {
        private final ExportSource source;
        private final MessageMapper mapper;
        private final ImportSink sink;
        private final ImportProgress progress;
        private long recordsBefore;

        Days(ExportSource source, MessageMapper mapper, ImportSink sink, ImportProgress progress) {
            this.source = source;
            this.mapper = mapper;
            this.sink = sink;
            this.progress = progress;
        }

        void read(DayFile day) throws IOException {
            String channelId = source.directory.channelId(day.channelName());
            if (channelId == null) {
                reject(day, 1, 0, "the channel folder '" + day.channelName() + "' is not listed in channels.json"
                        + " (or groups.json), so its messages cannot be given ids; the folder is skipped", null);
                progress.fileDone(day.size());
                return;
            }
            long[] last = { 0 };
            try (InputStream in = day.open()) {
                new JsonArrayReader().read(in, "a day of a Slack channel", new JsonArrayReader.Elements() {
                    @Override
                    public void element(long index, long offset, String raw, JsonObject message) {
                        last[0] = index;
                        progress.checkCanceled();
                        try {
                            Interaction i = mapper.map(message, channelId, day.channelName());
                            if (i != null) {
                                sink.accept(i, raw, recordsBefore + index, offset);
                            }
                        } catch (BadRecordException e) {
                            reject(day, index, offset, e.getMessage(), raw);
                        }
                    }

                    @Override
                    public void unreadable(long index, long offset, String reason, String raw) {
                        last[0] = index;
                        reject(day, index, offset, reason, raw);
                    }
                }, progress::at);
            } catch (JsonArrayReader.Stopped e) {
                last[0] = Math.max(last[0], e.index);
                reject(day, e.index, e.offset, e.getMessage() + (e.index > 1 || e.offset > 0
                        ? "; the rest of the file cannot be read" : ""), null);
            }
            recordsBefore += last[0];
            progress.fileDone(day.size());
        }

        private void reject(DayFile day, long index, long offset, String reason, String raw) {
            sink.reject(recordsBefore + index, offset,
                    source.severalDays() ? day.name() + ": message " + index + ": " + reason : reason, raw);
        }
    }

    @Override
    public Recognition recognise(String fileName, byte[] head) {
        FileHead h = FileHead.of(head);
        if (h.startsWith("[") && h.hasKeys("ts") && h.text().matches("(?s).*\"type\"\\s*:\\s*\"message\".*")) {
            return Recognition.likely(90, "a day of a Slack channel: an array of messages with type and ts");
        }
        return Recognition.notThis("no array of Slack messages (type \"message\", ts) at the start");
    }

    @Override
    public Recognition recogniseArchive(String archiveName, List<String> entryNames) {
        String root = ExportSource.exportRoot(entryNames);
        if (root != null && entryNames.stream().anyMatch(n -> ExportSource.isDay(n, root))) {
            return Recognition.likely(95, "a Slack workspace export: channels.json and channel folders of days");
        }
        return Recognition.notThis("no channels.json with channel folders of YYYY-MM-DD.json days in the zip");
    }
}
