package io.rapport.app;

import io.rapport.core.model.ProjectSettings;
import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The project open in this workbench, in the application's e4 context: inject it with
 * {@code @Inject ProjectSession}. At most one project is open; opening another closes the first.
 * <p>
 * Every change is posted on the {@code IEventBroker} with the current {@link ProjectOverview} as data:
 * {@link #TOPIC_OPENED}, {@link #TOPIC_CHANGED} (after an import or new settings), {@link #TOPIC_CLOSED}.
 * Methods that take a monitor do I/O: call them from a Job that uses {@link #rule()}, never from the UI thread.
 */
public interface ProjectSession {
    String TOPIC_BASE = "io/rapport/app/project/";
    /** All session events. */
    String TOPIC_ALL = TOPIC_BASE + "*";
    String TOPIC_OPENED = TOPIC_BASE + "opened";
    String TOPIC_CHANGED = TOPIC_BASE + "changed";
    String TOPIC_CLOSED = TOPIC_BASE + "closed";

    /**
     * The family of every Job that works on the open project (with {@link #rule()}): views return {@code true}
     * for it from {@code Job.belongsTo}, so that shutdown cancels their Jobs and waits for them before it
     * closes the store under them.
     */
    Object JOB_FAMILY = ProjectSession.class;

    /** The open project's store, if a project is open. Use it from Jobs holding {@link #rule()}. */
    Optional<ProjectStore> store();

    /** What the open project holds, as of the last open or refresh; cheap, safe in the UI thread. */
    Optional<ProjectOverview> overview();

    /** Opens the project in {@code directory}, closing the open one first. */
    ProjectOverview open(Path directory, IProgressMonitor monitor) throws ProjectException;

    /** Creates a project in {@code directory} and opens it, closing the open one first. */
    ProjectOverview create(Path directory, ProjectSettings settings, IProgressMonitor monitor) throws ProjectException;

    /** Takes over a store opened elsewhere (e.g. the freshly written sample project), closing the open one first. */
    ProjectOverview attach(ProjectStore store, IProgressMonitor monitor) throws ProjectException;

    /** Re-reads datasets, settings and totals after the open project changed, and posts {@link #TOPIC_CHANGED}. */
    ProjectOverview refresh(IProgressMonitor monitor) throws ProjectException;

    /** Closes the open project, if any. */
    void close();

    /** The rule every Job that reads or writes the open project uses, so that they run one at a time. */
    ISchedulingRule rule();
}
