package io.rapport.store.duckdb.internal;

import io.rapport.core.model.Interaction;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Moves one import's records into the project's interactions, inside the import's transaction: the importer's
 * thread fills batches; a thread of this class runs one {@code INSERT ... SELECT} per dataset over the
 * {@link StagingFunction}, whose DuckDB threads take the batches from a small bounded queue (so memory stays
 * bounded however large the file). Parsing, filling DuckDB's vectors and compressing row groups thus run at the
 * same time on all cores. Rows land in no particular order (the insert does not preserve it); every query that
 * needs the file's order sorts by dataset and line.
 */
final class InteractionStager implements AutoCloseable {
    private static final int BATCH = 2048;
    private static final StagedBatch END = new StagedBatch(0);
    private static final String INSERT = "INSERT INTO interactions SELECT channel, source_id, kind, author_handle,"
            + " author_name, author_role, author_department, make_timestamp(created_us), text, in_reply_to,"
            + " thread_id, space, url, rating, likes, shares, replies, language,"
            + " from_json(mentions, '[\"VARCHAR\"]'), dataset_id, source_line, source_offset, raw, raw_template FROM "
            + StagingFunction.NAME + "()";

    private final Connection conn;
    private final StagingFunction function;
    private final String name;
    private final BlockingQueue<StagedBatch> queue = new ArrayBlockingQueue<>(8);
    private StagedBatch current = new StagedBatch(BATCH);
    private Thread inserting;
    private volatile boolean aborted;
    private volatile Throwable failure;

    InteractionStager(Connection conn, StagingFunction function, String name) {
        this.conn = conn;
        this.function = function;
        this.name = name;
    }

    /** Stages one record: {@code raw} its original as a String or UTF-8 bytes, or null with its template's number. */
    void add(Interaction interaction, Object raw, int templateNo, long datasetId, long line, long offset)
            throws SQLException {
        if (inserting == null) {
            start();
        }
        current.add(interaction, raw, templateNo, datasetId, line, offset);
        if (current.isFull()) {
            send(current);
            current = new StagedBatch(BATCH);
        }
    }

    /** Returns once everything added so far is inserted (visible to the transaction's queries). */
    void drain() throws SQLException {
        if (inserting == null) {
            return;
        }
        if (current.size() > 0) {
            send(current);
            current = new StagedBatch(BATCH);
        }
        send(END);
        join();
        rethrow();
    }

    private void start() {
        aborted = false;
        failure = null;
        queue.clear();
        function.source(this::next);
        inserting = new Thread(this::insert, "rapport-import-" + name);
        inserting.setDaemon(true);
        inserting.start();
    }

    private void insert() {
        try (Statement st = conn.createStatement()) {
            st.execute("SET preserve_insertion_order = false");
            try {
                st.execute(INSERT);
            } finally {
                st.execute("RESET preserve_insertion_order");
            }
        } catch (SQLException | RuntimeException e) {
            failure = e;
        }
    }

    /** Called by DuckDB's threads through the staging function. */
    private StagedBatch next() throws InterruptedException {
        while (true) {
            if (aborted) {
                throw new IllegalStateException("import cancelled");
            }
            StagedBatch b = queue.poll(100, TimeUnit.MILLISECONDS);
            if (b == END) {
                queue.offer(END); // the other threads end too
                return null;
            }
            if (b != null) {
                return b;
            }
        }
    }

    private void send(StagedBatch batch) throws SQLException {
        rethrow();
        try {
            while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                rethrow();
                if (!inserting.isAlive()) {
                    throw new SQLException("the insert of staged records ended early");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while staging records", e);
        }
    }

    private void join() throws SQLException {
        try {
            inserting.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while inserting records", e);
        } finally {
            inserting = null;
            function.source(null);
        }
    }

    private void rethrow() throws SQLException {
        Throwable f = failure;
        if (f instanceof SQLException s) {
            throw s;
        }
        if (f != null) {
            throw new SQLException("staging failed: " + f, f);
        }
    }

    /** Stops a running insert (its statement fails, and the caller rolls the transaction back). */
    @Override
    public void close() {
        if (inserting == null) {
            return;
        }
        aborted = true;
        queue.clear();
        queue.offer(END);
        try {
            join();
        } catch (SQLException ignored) {
            // the transaction is rolled back by the caller
        }
    }
}
