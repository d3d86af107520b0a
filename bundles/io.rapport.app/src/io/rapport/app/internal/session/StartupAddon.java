package io.rapport.app.internal.session;

import io.rapport.app.internal.ProjectJobs;
import io.rapport.app.internal.UserMessages;
import io.rapport.sample.SampleProjects;

import jakarta.inject.Inject;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.service.event.Event;

import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * Opens a project once the workbench is up: the one named by {@code -Drapport.project=DIR}, else the most
 * recent one, else the built-in sample project (written on first use into the instance location).
 */
public final class StartupAddon {
    /** System property naming the project to open at start. */
    public static final String PROJECT_PROPERTY = "rapport.project";
    static final String SAMPLE_DIRECTORY = "sample-project";

    // fields, not parameters of the event method: with an @Optional @Service parameter the event method was
    // never called (e4 4.41), without any message
    @Inject
    private ProjectJobs jobs;
    @Inject
    private RecentProjects recent;
    @Inject
    private UserMessages messages;
    @Inject
    @Optional
    @Service(dynamic = true)
    private SampleProjects samples;

    @Inject
    @Optional
    void startupComplete(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event) {
        String requested = System.getProperty(PROJECT_PROPERTY);
        if (requested != null && !requested.isBlank()) {
            try {
                jobs.open(Path.of(requested.strip()));
            } catch (InvalidPathException e) {
                messages.error("Cannot Open Project", "-D" + PROJECT_PROPERTY + "=" + requested
                        + " is not a valid directory name");
            }
            return;
        }
        List<Path> recentProjects = recent.list();
        if (!recentProjects.isEmpty()) {
            jobs.open(recentProjects.get(0));
        } else if (samples != null) {
            jobs.openSample(sampleDirectory(), samples);
        }
    }

    /** {@code <instance location>/sample-project}, or {@code ~/.rapport/sample-project} without one. */
    static Path sampleDirectory() {
        Location instance = Platform.getInstanceLocation();
        if (instance != null && instance.getURL() != null) {
            try {
                return Path.of(instance.getURL().toURI()).resolve(SAMPLE_DIRECTORY);
            } catch (URISyntaxException | IllegalArgumentException e) {
                // a location URL with spaces is not a valid URI: fall back to the file part
                return Path.of(instance.getURL().getFile()).resolve(SAMPLE_DIRECTORY);
            }
        }
        return Path.of(System.getProperty("user.home"), ".rapport", SAMPLE_DIRECTORY);
    }
}
