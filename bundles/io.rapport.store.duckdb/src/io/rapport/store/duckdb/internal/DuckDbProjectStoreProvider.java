package io.rapport.store.duckdb.internal;

import io.rapport.core.model.ProjectSettings;
import io.rapport.core.project.ProjectLayout;
import io.rapport.core.project.ProjectSettingsFile;
import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectLockedException;
import io.rapport.core.store.ProjectStore;
import io.rapport.core.store.ProjectStoreProvider;

import org.duckdb.DuckDBDriver;
import org.osgi.service.component.annotations.Component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Projects as a directory with {@code rapport-project.json} and one DuckDB database. */
@Component(service = ProjectStoreProvider.class, property = "rapport.store=duckdb")
public final class DuckDbProjectStoreProvider implements ProjectStoreProvider {
    private static final Pattern LOCK_HOLDER = Pattern.compile("Conflicting lock is held in (.*?) \\(PID (\\d+)\\)");

    private final ProjectSettingsFile settingsFile = new ProjectSettingsFile();
    private final SchemaMigrator migrator = new SchemaMigrator();
    /** Projects open in this process: DuckDB would share them silently, Rapport refuses a second opening. */
    private final Set<Path> openHere = ConcurrentHashMap.newKeySet();

    @Override
    public ProjectStore create(Path directory, ProjectSettings settings) throws ProjectException {
        ProjectLayout layout = new ProjectLayout(directory);
        if (layout.isProject() || Files.exists(layout.databaseFile())) {
            throw new ProjectException("Cannot create a project in " + layout.directory() + ": it already holds one");
        }
        try {
            Files.createDirectories(layout.directory());
            settingsFile.write(layout.settingsFile(), settings);
        } catch (IOException e) {
            throw new ProjectException("Cannot create a project in " + layout.directory() + ": " + e.getMessage(), e);
        }
        return open(layout, settings);
    }

    @Override
    public ProjectStore open(Path directory) throws ProjectException {
        ProjectLayout layout = new ProjectLayout(directory);
        if (!Files.isDirectory(layout.directory())) {
            throw new ProjectException("No project at " + layout.directory() + ": no such directory");
        }
        if (!layout.isProject()) {
            throw new ProjectException("No project at " + layout.directory() + ": it has no "
                    + ProjectLayout.SETTINGS_FILE);
        }
        if (!Files.isRegularFile(layout.databaseFile())) {
            // never create an empty database in place of a lost one: the user would see an empty project
            throw new ProjectException("Cannot open project " + layout.directory() + ": its database "
                    + ProjectLayout.DATABASE_FILE + " is missing");
        }
        ProjectSettings settings;
        try {
            settings = settingsFile.read(layout.settingsFile());
        } catch (IOException e) {
            throw new ProjectException("Cannot open project " + layout.directory() + ": " + e.getMessage(), e);
        }
        return open(layout, settings);
    }

    private ProjectStore open(ProjectLayout layout, ProjectSettings settings) throws ProjectException {
        String label = "'" + settings.name() + "' (" + layout.directory() + ")";
        if (!openHere.add(layout.directory())) {
            throw new ProjectLockedException("Project " + label + " is already open in this Rapport", null);
        }
        Connection conn = null;
        try {
            conn = connect(layout.databaseFile(), label);
            migrator.migrate(conn, SchemaMigrator.latestVersion());
            DuckDbProjectStore store = new DuckDbProjectStore(layout, settings, conn, settingsFile,
                    migrator.currentVersion(conn), () -> openHere.remove(layout.directory()));
            store.syncSettingsTables(settings);
            return store;
        } catch (SQLException | SchemaMigrator.NewerSchemaException | RuntimeException e) {
            closeQuietly(conn);
            openHere.remove(layout.directory());
            throw new ProjectException("Cannot open project " + label + ": " + e.getMessage(), e);
        } catch (ProjectException e) {
            closeQuietly(conn);
            openHere.remove(layout.directory());
            throw e;
        }
    }

    /** Opens the database, turning DuckDB's file-lock error into the product's own message. */
    static Connection connect(Path databaseFile, String label) throws ProjectException {
        try {
            Connection c = new DuckDBDriver().connect("jdbc:duckdb:" + databaseFile, new Properties());
            if (c == null) {
                throw new ProjectException("Cannot open project " + label + ": the DuckDB driver refused the file");
            }
            return c;
        } catch (SQLException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("Could not set lock")) {
                Matcher m = LOCK_HOLDER.matcher(message);
                String holder = m.find() ? " (PID " + m.group(2) + ")" : "";
                throw new ProjectLockedException("Project " + label + " is open in another process" + holder
                        + "; close it there first", e);
            }
            throw new ProjectException("Cannot open project " + label + ": " + message, e);
        }
    }

    private static void closeQuietly(Connection conn) {
        if (conn != null) {
            try {
                conn.close();
            } catch (SQLException ignored) {
                // already failing; the first error is the one to report
            }
        }
    }
}
