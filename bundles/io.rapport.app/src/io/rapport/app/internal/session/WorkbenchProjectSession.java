package io.rapport.app.internal.session;

import io.rapport.app.ProjectOverview;
import io.rapport.app.ProjectSession;
import io.rapport.core.model.ProjectSettings;
import io.rapport.core.project.ProjectLayout;
import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;
import io.rapport.core.store.ProjectStoreProvider;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.e4.core.services.events.IEventBroker;

import java.nio.file.Path;
import java.util.Optional;

/** The one open project of the workbench; see {@link ProjectSession}. */
public final class WorkbenchProjectSession implements ProjectSession {
    private final ProjectStoreProvider provider;
    private final IEventBroker events;
    private final ISchedulingRule rule = new ProjectRule();
    private ProjectStore store;
    private volatile ProjectOverview overview;

    public WorkbenchProjectSession(ProjectStoreProvider provider, IEventBroker events) {
        this.provider = provider;
        this.events = events;
    }

    @Override
    public synchronized Optional<ProjectStore> store() {
        return Optional.ofNullable(store);
    }

    @Override
    public Optional<ProjectOverview> overview() {
        return Optional.ofNullable(overview);
    }

    @Override
    public synchronized ProjectOverview open(Path directory, IProgressMonitor monitor) throws ProjectException {
        SubMonitor progress = SubMonitor.convert(monitor, "Opening " + directory, 3);
        if (store != null && store.directory().equals(new ProjectLayout(directory).directory())) {
            return refresh(progress.split(3));
        }
        // open the new one before closing the old one: if it fails (locked, not a project) the user keeps working
        ProjectStore opened = provider.open(directory);
        progress.worked(1);
        return install(opened, progress.split(2));
    }

    @Override
    public synchronized ProjectOverview create(Path directory, ProjectSettings settings, IProgressMonitor monitor)
            throws ProjectException {
        SubMonitor progress = SubMonitor.convert(monitor, "Creating " + directory, 3);
        ProjectStore created = provider.create(directory, settings);
        progress.worked(1);
        return install(created, progress.split(2));
    }

    @Override
    public synchronized ProjectOverview attach(ProjectStore opened, IProgressMonitor monitor) throws ProjectException {
        return install(opened, monitor);
    }

    @Override
    public synchronized ProjectOverview refresh(IProgressMonitor monitor) throws ProjectException {
        if (store == null) {
            throw new ProjectException("No project is open");
        }
        overview = read(store, monitor);
        events.post(TOPIC_CHANGED, overview);
        return overview;
    }

    @Override
    public synchronized void close() {
        if (store == null) {
            return;
        }
        ProjectOverview closed = overview;
        try {
            store.close();
        } finally {
            store = null;
            overview = null;
            events.post(TOPIC_CLOSED, closed);
        }
    }

    /** Closes the project at shutdown, without an event: the UI that would receive it is going away. */
    public synchronized void dispose() {
        if (store != null) {
            try {
                store.close();
            } finally {
                store = null;
                overview = null;
            }
        }
    }

    @Override
    public ISchedulingRule rule() {
        return rule;
    }

    private ProjectOverview install(ProjectStore opened, IProgressMonitor monitor) throws ProjectException {
        ProjectOverview read;
        try {
            read = read(opened, monitor);
        } catch (ProjectException | RuntimeException e) {
            opened.close();
            throw e;
        }
        close();
        store = opened;
        overview = read;
        events.post(TOPIC_OPENED, read);
        return read;
    }

    private static ProjectOverview read(ProjectStore s, IProgressMonitor monitor) throws ProjectException {
        SubMonitor progress = SubMonitor.convert(monitor, "Reading " + s.settings().name(), 2);
        var datasets = s.datasets();
        progress.worked(1);
        var summary = s.summary();
        progress.worked(1);
        return new ProjectOverview(s.directory(), s.settings(), datasets, summary);
    }
}
