package io.rapport.cycle.core.internal;

import io.rapport.core.importer.ImportReport;
import io.rapport.core.importer.ImportRequest;
import io.rapport.core.model.ProjectSettings;
import io.rapport.core.store.ProjectStore;
import io.rapport.testsupport.RapportServices;

import org.eclipse.core.runtime.NullProgressMonitor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds a project from interchange-format lines through the real import service and DuckDB store. */
final class TestProject {
    private final List<String> lines = new ArrayList<>();

    /** One interaction; {@code author} is {@code handle} or {@code handle:role[:department]}. */
    TestProject add(String channel, String id, String kind, String author, String createdAt, String text,
            String extraJson) {
        String[] a = author.split(":");
        StringBuilder json = new StringBuilder("{\"channel\":\"" + channel + "\",\"id\":\"" + id + "\",\"kind\":\""
                + kind + "\",\"author\":{\"handle\":\"" + a[0] + "\"");
        if (a.length > 1) {
            json.append(",\"role\":\"").append(a[1]).append('"');
        }
        if (a.length > 2) {
            json.append(",\"department\":\"").append(a[2]).append('"');
        }
        json.append("},\"created_at\":\"").append(createdAt).append("\",\"text\":\"").append(text).append('"');
        if (extraJson != null) {
            json.append(',').append(extraJson);
        }
        lines.add(json.append('}').toString());
        return this;
    }

    ProjectStore create(RapportServices services, Path dir, ProjectSettings settings) throws Exception {
        ProjectStore store = services.projects().create(dir.resolve("project"), settings);
        Path file = dir.resolve("interactions.jsonl");
        Files.write(file, lines);
        ImportReport report = services.imports().importFiles(store, new ImportRequest(List.of(file), null, true),
                new NullProgressMonitor());
        if (report.imported() != lines.size()) {
            throw new AssertionError("test data did not import: " + report);
        }
        return store;
    }
}
