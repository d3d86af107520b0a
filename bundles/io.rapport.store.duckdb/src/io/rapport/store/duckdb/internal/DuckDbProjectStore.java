package io.rapport.store.duckdb.internal;

import io.rapport.core.model.AccountRef;
import io.rapport.core.model.ActorRole;
import io.rapport.core.model.OwnedSpace;
import io.rapport.core.model.ProjectSettings;
import io.rapport.core.model.StaffMember;
import io.rapport.core.project.ProjectLayout;
import io.rapport.core.project.ProjectSettingsFile;
import io.rapport.core.store.Dataset;
import io.rapport.core.store.ImportTransaction;
import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;
import io.rapport.core.store.ProjectSummary;
import io.rapport.core.store.ProjectSummary.ChannelKindCount;
import io.rapport.core.store.RecordError;
import io.rapport.core.store.ScoreWriter;
import io.rapport.core.store.SurveyTransaction;

import org.duckdb.DuckDBConnection;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** An open project backed by one DuckDB connection. */
final class DuckDbProjectStore implements ProjectStore {
    private static final Pattern DOCUMENT_KEY = Pattern.compile("[a-z0-9][a-z0-9_./-]{0,199}");
    private final ProjectLayout layout;
    private final Connection conn;
    private final ProjectSettingsFile settingsFile;
    private final int schemaVersion;
    private final Runnable onClose;
    private ProjectSettings settings;
    private StagingFunction staging;
    private boolean importRunning;
    private boolean scoresRunning;
    private boolean surveyRunning;
    private boolean closed;

    DuckDbProjectStore(ProjectLayout layout, ProjectSettings settings, Connection conn, ProjectSettingsFile settingsFile,
            int schemaVersion, Runnable onClose) {
        this.layout = layout;
        this.settings = settings;
        this.conn = conn;
        this.settingsFile = settingsFile;
        this.schemaVersion = schemaVersion;
        this.onClose = onClose;
    }

    @Override
    public Path directory() {
        return layout.directory();
    }

    @Override
    public synchronized ProjectSettings settings() {
        return settings;
    }

    @Override
    public int schemaVersion() {
        return schemaVersion;
    }

