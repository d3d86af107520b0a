package io.rapport.core.project;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a project keeps its parts. A project is a directory holding a readable settings file and one
 * database with every record of the project in it (no side files, so that a person can be erased completely).
 */
public record ProjectLayout(Path directory) {
    public static final String SETTINGS_FILE = "rapport-project.json";
    public static final String DATABASE_FILE = "project.duckdb";

    public ProjectLayout {
        directory = directory.toAbsolutePath().normalize();
    }

    public Path settingsFile() {
        return directory.resolve(SETTINGS_FILE);
    }

    public Path databaseFile() {
        return directory.resolve(DATABASE_FILE);
    }

    public boolean isProject() {
        return Files.isRegularFile(settingsFile());
    }
}
