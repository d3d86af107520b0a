package io.rapport.importer.mastodon.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

import io.rapport.core.importer.ImportInput;
import io.rapport.core.importer.ImportSink;
import io.rapport.core.model.Interaction;
import io.rapport.importer.core.BadRecordException;
import io.rapport.importer.core.ImportProgress;
import io.rapport.importer.core.JsonReading;
import io.rapport.importer.core.RecordingInputStream;

import java.io.IOException;

/**
 * One file's import: checks for cancellation and reports progress (in bytes) every
 * {@value ImportProgress#RECORDS_PER_CHECK} records, and turns what cannot be read into rejections that name the
 * record, its byte offset and the reason, so that a broken file never ends in a stack trace or an import that is
 * silently empty.
 */
final class ImportRun {
    private final ImportInput input;
    private final ImportSink sink;
    private final ImportProgress progress;

    ImportRun(ImportInput input, ImportSink sink, ImportProgress progress) {
        this.input = input;
        this.sink = sink;
        this.progress = progress;
    }

    /** One pass over the file: the records it wants, and what to do at its start, end and on a broken file. */
    interface Pass extends DocumentWalker.Records {
        void started(RecordingInputStream in, DocumentWalker walker);

        void finished(DocumentWalker.Shape shape, DocumentWalker walker);

        void broken(IOException e);
    }

    Pass mapper(ActivityMapper activities, StatusMapper statuses) {
        return new Mapper(activities, statuses);
    }

    /** Progress is reported by the mapping pass only: the indexing pass reads the same bytes before it. */
    private void checkpoint(long index, RecordingInputStream in, boolean reportProgress) {
        if (reportProgress) {
            progress.record(index, in.position());
        } else if (index % ImportProgress.RECORDS_PER_CHECK == 0) {
            progress.checkCanceled();
        }
    }

    /** The first pass over an API file: the ids and URIs of its statuses, for {@link StatusIndex}. */
    static final class Indexer implements Pass {
        private final StatusIndex index;
        private final ImportRun run;
        private RecordingInputStream in;

        Indexer(StatusIndex index, ImportRun run) {
            this.index = index;
            this.run = run;
        }

        @Override
        public void started(RecordingInputStream stream, DocumentWalker walker) {
            in = stream;
        }

        @Override
        public void activity(ActivityFields activity, String raw, long recordIndex, long offset) {
            // not reached: an outbox needs no index (wantsActivities ends the pass)
        }

        @Override
        public void status(StatusFields status, String raw, long recordIndex, long offset) {
            run.checkpoint(recordIndex, in, false);
            index.add(status);
        }

        @Override
        public void unreadable(long recordIndex, long offset, String reason) {
            // reported by the mapping pass
        }

        @Override
        public boolean wantsActivities() {
            return false;
        }

        @Override
        public void finished(DocumentWalker.Shape shape, DocumentWalker walker) {
        }

        @Override
        public void broken(IOException e) {
            // the mapping pass reads the same bytes and reports the problem with its record
        }
    }

    /** The pass that maps every record and hands it to the sink with its raw text. */
    private final class Mapper implements Pass {
        private final ActivityMapper activities;
        private final StatusMapper statuses;
        private RecordingInputStream in;
        private DocumentWalker walker;

        Mapper(ActivityMapper activities, StatusMapper statuses) {
            this.activities = activities;
            this.statuses = statuses;
        }

        @Override
        public void started(RecordingInputStream stream, DocumentWalker w) {
            in = stream;
            walker = w;
        }

        @Override
        public void activity(ActivityFields activity, String raw, long index, long offset) {
            checkpoint(index, in, true);
            try {
                sink.accept(activities.map(activity), raw, index, offset);
            } catch (BadRecordException e) {
                sink.reject(index, offset, e.getMessage(), raw);
            }
        }

        @Override
        public void status(StatusFields status, String raw, long index, long offset) {
            checkpoint(index, in, true);
            try {
                Interaction i = statuses.map(status);
                if (i != null) {
                    sink.accept(i, raw, index, offset);
                }
            } catch (BadRecordException e) {
                sink.reject(index, offset, e.getMessage(), raw);
            }
        }

        @Override
        public void unreadable(long index, long offset, String reason) {
            checkpoint(index, in, true);
            sink.reject(index, offset, reason);
        }

        @Override
        public boolean wantsActivities() {
            return true;
        }

        @Override
        public void finished(DocumentWalker.Shape shape, DocumentWalker w) {
            if (shape == DocumentWalker.Shape.UNKNOWN) {
                sink.reject(1, 0, "not a Mastodon export: " + input.fileName() + " is " + w.description()
                        + "; expected an ActivityStreams collection with 'orderedItems' (outbox.json), a JSON array"
                        + " of statuses or notifications, or a context with 'ancestors' and 'descendants'");
            }
        }

        @Override
        public void broken(IOException e) {
            boolean inRecord = walker != null && walker.insideRecord();
            long index = walker == null ? 1 : walker.recordIndex() + (inRecord ? 0 : 1);
            JsonLocation at = e instanceof JsonProcessingException j ? j.getLocation() : null;
            long errorOffset = at != null && at.getByteOffset() >= 0 ? at.getByteOffset() + bom()
                    : walker != null ? walker.parserOffset() : -1; // limit violations carry no location
            String where = errorOffset >= 0 ? " at byte " + errorOffset : "";
            // the rejection points at the record the error broke; the reason says where inside it
            long offset = inRecord ? walker.recordOffset() : errorOffset;
            String reason = JsonReading.whyReadingStopped(e, where, MastodonImporter.MAX_NESTING,
                    MastodonImporter.MAX_RECORD_BYTES);
            sink.reject(Math.max(1, index), offset, reason + "; the rest of the file cannot be read");
        }

        private long bom() {
            return walker == null ? 0 : walker.baseOffset();
        }
    }

}
