package io.rapport.explorer.core.internal;

import io.rapport.core.store.ProjectStore;
import io.rapport.explorer.core.InteractionBrowser;
import io.rapport.explorer.core.ProjectInteractions;
import io.rapport.sample.SampleProjects;
import io.rapport.testsupport.KeywordSentimentModel;
import io.rapport.testsupport.RapportServices;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A project a test class browses, as a JUnit extension ({@code @RegisterExtension static}): before the class,
 * the real services, the keyword sentiment model active, the project written into a temporary directory and
 * its interactions bound; after it, all closed and deleted.
 */
final class BrowsedProject implements BeforeAllCallback, AfterAllCallback {

    /** How the project is made. */
    @FunctionalInterface
    private interface Maker {
        ProjectStore make(RapportServices services, Path dir) throws Exception;
    }

    private final Maker maker;
    private Path dir;
    private RapportServices services;
    private KeywordSentimentModel model;
    private ProjectStore store;
    private ProjectInteractions interactions;

    private BrowsedProject(Maker maker) {
        this.maker = maker;
    }

    /** The hand-made {@link ExplorerProject}. */
    static BrowsedProject handMade() {
        return new BrowsedProject(ExplorerProject::create);
    }

    /** The built-in sample project. */
    static BrowsedProject sample() {
        return new BrowsedProject((services, dir) -> services.get(SampleProjects.class).create(dir.resolve("sample"),
                new NullProgressMonitor()));
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        dir = Files.createTempDirectory("explorer-test");
        services = RapportServices.forTest(context.getRequiredTestClass());
        model = ExplorerKeywords.register();
        store = maker.make(services, dir);
        interactions = services.get(InteractionBrowser.class).interactions(store, new NullProgressMonitor());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        store.close();
        model.close();
        services.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    RapportServices services() {
        return services;
    }

    ProjectStore store() {
        return store;
    }

    ProjectInteractions interactions() {
        return interactions;
    }

    /** A directory of the test's own, deleted after the class. */
    Path dir() {
        return dir;
    }
}
