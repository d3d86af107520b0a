package io.rapport.importer.zendesk.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

import io.rapport.core.importer.ImportInput;
import io.rapport.core.importer.ImportSink;
import io.rapport.importer.core.BadRecordException;
import io.rapport.importer.core.ImportProgress;
import io.rapport.importer.core.JsonReading;
import io.rapport.importer.core.RecordingInputStream;

import java.io.IOException;

/** The two passes over a file: one that indexes users and tickets, one that maps every record. */
final class Passes {
    private Passes() {
    }

    /** One pass: the records it wants, and what to do at its start, end and on a file that cannot be read on. */
    interface Pass extends ExportWalker.Visitor {
        void started(RecordingInputStream in);

        void finished(boolean foundRecords, ExportWalker walker);

        /** @param walker null when the parser could not even be created */
        void broken(IOException e, ExportWalker walker);
    }

    /**
     * The first pass: users and tickets into the {@link Directory}. It reports no progress (the second pass
     * reads the same bytes) but can be cancelled; problems are reported by the second pass, with their record.
     */
    static final class Indexer implements Pass {
        private final Directory directory;
        private final ImportProgress progress;
        private long seen;

        Indexer(Directory directory, ImportProgress progress) {
            this.directory = directory;
            this.progress = progress;
        }

        private void check() {
            if (++seen % ImportProgress.RECORDS_PER_CHECK == 0) {
                progress.checkCanceled();
            }
        }

        @Override
        public void ticket(Records.Ticket t, String raw, long index, long offset) {
            check();
            directory.add(t);
        }

        @Override
        public void comment(Records.Comment c, String raw, long index, long offset) {
            check();
        }

        @Override
        public void audit(Records.Audit a, String raw, long index, long offset) {
            check();
        }

        @Override
        public void user(Records.User u) {
            check();
            directory.add(u);
        }

        @Override
        public void unreadable(long index, long offset, String reason) {
        }

        @Override
        public void started(RecordingInputStream in) {
        }

        @Override
        public void finished(boolean foundRecords, ExportWalker walker) {
        }

        @Override
        public void broken(IOException e, ExportWalker walker) {
        }
    }

    /** The second pass: every ticket, comment and audit comment to the sink, or its rejection. */
    static final class Mapper implements Pass {
        private final ImportInput input;
        private final ImportSink sink;
        private final ImportProgress progress;
        private final TicketMapper mapper;
        private final String ticketOfFile;
        private RecordingInputStream in;

        /** @param ticketOfFile the ticket a comments list belongs to, from its file name; may be null */
        Mapper(ImportInput input, ImportSink sink, ImportProgress progress, TicketMapper mapper, String ticketOfFile) {
            this.input = input;
            this.sink = sink;
            this.progress = progress;
            this.mapper = mapper;
            this.ticketOfFile = ticketOfFile;
        }

        @Override
        public void started(RecordingInputStream stream) {
            in = stream;
        }

        @Override
        public void ticket(Records.Ticket t, String raw, long index, long offset) {
            progress.record(index, in.position());
            try {
                sink.accept(mapper.ticket(t), raw, index, offset);
            } catch (BadRecordException e) {
                sink.reject(index, offset, e.getMessage(), raw);
            }
        }

        @Override
        public void comment(Records.Comment c, String raw, long index, long offset) {
            progress.record(index, in.position());
            try {
                String ticket = c.ticketId != null ? c.ticketId : ticketOfFile;
                sink.accept(mapper.comment(c, ticket, null, null), raw, index, offset);
            } catch (BadRecordException e) {
                sink.reject(index, offset, e.getMessage(), raw);
            }
        }

        /** Each comment event of an audit is an interaction; they share the audit as their original record. */
        @Override
        public void audit(Records.Audit a, String raw, long index, long offset) {
            progress.record(index, in.position());
            if (a.problems.first() != null) {
                sink.reject(index, offset, a.problems.first(), raw);
                return;
            }
            if (a.ticketId == null && !a.comments.isEmpty()) {
                sink.reject(index, offset, "missing required field 'ticket_id'", raw);
                return;
            }
            for (Records.Comment c : a.comments) {
                try {
                    sink.accept(mapper.comment(c, a.ticketId, a.createdAt, a.authorId), raw, index, offset);
                } catch (BadRecordException e) {
                    sink.reject(index, offset, e.getMessage(), raw);
                }
            }
        }

        @Override
        public void user(Records.User u) {
            // side-loaded users are not interactions: the first pass has used them
        }

        @Override
        public void unreadable(long index, long offset, String reason) {
            sink.reject(index, offset, reason);
        }

        @Override
        public void finished(boolean foundRecords, ExportWalker walker) {
            if (!foundRecords) {
                sink.reject(1, 0, "not a Zendesk export: " + input.fileName() + " is "
                        + walker.description() + "; expected an object with 'tickets', 'comments' or 'audits'"
                        + " (a Zendesk API response or incremental export)");
            }
        }

        @Override
        public void broken(IOException e, ExportWalker walker) {
            boolean inRecord = walker != null && walker.insideRecord();
            long index = walker == null ? 1 : walker.recordIndex() + (inRecord ? 0 : 1);
            long errorOffset = errorOffset(e, walker);
            String where = errorOffset >= 0 ? " at byte " + errorOffset : "";
            // the rejection points at the record the error broke; the reason says where inside it
            long offset = inRecord ? walker.recordOffset() : errorOffset;
            String reason = e instanceof ExportWalker.TrailingContentException
                    ? "unexpected content" + where + " after the end of the JSON document"
                    : JsonReading.whyReadingStopped(e, where, ZendeskImporter.MAX_NESTING, ZendeskImporter.MAX_TEXT_CHARS);
            sink.reject(Math.max(1, index), offset, reason + "; the rest of the file cannot be read");
        }

        private static long errorOffset(IOException e, ExportWalker walker) {
            if (e instanceof ExportWalker.TrailingContentException t) {
                return t.offset;
            }
            JsonLocation at = e instanceof JsonProcessingException j ? j.getLocation() : null;
            long base = walker == null ? 0 : walker.baseOffset();
            if (at != null && at.getByteOffset() >= 0) {
                return at.getByteOffset() + base;
            }
            return walker != null ? walker.parserOffset() : -1; // limit violations carry no location
        }

        /** Jackson's limit messages name its API; say what the limit means for the file instead. */
    }
}
