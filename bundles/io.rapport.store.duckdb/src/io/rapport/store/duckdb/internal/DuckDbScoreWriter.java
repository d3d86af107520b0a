package io.rapport.store.duckdb.internal;

import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ScoreWriter;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * Appends scores on a connection of its own, inside one transaction, so that a scoring run never mixes with an
 * import or a query and either lands completely or not at all.
 */
final class DuckDbScoreWriter implements ScoreWriter {
    private final DuckDBConnection conn;
    private final DuckDBAppender appender;
    private final String modelKey;
    private final String projectLabel;
    private final Runnable onEnd;
    private boolean committed;
    private boolean ended;

    DuckDbScoreWriter(DuckDBConnection conn, String modelKey, String projectLabel, Runnable onEnd)
            throws SQLException {
        this.conn = conn;
        this.modelKey = modelKey;
        this.projectLabel = projectLabel;
        this.onEnd = onEnd;
        // Appended rows go to a temporary table of this connection: an appender flushes whatever it holds when
        // it is closed, even after a rollback, so only the INSERT at commit may touch the real table.
        try (Statement st = conn.createStatement()) {
            st.execute("CREATE TEMP TABLE scores_staging AS SELECT * FROM sentiment_scores LIMIT 0");
        }
        conn.setAutoCommit(false);
        this.appender = conn.createAppender("temp", "main", "scores_staging");
    }

    @Override
    public void score(String channel, String sourceId, double score) throws ProjectException {
        try {
            appender.beginRow();
            appender.append(channel);
            appender.append(sourceId);
            appender.append(modelKey);
            appender.append(score);
            appender.endRow();
        } catch (SQLException e) {
            throw new ProjectException("Cannot write a sentiment score into " + projectLabel + ": " + e.getMessage(),
                    e);
        }
    }

    @Override
    public void commit() throws ProjectException {
        try {
            appender.close();
            try (Statement st = conn.createStatement()) {
                st.execute("INSERT INTO sentiment_scores SELECT * FROM temp.scores_staging");
                st.execute("UPDATE project_state SET data_version = data_version + 1");

            }
            conn.commit();
            committed = true;
        } catch (SQLException e) {
            throw new ProjectException("Cannot save sentiment scores in " + projectLabel + ": " + e.getMessage(), e);
        } finally {
            end();
        }
    }

    @Override
    public void close() {
        end();
    }

    private void end() {
        if (ended) {
            return;
        }
        ended = true;
        try {
            if (!committed) {
                conn.rollback();
            }
            conn.close();
        } catch (SQLException ignored) {
            // a rolled-back or half-written transaction dies with its connection
        } finally {
            onEnd.run();
        }
    }
}
