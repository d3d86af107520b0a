package io.rapport.store.duckdb.tests;

import io.rapport.core.model.Interaction;
import io.rapport.core.model.ProjectSettings;
import io.rapport.core.project.ProjectLayout;
import io.rapport.core.project.ProjectSettingsFile;
import io.rapport.store.duckdb.internal.SchemaMigrator;

import org.duckdb.DuckDBDriver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Properties;

/** Writes a project exactly as an older build did: the tables of its schema version, filled by plain SQL. */
final class V1Project {
    private V1Project() {
    }

    static void create(Path dir, String name, List<Interaction> records) throws Exception {
        create(dir, name, records, 1);
    }

    /**
     * Writes the project at schema {@code version} with the records filled in by plain SQL (the V1 columns) and,
     * from version 5, the data version an older build would have left (5) and a derived table built at it.
     */
    static void create(Path dir, String name, List<Interaction> records, int version) throws Exception {
        ProjectLayout layout = new ProjectLayout(dir);
        Files.createDirectories(dir);
        new ProjectSettingsFile().write(layout.settingsFile(), ProjectSettings.named(name));
        try (Connection c = new DuckDBDriver().connect("jdbc:duckdb:" + layout.databaseFile(), new Properties())) {
            new SchemaMigrator().migrate(c, version);
            c.createStatement().execute("INSERT INTO datasets VALUES (nextval('dataset_ids'), 'old.jsonl', 'rapport-jsonl', "
                    + "TIMESTAMP '2026-01-01 00:00:00', " + records.size() + ", 0, 0)");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO interactions (channel, source_id, kind, "
                    + "author_handle, created_at, text, dataset_id, source_line, source_offset, raw) "
                    + "VALUES (?, ?, ?, ?, TIMESTAMP '2025-01-01 00:00:00', ?, 1, ?, 0, ?)")) {
                int line = 1;
                for (Interaction r : records) {
                    ps.setString(1, r.channel());
                    ps.setString(2, r.sourceId());
                    ps.setString(3, r.kind().id());
                    ps.setString(4, r.authorHandle());
                    ps.setString(5, r.text());
                    ps.setLong(6, line++);
                    ps.setString(7, Records.raw(r));
                    ps.executeUpdate();
                }
            }
            if (version >= 5) {
                c.createStatement().execute("UPDATE project_state SET data_version = 5");
                c.createStatement().execute("CREATE TABLE derived_counts AS SELECT count(*) AS n FROM interactions");
                c.createStatement().execute("INSERT INTO derived_tables VALUES ('derived_counts', 'v1 @ data version 5',"
                        + " TIMESTAMP '2026-01-01 00:00:00')");
            }
        }
    }
}
