package io.rapport.importer.reddit.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import java.util.ArrayList;
import java.util.List;

/** The real services of the test runtime (import service, registry, DuckDB store provider), as the CLI gets them. */
final class OsgiServices implements AutoCloseable {
    private final BundleContext context = FrameworkUtil.getBundle(OsgiServices.class).getBundleContext();
    private final List<ServiceTracker<?, ?>> trackers = new ArrayList<>();

    <T> T get(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> t = new ServiceTracker<>(context, type, null);
        t.open();
        trackers.add(t);
        T s = t.waitForService(20_000);
        assertTrue(s != null, type.getName() + " is not registered");
        return s;
    }

    @Override
    public void close() {
        trackers.forEach(ServiceTracker::close);
    }
}