    @Override
    public synchronized void updateSettings(ProjectSettings newSettings) throws ProjectException {
        checkOpen();
        try {
            syncSettingsTables(newSettings);
            settingsFile.write(layout.settingsFile(), newSettings);
            settings = newSettings;
        } catch (SQLException | IOException e) {
            throw new ProjectException("Cannot save the settings of " + label() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Replaces the store's copy of accounts, staff and spaces, in one transaction, and bumps the data version, so
     * that derived tables rebuild. When the copy already matches (every time a project is opened with an unchanged
     * settings file) nothing is written: derived tables stay valid from one run to the next.
     */
    synchronized void syncSettingsTables(ProjectSettings s) throws SQLException {
        List<List<String>> actors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (AccountRef a : s.ourAccounts()) {
            if (seen.add(a.channel() + ":" + a.handle())) {
                actors.add(Arrays.asList(a.channel(), a.handle(), ActorRole.OUR_ACCOUNT.id(), null));
            }
        }
        for (StaffMember m : s.staff()) {
            if (seen.add(m.channel() + ":" + m.handle())) {
                actors.add(Arrays.asList(m.channel(), m.handle(), ActorRole.STAFF.id(), m.department()));
            }
        }
        List<List<String>> spaces = new ArrayList<>();
        for (OwnedSpace sp : s.spaces()) {
            spaces.add(Arrays.asList(sp.channel(), sp.name()));
        }
        if (sameRows("SELECT channel, handle, role, department FROM project_actors", actors)
                && sameRows("SELECT channel, name FROM project_spaces", spaces)) {
            return;
        }
        boolean auto = conn.getAutoCommit();
        conn.setAutoCommit(false);
        try (Statement st = conn.createStatement();
                PreparedStatement actor = conn.prepareStatement("INSERT INTO project_actors VALUES (?, ?, ?, ?)");
                PreparedStatement space = conn.prepareStatement("INSERT INTO project_spaces VALUES (?, ?)")) {
            st.execute("DELETE FROM project_actors");
            st.execute("UPDATE project_state SET data_version = data_version + 1");
            st.execute("DELETE FROM project_spaces");
            for (List<String> a : actors) {
                bind(actor, a.get(0), a.get(1), a.get(2), a.get(3));
            }
            for (List<String> sp : spaces) {
                space.setString(1, sp.get(0));
                space.setString(2, sp.get(1));
                space.executeUpdate();
            }
            conn.commit();
        } catch (SQLException e) {
            conn.rollback();
            throw e;
        } finally {
            conn.setAutoCommit(auto);
        }
    }

    /** Whether a table holds exactly these rows (in any order). */
    private boolean sameRows(String select, List<List<String>> expected) throws SQLException {
        List<List<String>> actual = new ArrayList<>();
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(select)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>(n);
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getString(i));
                }
                actual.add(row);
            }
        }
        Comparator<List<String>> order = Comparator.comparing(List::toString);
        List<List<String>> a = new ArrayList<>(actual);
        List<List<String>> b = new ArrayList<>(expected);
        a.sort(order);
        b.sort(order);
        return a.equals(b);
    }

    private static void bind(PreparedStatement ps, String channel, String handle, String role, String department)
            throws SQLException {
        ps.setString(1, channel);
        ps.setString(2, handle);
        ps.setString(3, role);
        ps.setString(4, department);
        ps.executeUpdate();
    }

    @Override
    public synchronized List<Dataset> datasets() throws ProjectException {
        List<Dataset> out = new ArrayList<>();
        query("SELECT id, file, format, epoch_us(imported_at), imported, duplicates, rejected FROM datasets ORDER BY id",
                List.of(), r -> out.add(new Dataset(((Number) r.get(0)).longValue(), (String) r.get(1),
                        (String) r.get(2), micros(r.get(3)), num(r.get(4)), num(r.get(5)), num(r.get(6)))));
        return out;
    }

    @Override
    public synchronized List<RecordError> importErrors(long datasetId) throws ProjectException {
        List<RecordError> out = new ArrayList<>();
        query("SELECT line, byte_offset, reason, raw FROM import_errors WHERE dataset_id = ? ORDER BY line",
                List.of(datasetId), r -> out.add(new RecordError(num(r.get(0)), num(r.get(1)), (String) r.get(2),
                        (String) r.get(3))));
        return out;
    }

    @Override
    public synchronized ProjectSummary summary() throws ProjectException {
        List<ChannelKindCount> counts = new ArrayList<>();
        query("SELECT channel, kind, count(*) FROM interactions GROUP BY channel, kind ORDER BY channel, kind",
                List.of(), r -> counts.add(new ChannelKindCount((String) r.get(0), (String) r.get(1), num(r.get(2)))));
        long[] total = new long[1];
        Instant[] range = new Instant[2];
        query("SELECT count(*), epoch_us(min(created_at)), epoch_us(max(created_at)) FROM interactions", List.of(),
                r -> {
                    total[0] = num(r.get(0));
                    range[0] = micros(r.get(1));
                    range[1] = micros(r.get(2));
                });
        return new ProjectSummary(total[0], counts, range[0], range[1]);
    }

    @Override
    public synchronized ImportTransaction beginImport() throws ProjectException {
        checkOpen();
        if (importRunning) {
            throw new ProjectException("An import into " + label() + " is already running");
        }
        try {
            if (staging == null) {
                staging = StagingFunction.register(conn);
            }
            DuckDbImportTransaction tx = new DuckDbImportTransaction(conn, staging, label(), () -> importRunning = false);
            importRunning = true;
            return tx;
        } catch (SQLException e) {
            throw new ProjectException("Cannot start an import into " + label() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized ScoreWriter beginScores(String modelKey) throws ProjectException {
        checkOpen();
        if (scoresRunning) {
            throw new ProjectException("Sentiment scores of " + label() + " are already being written");
        }
        try {
            DuckDbScoreWriter writer = new DuckDbScoreWriter(duplicate(), modelKey, label(), this::scoresEnded);
            scoresRunning = true;
            return writer;
        } catch (SQLException e) {
            throw new ProjectException("Cannot write sentiment scores into " + label() + ": " + e.getMessage(), e);
        }
    }

    private synchronized void scoresEnded() {
        scoresRunning = false;
    }

    @Override
    public synchronized SurveyTransaction beginSurvey() throws ProjectException {
        checkOpen();
        if (surveyRunning) {
            throw new ProjectException("The survey of " + label() + " is already being changed");
        }
        try {
            DuckDbSurveyTransaction tx = new DuckDbSurveyTransaction(duplicate(), label(), this::surveyEnded);
            surveyRunning = true;
            return tx;
        } catch (SQLException e) {
            throw new ProjectException("Cannot change the survey of " + label() + ": " + e.getMessage(), e);
        }
    }

    private synchronized void surveyEnded() {
        surveyRunning = false;
    }

    @Override
    public synchronized void materialize(String table, String definition, String selectSql, List<?> parameters)
            throws ProjectException {
        checkOpen();
        if (!table.matches("derived_[a-z0-9_]+")) {
            throw new IllegalArgumentException("a derived table is named derived_[a-z0-9_]+, not " + table);
        }
        try (Connection c = duplicate()) {
            c.setAutoCommit(false);
            try {
                String builtFrom = definition + " @ data version " + dataVersion(c);
                boolean current;
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT count(*) FROM derived_tables WHERE name = ? AND built_from = ?")) {
                    ps.setString(1, table);
                    ps.setString(2, builtFrom);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        current = rs.getLong(1) > 0;
                    }
                }
                if (!current) {
                    try (PreparedStatement ps = c.prepareStatement(
                            "CREATE OR REPLACE TABLE " + table + " AS " + selectSql)) {
                        for (int i = 0; i < parameters.size(); i++) {
                            ps.setObject(i + 1, parameters.get(i));
                        }
                        ps.execute();
                    }
                    try (PreparedStatement ps = c.prepareStatement(
                            "INSERT OR REPLACE INTO derived_tables VALUES (?, ?, now()::TIMESTAMP)")) {
                        ps.setString(1, table);
                        ps.setString(2, builtFrom);
                        ps.executeUpdate();
                    }
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new ProjectException("Cannot build " + table + " in " + label() + ": " + e.getMessage(), e);
        }
    }

    private static long dataVersion(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT data_version FROM project_state")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public Optional<String> document(String key) throws ProjectException {
        checkKey(key);
        String[] content = new String[1];
        query("SELECT content FROM project_documents WHERE key = ?", List.of(key), r -> content[0] = (String) r.get(0));
        return Optional.ofNullable(content[0]);
    }

    @Override
    public synchronized void saveDocument(String key, String json) throws ProjectException {
        checkOpen();
        checkKey(key);
        if (json == null) {
            throw new IllegalArgumentException("a document needs content; key " + key);
        }
        // its own connection and transaction, so that an import in progress on the main connection is not
        // committed with it; no data version bump (see ProjectStore#saveDocument)
        try (Connection c = duplicate(); PreparedStatement ps = c.prepareStatement(
                "INSERT OR REPLACE INTO project_documents VALUES (?, ?, now()::TIMESTAMP)")) {
            ps.setString(1, key);
            ps.setString(2, json);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new ProjectException("Cannot save the document " + key + " in " + label() + ": " + e.getMessage(), e);
        }
    }

    private static void checkKey(String key) {
        if (key == null || !DOCUMENT_KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("a document key is lower-case letters, digits, '-', '_', '.' and '/'"
                    + " (at most 200), not " + key);
        }
    }

    private DuckDBConnection duplicate() throws SQLException {
        return (DuckDBConnection) conn.unwrap(DuckDBConnection.class).duplicate();
    }

    @Override
    public void query(String sql, List<?> parameters, RowHandler rows) throws ProjectException {
        checkOpen();
        // A connection per query: queries run from several jobs at once and must not see an import's
        // uncommitted rows on the main connection. Duplicating is cheap (same database instance).
        try (Connection queryConn = duplicate(); PreparedStatement ps = queryConn.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                ps.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                Row row = new Row() {
                    @Override
                    public Object get(int column) throws SQLException {
                        return rs.getObject(column + 1);
                    }

                    @Override
                    public int columnCount() {
                        try {
                            return md.getColumnCount();
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    }

                    @Override
                    public String columnName(int column) throws SQLException {
                        return md.getColumnName(column + 1);
                    }
                };
                while (rs.next()) {
                    rows.row(row);
                }
            }
        } catch (ProjectException e) {
            throw e;
        } catch (Exception e) {
            throw new ProjectException("Query on " + label() + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            conn.close();
        } catch (SQLException ignored) {
            // the database is closed by DuckDB on process exit in any case
        } finally {
            onClose.run();
        }
    }

    private void checkOpen() throws ProjectException {
        if (closed) {
            throw new ProjectException("Project " + label() + " is closed");
        }
    }

    private String label() {
        return "'" + settings.name() + "' (" + layout.directory() + ")";
    }

    static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    static Instant micros(Object o) {
        if (o == null) {
            return null;
        }
        long us = ((Number) o).longValue();
        return Instant.ofEpochSecond(Math.floorDiv(us, 1_000_000L), Math.floorMod(us, 1_000_000L) * 1000L);
    }
}
