package io.rapport.app.internal.session;

import io.rapport.app.ProjectOverview;
import io.rapport.app.ProjectSession;
import io.rapport.app.internal.ProjectJob;
import io.rapport.app.internal.progress.RunningJobs;
import io.rapport.app.internal.progress.TrackingProgressProvider;
import io.rapport.core.store.ProjectStoreProvider;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.jobs.IJobManager;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.EventTopic;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.osgi.service.event.Event;

/**
 * Puts the project session, the recent-projects list and the Job progress tracking into the application
 * context, and closes the project when the workbench shuts down (so that other processes can open it).
 */
public final class SessionAddon {
    /** How long shutdown waits for a cancelled import to roll back before closing the store anyway (ms). */
    private static final long SHUTDOWN_WAIT = 10_000;

    private WorkbenchProjectSession session;
    private RecentProjects recent;
    private RunningJobs runningJobs;

    @PostConstruct
    void start(IEclipseContext applicationContext, @Service ProjectStoreProvider provider, IEventBroker events) {
        session = new WorkbenchProjectSession(provider, events);
        recent = new RecentProjects(InstanceScope.INSTANCE.getNode("io.rapport.app"));
        runningJobs = new RunningJobs();
        IJobManager jobs = Job.getJobManager();
        jobs.setProgressProvider(new TrackingProgressProvider(runningJobs));
        jobs.addJobChangeListener(runningJobs);
        applicationContext.set(ProjectSession.class, session);
        applicationContext.set(RecentProjects.class, recent);
        applicationContext.set(RunningJobs.class, runningJobs);
    }

    @Inject
    @Optional
    void projectOpened(@EventTopic(ProjectSession.TOPIC_OPENED) ProjectOverview overview) {
        recent.add(overview.directory());
    }

    @Inject
    @Optional
    void shutdownStarted(@EventTopic(UIEvents.UILifeCycle.APP_SHUTDOWN_STARTED) Event event) {
        closeProject();
    }

    @PreDestroy
    void stop() {
        closeProject();
        IJobManager jobs = Job.getJobManager();
        jobs.removeJobChangeListener(runningJobs);
        jobs.setProgressProvider(null);
    }

    private void closeProject() {
        if (session == null) {
            return;
        }
        IJobManager jobs = Job.getJobManager();
        jobs.cancel(ProjectJob.FAMILY);
        try {
            long deadline = System.currentTimeMillis() + SHUTDOWN_WAIT;
            while (jobs.find(ProjectJob.FAMILY).length > 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        session.dispose();
    }
}
