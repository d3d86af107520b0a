package io.rapport.explorer.core.internal;

import io.rapport.core.store.ProjectStore;
import io.rapport.explorer.core.InteractionBrowser;
import io.rapport.explorer.core.ProjectInteractions;
import io.rapport.sample.SampleProjects;
import io.rapport.testsupport.RapportServices;

import org.eclipse.core.runtime.NullProgressMonitor;

import java.nio.file.Path;

/**
 * A project a test class browses: the real services, the keyword sentiment model active, the project open and
 * its interactions bound. Close it after the class.
 */
record BrowsedProject(RapportServices services, KeywordSentimentModel model, ProjectStore store,
        ProjectInteractions interactions) implements AutoCloseable {

    /** The hand-made {@link ExplorerProject}. */
    static BrowsedProject handMade(Class<?> testClass, Path dir) throws Exception {
        RapportServices services = RapportServices.forTest(testClass);
        KeywordSentimentModel model = new KeywordSentimentModel();
        return open(services, model, ExplorerProject.create(services, dir));
    }

    /** The built-in sample project. */
    static BrowsedProject sample(Class<?> testClass, Path dir) throws Exception {
        RapportServices services = RapportServices.forTest(testClass);
        KeywordSentimentModel model = new KeywordSentimentModel();
        return open(services, model, services.get(SampleProjects.class).create(dir, new NullProgressMonitor()));
    }

    private static BrowsedProject open(RapportServices services, KeywordSentimentModel model, ProjectStore store)
            throws Exception {
        return new BrowsedProject(services, model, store,
                services.get(InteractionBrowser.class).interactions(store, new NullProgressMonitor()));
    }

    @Override
    public void close() {
        store.close();
        model.close();
        services.close();
    }
}
