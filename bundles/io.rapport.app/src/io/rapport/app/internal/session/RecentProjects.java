package io.rapport.app.internal.session;

import io.rapport.core.project.ProjectLayout;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.osgi.service.prefs.BackingStoreException;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The projects opened lately, most recent first, kept in the instance preferences. Directories that are no
 * longer projects are dropped when the list is read.
 */
public final class RecentProjects {
    static final String KEY = "recentProjects";
    static final int MAX = 10;
    private final IEclipsePreferences preferences;

    public RecentProjects(IEclipsePreferences preferences) {
        this.preferences = preferences;
    }

    /** Most recent first; only directories that still hold a project. */
    public synchronized List<Path> list() {
        List<Path> stored = stored();
        List<Path> existing = stored.stream().filter(p -> new ProjectLayout(p).isProject()).toList();
        if (existing.size() != stored.size()) {
            store(existing);
        }
        return existing;
    }

    public synchronized void add(Path directory) {
        Path dir = new ProjectLayout(directory).directory();
        List<Path> list = new ArrayList<>(stored());
        list.remove(dir);
        list.add(0, dir);
        store(list.subList(0, Math.min(MAX, list.size())));
    }

    public synchronized void remove(Path directory) {
        List<Path> list = new ArrayList<>(stored());
        if (list.remove(new ProjectLayout(directory).directory())) {
            store(list);
        }
    }

    private List<Path> stored() {
        String value = preferences.get(KEY, "");
        List<Path> out = new ArrayList<>();
        for (String line : value.split("\n")) {
            if (!line.isBlank()) {
                try {
                    out.add(Path.of(line));
                } catch (InvalidPathException e) {
                    // an entry from another platform or a damaged file: skip it
                }
            }
        }
        return out;
    }

    private void store(List<Path> list) {
        preferences.put(KEY, String.join("\n", list.stream().map(Path::toString).toList()));
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            // the list is a convenience: it stays in memory for this session
        }
    }
}
