package io.rapport.store.duckdb.internal;

import io.rapport.core.store.ProjectException;
import io.rapport.core.store.RecordError;
import io.rapport.core.store.SurveyTransaction;
import io.rapport.core.survey.Instrument;
import io.rapport.core.survey.Item;
import io.rapport.core.survey.Level;
import io.rapport.core.survey.SurveyRespondent;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A survey change on a connection of its own, in one transaction. Respondents are appended to temporary
 * staging tables (an appender flushes what it holds when closed, even after a rollback, so only the statements
 * at {@link ResponsesWriter#finish()} touch the survey tables); finishing replaces stored respondents with the
 * same id and inserts the rest with set-based statements.
 */
final class DuckDbSurveyTransaction implements SurveyTransaction {
    private final DuckDBConnection conn;
    private final String projectLabel;
    private final Runnable onEnd;
    private Writer responses;
    private boolean committed;
    private boolean ended;

    DuckDbSurveyTransaction(DuckDBConnection conn, String projectLabel, Runnable onEnd) throws SQLException {
        this.conn = conn;
        this.projectLabel = projectLabel;
        this.onEnd = onEnd;
        conn.setAutoCommit(false);
    }

    @Override
    public void replaceInstrument(Instrument instrument, String definition, String file) throws ProjectException {
        try (Statement st = conn.createStatement()) {
            st.execute("DELETE FROM survey_instrument");
            st.execute("DELETE FROM survey_levels");
            st.execute("DELETE FROM survey_items");
            try (PreparedStatement ps = conn.prepareStatement(
                    "INSERT INTO survey_instrument VALUES (?, ?, ?, ?, ?, ?, make_timestamp(?))")) {
                ps.setString(1, instrument.name());
                ps.setString(2, definition);
                ps.setString(3, file);
                ps.setInt(4, instrument.scaleMin());
                ps.setInt(5, instrument.scaleMax());
                ps.setInt(6, instrument.topBox());
                ps.setLong(7, DuckDbImportTransaction.toMicros(Instant.now()));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO survey_levels VALUES (?, ?, ?)")) {
                int position = 1;
                for (Level l : instrument.levels()) {
                    ps.setInt(1, position++);
                    ps.setString(2, l.id());
                    ps.setString(3, l.label());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO survey_items VALUES (?, ?, ?, ?, ?, ?)")) {
                int position = 1;
                for (Item i : instrument.items()) {
                    ps.setInt(1, position++);
                    ps.setString(2, i.id());
                    ps.setString(3, i.level());
                    ps.setInt(4, instrument.position(i.level()));
                    ps.setString(5, i.text());
                    ps.setBoolean(6, i.reverse());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        } catch (SQLException e) {
            throw fail("cannot store the instrument", e);
        }
    }

    @Override
    public void removeRespondents() throws ProjectException {
        try (Statement st = conn.createStatement()) {
            st.execute("DELETE FROM survey_answers");
            st.execute("DELETE FROM survey_attributes");
            st.execute("DELETE FROM survey_respondents");
        } catch (SQLException e) {
            throw fail("cannot remove the stored respondents", e);
        }
    }

    @Override
    public ResponsesWriter beginResponses(String file, String format) throws ProjectException {
        if (responses != null) {
            throw new IllegalStateException("one responses file per survey transaction");
        }
        try {
            responses = new Writer(file, format);
            return responses;
        } catch (SQLException e) {
            throw fail("cannot start importing " + file, e);
        }
    }

    @Override
    public void commit() throws ProjectException {
        if (responses != null && !responses.finished) {
            throw new IllegalStateException("finish the responses of " + responses.file + " before committing");
        }
        try (Statement st = conn.createStatement()) {
            st.execute("UPDATE project_state SET data_version = data_version + 1");
            conn.commit();
            committed = true;
        } catch (SQLException e) {
            throw fail("cannot commit", e);
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
            if (responses != null) {
                responses.closeAppenders();
            }
            if (!committed) {
                conn.rollback();
            }
            conn.close();
        } catch (SQLException ignored) {
            // an uncommitted transaction dies with its connection
        } finally {
            onEnd.run();
        }
    }

    private ProjectException fail(String what, SQLException e) {
        return new ProjectException("Survey import into " + projectLabel + ": " + what + ": " + e.getMessage(), e);
    }

    /** Stages one file's respondents in temporary tables numbered 1, 2, ... in file order. */
    private final class Writer implements ResponsesWriter {
        private final String file;
        private final String format;
        private final DuckDBAppender respondents;
        private final DuckDBAppender attributes;
        private final DuckDBAppender answers;
        private final List<RecordError> errors = new ArrayList<>();
        private long staged;
        private long rejected;
        private boolean finished;
        private boolean appendersClosed;

        Writer(String file, String format) throws SQLException {
            this.file = file;
            this.format = format;
            try (Statement st = conn.createStatement()) {
                st.execute("CREATE TEMP TABLE survey_staging_respondents (local_no BIGINT, respondent_id VARCHAR,"
                        + " handle_channel VARCHAR, handle VARCHAR, source_row BIGINT, raw VARCHAR)");
                st.execute("CREATE TEMP TABLE survey_staging_attributes (local_no BIGINT, name VARCHAR, value VARCHAR)");
                st.execute("CREATE TEMP TABLE survey_staging_answers (local_no BIGINT, item_id VARCHAR, answer INTEGER)");
            }
            respondents = conn.createAppender("temp", "main", "survey_staging_respondents");
            attributes = conn.createAppender("temp", "main", "survey_staging_attributes");
            answers = conn.createAppender("temp", "main", "survey_staging_answers");
        }

        @Override
        public void accept(SurveyRespondent r) throws ProjectException {
            long no = ++staged;
            try {
                respondents.beginRow();
                respondents.append(no);
                respondents.append(r.id());
                respondents.append(r.handleChannel());
                respondents.append(r.handle());
                respondents.append(r.row());
                respondents.append(r.raw());
                respondents.endRow();
                for (Map.Entry<String, String> a : r.attributes().entrySet()) {
                    attributes.beginRow();
                    attributes.append(no);
                    attributes.append(a.getKey());
                    attributes.append(a.getValue());
                    attributes.endRow();
                }
                for (Map.Entry<String, Integer> a : r.answers().entrySet()) {
                    answers.beginRow();
                    answers.append(no);
                    answers.append(a.getKey());
                    answers.append(a.getValue().intValue());
                    answers.endRow();
                }
            } catch (SQLException e) {
                throw fail("cannot stage respondent " + r.id() + " of " + file, e);
            }
        }

        @Override
        public void reject(RecordError error) {
            rejected++;
            if (errors.size() < MAX_KEPT_ERRORS) {
                errors.add(error);
            }
        }

        void closeAppenders() throws SQLException {
            if (!appendersClosed) {
                appendersClosed = true;
                respondents.close();
                attributes.close();
                answers.close();
            }
        }

        @Override
        public Summary finish() throws ProjectException {
            finished = true;
            try (Statement st = conn.createStatement()) {
                closeAppenders();
                long importId = scalar(st, "SELECT nextval('survey_import_ids')");
                long offset = scalar(st, "SELECT coalesce(max(respondent_no), 0) FROM survey_respondents");
                st.execute("CREATE TEMP TABLE survey_replaced AS SELECT r.respondent_no FROM survey_respondents r"
                        + " JOIN temp.survey_staging_respondents s ON s.respondent_id = r.respondent_id");
                long replaced = scalar(st, "SELECT count(*) FROM temp.survey_replaced");
                if (replaced > 0) {
                    for (String table : List.of("survey_answers", "survey_attributes", "survey_respondents")) {
                        st.execute("DELETE FROM " + table
                                + " WHERE respondent_no IN (SELECT respondent_no FROM temp.survey_replaced)");
                    }
                }
                st.execute("INSERT INTO survey_respondents SELECT local_no + " + offset + ", respondent_id,"
                        + " handle_channel, handle, " + importId + ", source_row, raw"
                        + " FROM temp.survey_staging_respondents");
                st.execute("INSERT INTO survey_attributes SELECT local_no + " + offset + ", name, value"
                        + " FROM temp.survey_staging_attributes");
                st.execute("INSERT INTO survey_answers SELECT local_no + " + offset + ", item_id, answer"
                        + " FROM temp.survey_staging_answers");
                for (String table : List.of("survey_replaced", "survey_staging_respondents",
                        "survey_staging_attributes", "survey_staging_answers")) {
                    st.execute("DROP TABLE temp." + table);
                }
                try (PreparedStatement ps = conn.prepareStatement(
                        "INSERT INTO survey_imports VALUES (?, ?, ?, make_timestamp(?), ?, ?, ?)")) {
                    ps.setLong(1, importId);
                    ps.setString(2, file);
                    ps.setString(3, format);
                    ps.setLong(4, DuckDbImportTransaction.toMicros(Instant.now()));
                    ps.setLong(5, staged - replaced);
                    ps.setLong(6, replaced);
                    ps.setLong(7, rejected);
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = conn.prepareStatement(
                        "INSERT INTO survey_import_errors VALUES (?, ?, ?, ?)")) {
                    for (RecordError e : errors) {
                        ps.setLong(1, importId);
                        ps.setLong(2, e.line());
                        ps.setString(3, e.reason());
                        ps.setString(4, e.raw());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                return new Summary(importId, staged - replaced, replaced, rejected, errors);
            } catch (SQLException e) {
                throw fail("cannot store the responses of " + file, e);
            }
        }
    }

    private static long scalar(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
