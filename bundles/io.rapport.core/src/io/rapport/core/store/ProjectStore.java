package io.rapport.core.store;

import io.rapport.core.model.ProjectSettings;

import java.nio.file.Path;
import java.util.List;

/**
 * An open project. Not thread-safe for writes: one import at a time. Close it to release the project for
 * other processes.
 */
public interface ProjectStore extends AutoCloseable {

    Path directory();

    ProjectSettings settings();

    /** Writes the settings file and the store's copy of them (used by the metric queries) together. */
    void updateSettings(ProjectSettings settings) throws ProjectException;

    /** Schema version of the open database (after any migration). */
    int schemaVersion();

    List<Dataset> datasets() throws ProjectException;

    List<RecordError> importErrors(long datasetId) throws ProjectException;

    ProjectSummary summary() throws ProjectException;

    /** Begins an import; see {@link ImportTransaction}. */
    ImportTransaction beginImport() throws ProjectException;

    /**
     * Begins writing sentiment scores under {@code modelKey} (table {@code sentiment_scores}: channel,
     * source_id, model, score). One writer per project at a time.
     *
     * @throws ProjectException if another score writer is open
     */
    ScoreWriter beginScores(String modelKey) throws ProjectException;

    /**
     * Makes sure the derived table {@code table} (named {@code derived_...}) holds the rows of
     * {@code selectSql} for the project's current data: it is rebuilt, in one transaction, when it was built
     * from another {@code definition} (say, another sentiment model or query version) or before the last
     * import, settings change or scoring; otherwise nothing happens. Analyses use it for per-interaction facts
     * that many queries aggregate. Derived tables hold no text of their own: join back to the canonical tables.
     */
    void materialize(String table, String definition, String selectSql, List<?> parameters) throws ProjectException;

    /**
     * Runs a read-only query over the canonical tables and views (documented in the README) and hands each
     * row to {@code rows}. Parameters bind to {@code ?} in order. Safe to call from several threads at once
     * (views query in background jobs); a query sees committed data only, never an import in progress.
     */
    void query(String sql, List<?> parameters, RowHandler rows) throws ProjectException;

    @Override
    void close();

    /** Receives query rows; {@code row.get(i)} is the JDBC value of column {@code i} (0-based). */
    @FunctionalInterface
    interface RowHandler {
        void row(Row row) throws Exception;
    }

    /** One row of a query result. */
    interface Row {
        Object get(int column) throws Exception;

        int columnCount();

        String columnName(int column) throws Exception;
    }
}
