package io.rapport.testsupport;

import io.rapport.core.importer.ImportService;
import io.rapport.core.importer.ImporterRegistry;
import io.rapport.core.store.ProjectStoreProvider;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import java.util.ArrayList;
import java.util.List;

/**
 * The real services a test uses, looked up in the OSGi runtime the test runs in (waiting for Declarative
 * Services to register them), so that importers are tested as the command line and the workbench use them.
 * Close it after the tests.
 */
public final class RapportServices implements AutoCloseable {
    private static final long TIMEOUT_MS = 20_000;
    private final BundleContext context;
    private final List<ServiceTracker<?, ?>> trackers = new ArrayList<>();

    private RapportServices(BundleContext context) {
        this.context = context;
    }

    /** The services as seen from the bundle (or fragment host) of the test class. */
    public static RapportServices forTest(Class<?> testClass) {
        return new RapportServices(FrameworkUtil.getBundle(testClass).getBundleContext());
    }

    /** @throws IllegalStateException naming the service when it is not registered in time */
    public synchronized <T> T get(Class<T> type) {
        return track(type, new ServiceTracker<>(context, type, null));
    }

    /**
     * The service of {@code type} whose properties match an LDAP filter, e.g. one of several indicators by id:
     * {@code get(JourneyIndicator.class, "(rapport.indicator.id=response-rate)")}.
     *
     * @throws IllegalStateException naming the service when it is not registered in time
     */
    public synchronized <T> T get(Class<T> type, String filter) {
        try {
            return track(type, new ServiceTracker<>(context, context.createFilter("(&(objectClass=" + type.getName()
                    + ")" + filter + ")"), null));
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalArgumentException("not an LDAP filter: " + filter, e);
        }
    }

    @SuppressWarnings("unchecked")
    private <T> T track(Class<T> type, ServiceTracker<?, ?> t) {
        t.open();
        trackers.add(t);
        try {
            T service = (T) t.waitForService(TIMEOUT_MS);
            if (service == null) {
                throw new IllegalStateException(type.getName() + " is not registered");
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + type.getName(), e);
        }
    }

    public ImportService imports() {
        return get(ImportService.class);
    }

    public ProjectStoreProvider projects() {
        return get(ProjectStoreProvider.class);
    }

    public ImporterRegistry registry() {
        return get(ImporterRegistry.class);
    }

    @Override
    public synchronized void close() {
        trackers.forEach(ServiceTracker::close);
        trackers.clear();
    }
}
