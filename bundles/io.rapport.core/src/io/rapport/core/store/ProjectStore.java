package io.rapport.core.store;

import io.rapport.core.model.ProjectSettings;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

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
     * Begins a change of the project's survey (instrument and responses); see {@link SurveyTransaction}. One
     * at a time per project.
     *
     * @throws ProjectException if another survey change is open
     */
    SurveyTransaction beginSurvey() throws ProjectException;

    /**
     * Makes sure the derived table {@code table} (named {@code derived_...}) holds the rows of
     * {@code selectSql} for the project's current data: it is rebuilt, in one transaction, when it was built
     * from another {@code definition} (say, another sentiment model or query version) or before the last
     * import, settings change or scoring; otherwise nothing happens. Analyses use it for per-interaction facts
     * that many queries aggregate. Derived tables hold no text of their own: join back to the canonical tables.
     */
    void materialize(String table, String definition, String selectSql, List<?> parameters) throws ProjectException;

    /**
     * An analyst's document kept in the project under {@code key} (say {@code gap/expectations}): JSON that an
     * analysis owns, such as the rows of the gap matrix. Kept in the store like every other record of the
     * project, so it travels, is encrypted and erased with it.
     *
     * @return the document as last saved, or empty if none was saved under this key
     */
    Optional<String> document(String key) throws ProjectException;

    /**
     * Saves (or replaces) the document under {@code key}, in its own transaction. A document is the analyst's
     * setup, not data: saving it does not move the data version, so derived tables stay valid. An analysis that
     * derives a table from a document names the document's content in the table's definition instead.
     *
     * @param key  lower-case letters, digits, '-', '_', '.' and '/', at most 200 characters
     * @param json the document (any text; JSON by convention)
     */
    void saveDocument(String key, String json) throws ProjectException;

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
