package io.rapport.testsupport;

import io.rapport.core.importer.ImportReport;
import io.rapport.core.importer.ImportRequest;
import io.rapport.core.model.ProjectSettings;
import io.rapport.core.store.ProjectStore;

import org.eclipse.core.runtime.NullProgressMonitor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small hand-made project for analysis tests: interactions written as interchange-format lines and imported
 * through the real import service into the real store, so that the test data goes the way user data goes.
 */
public final class InterchangeProject {
    private final List<String> lines = new ArrayList<>();
    private final Map<String, String> names = new HashMap<>();

    /** Gives {@code handle} a display name in the interactions added after this call. */
    public InterchangeProject name(String handle, String displayName) {
        names.put(handle, displayName);
        return this;
    }

    /**
     * Adds one interaction.
     *
     * @param author    {@code handle} or {@code handle:role[:department]}
     * @param extraJson further fields, e.g. {@code "in_reply_to":"c1"}, or {@code null}
     */
    public InterchangeProject add(String channel, String id, String kind, String author, String createdAt,
            String text, String extraJson) {
        String[] a = author.split(":");
        StringBuilder json = new StringBuilder("{\"channel\":").append(quoted(channel)).append(",\"id\":")
                .append(quoted(id)).append(",\"kind\":").append(quoted(kind)).append(",\"author\":{\"handle\":")
                .append(quoted(a[0]));
        if (names.containsKey(a[0])) {
            json.append(",\"name\":").append(quoted(names.get(a[0])));
        }
        if (a.length > 1) {
            json.append(",\"role\":").append(quoted(a[1]));
        }
        if (a.length > 2) {
            json.append(",\"department\":").append(quoted(a[2]));
        }
        json.append("},\"created_at\":").append(quoted(createdAt)).append(",\"text\":").append(quoted(text));
        if (extraJson != null) {
            json.append(',').append(extraJson);
        }
        lines.add(json.append('}').toString());
        return this;
    }

    /** Creates the project in {@code dir/project} and imports every line; the caller closes the store. */
    public ProjectStore create(RapportServices services, Path dir, ProjectSettings settings) throws Exception {
        ProjectStore store = services.projects().create(dir.resolve("project"), settings);
        try {
            Path file = write(dir.resolve("interactions.jsonl"));
            ImportReport report = services.imports().importFiles(store, new ImportRequest(List.of(file), null, true),
                    new NullProgressMonitor());
            if (report.imported() != lines.size()) {
                throw new AssertionError("test data did not import: " + report);
            }
            return store;
        } catch (Exception | AssertionError e) {
            store.close();
            throw e;
        }
    }

    /** Writes the lines to {@code file}. */
    public Path write(Path file) throws IOException {
        return Files.write(file, lines);
    }

    private static String quoted(String s) {
        StringBuilder q = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                default -> q.append(c);
            }
        }
        return q.append('"').toString();
    }
}
