package io.rapport.app;

import io.rapport.core.model.ProjectSettings;
import io.rapport.core.store.Dataset;
import io.rapport.core.store.ProjectSummary;

import java.nio.file.Path;
import java.util.List;

/** A snapshot of what an open project holds, read in the background so that views never query in the UI thread. */
public record ProjectOverview(Path directory, ProjectSettings settings, List<Dataset> datasets,
        ProjectSummary summary) {

    public ProjectOverview {
        datasets = List.copyOf(datasets);
    }

    public String name() {
        return settings.name();
    }
}
