package io.rapport.store.duckdb.internal;

import io.rapport.core.importer.ImportSink;
import io.rapport.core.importer.OriginalRecord;
import io.rapport.core.model.Interaction;
import io.rapport.core.store.Dataset;
import io.rapport.core.store.ImportTransaction;
import io.rapport.core.store.ProjectException;
import io.rapport.core.store.RecordError;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One import in one DuckDB transaction. Records are inserted (by DuckDB's threads, through the
 * {@link InteractionStager}) straight into {@code interactions}; finishing a dataset deletes, in the rare case there are any, its records whose (channel,
 * source id) the project already held and the repeats of a key within the dataset after its first occurrence.
 * Appending in place rather than through a staging table spares copying (and compressing) every record twice:
 * the measured cost of an import halved. Nothing is visible to other readers, or survives a crash, before
 * {@link #commit()}.
 */
final class DuckDbImportTransaction implements ImportTransaction {
    private final Connection conn;
    private final String projectLabel;
    private final Runnable onEnd;
    private final InteractionStager stager;
    private boolean committed;
    private boolean ended;
    private DuckDbDatasetWriter current;
    /** Interactions in the project before the current dataset (committed, and of this import's earlier datasets). */
    private long storedBefore;

    DuckDbImportTransaction(Connection conn, StagingFunction staging, String projectLabel, Runnable onEnd)
            throws SQLException {
        this.conn = conn;
        this.projectLabel = projectLabel;
        this.onEnd = onEnd;
        conn.setAutoCommit(false);
        try (Statement st = conn.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM interactions")) {
                rs.next();
                storedBefore = rs.getLong(1);
            }
            this.stager = new InteractionStager(conn, staging, projectLabel);
        } catch (SQLException e) {
            conn.rollback();
            conn.setAutoCommit(true);
            throw e;
        }
    }

    @Override
    public DatasetWriter beginDataset(String file, String format) throws ProjectException {
        if (current != null && !current.finished) {
            throw new IllegalStateException("finish the dataset of " + current.file + " first");
        }
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT nextval('dataset_ids')")) {
            rs.next();
            current = new DuckDbDatasetWriter(rs.getLong(1), file, format);
            return current;
        } catch (SQLException e) {
            throw fail("cannot start a dataset for " + file, e);
        }
    }

    @Override
    public void commit() throws ProjectException {
        if (current != null && !current.finished) {
            throw new IllegalStateException("finish the dataset of " + current.file + " before committing");
        }
        try {
            stager.close();
            try (Statement st = conn.createStatement()) {
                st.execute("UPDATE project_state SET data_version = data_version + 1");
            }
            conn.commit();
            committed = true;
        } catch (SQLException e) {
            throw fail("cannot commit the import", e);
        }
    }

    @Override
    public void close() throws ProjectException {
        if (ended) {
            return;
        }
        ended = true;
        try {
            if (!committed) {
                stager.close();
                conn.rollback();
            }
            conn.setAutoCommit(true);
        } catch (SQLException e) {
            throw fail("cannot roll back the import", e);
        } finally {
            onEnd.run();
        }
    }

    private ProjectException fail(String what, SQLException e) {
        return new ProjectException("Import into " + projectLabel + ": " + what + ": " + e.getMessage(), e);
    }

    /** Receives the records of one file. */
    private final class DuckDbDatasetWriter implements DatasetWriter {
        private final long datasetId;
        private final String file;
        private final String format;
        private final List<RecordError> errors = new ArrayList<>();
        private final TemplateDictionary templates = new TemplateDictionary();
        private long staged;
        private long rejected;
        private boolean finished;
        private SQLException appendFailure;

        DuckDbDatasetWriter(long datasetId, String file, String format) {
            this.datasetId = datasetId;
            this.file = file;
            this.format = format;
        }

        @Override
        public void accept(Interaction i, String raw, long line, long offset) {
            stage(i, raw, -1, line, offset);
        }

        @Override
        public void accept(Interaction i, OriginalRecord original, long line, long offset) {
            if (appendFailure != null) {
                return;
            }
            int templateNo = templates.numberOf(original, i);
            Object raw = templateNo >= 0 ? null : Utf8.copyOf(original.bytes(), original.offset(), original.length());
            stage(i, raw, templateNo, line, offset);
        }

        /** Stages a record; the first failure is kept for {@link #finish()} and the records after it are dropped. */
        private void stage(Interaction i, Object raw, int templateNo, long line, long offset) {
            if (appendFailure != null) {
                return;
            }
            try {
                stager.add(i, raw, templateNo, datasetId, line, offset);
                staged++;
            } catch (SQLException e) {
                appendFailure = e;
            }
        }

        @Override
        public void reject(long line, long offset, String reason) {
            reject(line, offset, reason, null);
        }

        @Override
        public void reject(long line, long offset, String reason, String raw) {
            rejected++;
            if (errors.size() < ImportSink.MAX_KEPT_ERRORS) {
                errors.add(new RecordError(line, offset, reason, raw));
            }
        }

        @Override
        public List<RecordError> errors() {
            return List.copyOf(errors);
        }

        @Override
        public Dataset finish() throws ProjectException {
            if (appendFailure != null) {
                throw fail("cannot store the records of " + file, appendFailure);
            }
            finished = true;
            try {
                stager.drain();
                long inserted = staged;
                try (Statement st = conn.createStatement()) {
                    if (hasDuplicates(st, datasetId, storedBefore > 0)) {
                        inserted -= st.executeUpdate(DELETE_DUPLICATES.replace("?", Long.toString(datasetId)));
                    }
                }
                Instant now = Instant.now();
                try (PreparedStatement ps = conn.prepareStatement(
                        "INSERT INTO datasets VALUES (?, ?, ?, make_timestamp(?), ?, ?, ?)")) {
                    ps.setLong(1, datasetId);
                    ps.setString(2, file);
                    ps.setString(3, format);
                    ps.setLong(4, toMicros(now));
                    ps.setLong(5, inserted);
                    ps.setLong(6, staged - inserted);
                    ps.setLong(7, rejected);
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = conn.prepareStatement("INSERT INTO import_errors (dataset_id, line, byte_offset, reason, raw) VALUES (?, ?, ?, ?, ?)")) {
                    for (RecordError e : errors) {
                        ps.setLong(1, datasetId);
                        ps.setLong(2, e.line());
                        ps.setLong(3, e.offset());
                        ps.setString(4, e.reason());
                        ps.setString(5, e.raw());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                try (PreparedStatement ps = conn.prepareStatement("INSERT INTO record_templates VALUES (?, ?, ?)")) {
                    List<String> t = templates.templates();
                    for (int no = 0; no < t.size(); no++) {
                        ps.setLong(1, datasetId);
                        ps.setInt(2, no);
                        ps.setString(3, t.get(no));
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                storedBefore += inserted;
                return new Dataset(datasetId, file, format, now, inserted, staged - inserted, rejected);
            } catch (SQLException e) {
                throw fail("cannot store the records of " + file, e);
            }
        }
    }

    /**
     * The dataset's records to drop: those whose key the project held before (from another dataset, committed
     * or earlier in this import), and the repeats of a key within the dataset after its first occurrence.
     */
    private static final String DELETE_DUPLICATES = "DELETE FROM interactions WHERE rowid IN ("
            + "SELECT n.rowid FROM interactions n WHERE n.dataset_id = ? AND EXISTS (SELECT 1 FROM interactions o"
            + " WHERE o.channel = n.channel AND o.source_id = n.source_id AND o.dataset_id <> ?)"
            + " UNION SELECT r FROM (SELECT rowid AS r, row_number() OVER (PARTITION BY channel, source_id"
            + " ORDER BY source_line) AS occurrence FROM interactions WHERE dataset_id = ?) WHERE occurrence > 1)";

    /**
     * Whether the dataset repeats a key or holds one the project had: two cheap hash queries that spare the
     * common import of new records the window and the anti-join of the delete; the second only when the project
     * held interactions before this dataset ({@code othersStored}), which a first import's does not.
     */
    private static boolean hasDuplicates(Statement st, long datasetId, boolean othersStored) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT count(*) - count(DISTINCT (channel, source_id)) FROM interactions"
                + " WHERE dataset_id = " + datasetId)) {
            rs.next();
            if (rs.getLong(1) > 0) {
                return true;
            }
        }
        if (!othersStored) {
            return false;
        }
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM interactions n WHERE n.dataset_id = " + datasetId
                + " AND EXISTS (SELECT 1 FROM interactions o WHERE o.channel = n.channel AND o.source_id = n.source_id"
                + " AND o.dataset_id <> " + datasetId + ")")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    static long toMicros(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1000);
    }
}
