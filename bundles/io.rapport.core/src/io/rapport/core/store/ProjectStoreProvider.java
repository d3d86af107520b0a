package io.rapport.core.store;

import io.rapport.core.model.ProjectSettings;

import java.nio.file.Path;

/** Creates and opens projects. A DS service; the DuckDB store is the default implementation. */
public interface ProjectStoreProvider {

    /**
     * Creates a new project in {@code directory} (created if missing; must not already hold a project).
     *
     * @throws ProjectException if the directory already holds a project or cannot be written
     */
    ProjectStore create(Path directory, ProjectSettings settings) throws ProjectException;

    /**
     * Opens an existing project, migrating its schema if an older build made it.
     *
     * @throws ProjectLockedException if another process has it open
     * @throws ProjectException       if it is not a project, or a newer build made it
     */
    ProjectStore open(Path directory) throws ProjectException;
}
