package io.rapport.store.duckdb.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Brings a project database to the current schema version by applying the numbered scripts in
 * {@code schema/} in order, each in its own transaction together with its row in {@code rapport_schema}.
 * A project made by an older build opens in a newer one; a newer project is refused with a clear message.
 */
public final class SchemaMigrator {
    /** The scripts, in order: script i brings the schema to version i + 1. Never edit a released script. */
    static final List<String> SCRIPTS = List.of("V1__initial.sql", "V2__import_errors_and_roles.sql",
            "V3__sentiment_scores.sql", "V4__rejected_raw.sql",
            "V5__derived_tables.sql", "V6__survey.sql", "V7__project_documents.sql", "V8__originals_as_templates.sql");

    public static int latestVersion() {
        return SCRIPTS.size();
    }

    /** The schema version of the database, 0 for an empty database. */
    public int currentVersion(Connection conn) throws SQLException {
        try (Statement st = conn.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM information_schema.tables "
                        + "WHERE table_name = 'rapport_schema'")) {
            rs.next();
            if (rs.getLong(1) == 0) {
                return 0;
            }
        }
        try (Statement st = conn.createStatement();
                ResultSet rs = st.executeQuery("SELECT coalesce(max(version), 0) FROM rapport_schema")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * The scripts that bring the schema to version {@code v}: its script, and for version 8 first
     * {@link #STRING_COMPRESSION_8} when the interactions table is empty (a new project). A table holding
     * interactions keeps its columns' compression: re-creating it would copy every row and leave the old ones'
     * blocks free in the file (measured: a project of 2 million interactions grew from 219 to 527 MB).
     */
    private static List<String> scriptsFor(int v, Statement st) throws SQLException {
        if (v == 8) {
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM interactions")) {
                rs.next();
                if (rs.getLong(1) == 0) {
                    return List.of(STRING_COMPRESSION_8, SCRIPTS.get(v - 1));
                }
            }
        }
        return List.of(SCRIPTS.get(v - 1));
    }

    /** Re-creates an empty interactions table with zstd on every string column (see {@link #scriptsFor}). */
    static final String STRING_COMPRESSION_8 = "V8__string_compression.sql";

    /**
     * Applies the scripts after the current version up to {@code target}.
     *
     * @return the version reached
     * @throws SQLException         if a script fails (that script's changes are rolled back)
     * @throws NewerSchemaException if the database is newer than this build
     */
    public int migrate(Connection conn, int target) throws SQLException, NewerSchemaException {
        int current = currentVersion(conn);
        if (current > latestVersion()) {
            throw new NewerSchemaException(current, latestVersion());
        }
        boolean autoCommit = conn.getAutoCommit();
        conn.setAutoCommit(false);
        try {
            for (int v = current + 1; v <= target; v++) {
                try (Statement st = conn.createStatement()) {
                    for (String name : scriptsFor(v, st)) {
                        for (String sql : statements(script(name))) {
                            st.execute(sql);
                        }
                    }
                    st.execute("INSERT INTO rapport_schema VALUES (" + v + ", now()::TIMESTAMP)");
                    conn.commit();
                } catch (SQLException e) {
                    conn.rollback();
                    throw new SQLException("schema migration to version " + v + " failed: " + e.getMessage(), e);
                }
            }
        } finally {
            conn.setAutoCommit(autoCommit);
        }
        return Math.max(current, target);
    }

    private static String script(String name) throws SQLException {
        try (InputStream in = SchemaMigrator.class.getResourceAsStream("/schema/" + name)) {
            if (in == null) {
                throw new SQLException("schema script " + name + " is missing from the bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SQLException("cannot read schema script " + name, e);
        }
    }

    /** Splits a script at semicolons that end a line; comment lines are dropped. */
    static List<String> statements(String script) {
        StringBuilder clean = new StringBuilder();
        for (String line : script.split("\n")) {
            if (!line.strip().startsWith("--")) {
                clean.append(line).append('\n');
            }
        }
        return java.util.Arrays.stream(clean.toString().split(";\\s*\n")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** The database was made by a newer Rapport. */
    public static final class NewerSchemaException extends Exception {
        private static final long serialVersionUID = 1L;

        NewerSchemaException(int found, int supported) {
            super("its schema version " + found + " is newer than this Rapport supports (" + supported
                    + "); open it with a newer Rapport");
        }
    }
}
