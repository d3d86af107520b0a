package io.rapport.cli.internal;

import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

import java.util.HashMap;
import java.util.Map;

/** Looks services up with trackers that stay open until {@link #close()}, waiting for DS to register them. */
public final class OsgiServiceLookup implements CliServices.Lookup, AutoCloseable {
    private static final long TIMEOUT_MS = 30_000;
    private final BundleContext context;
    private final Map<Class<?>, ServiceTracker<?, ?>> trackers = new HashMap<>();

    public OsgiServiceLookup(BundleContext context) {
        this.context = context;
    }

    @Override
    public synchronized <T> T get(Class<T> type) {
        @SuppressWarnings("unchecked")
        ServiceTracker<T, T> tracker = (ServiceTracker<T, T>) trackers.computeIfAbsent(type, t -> {
            ServiceTracker<T, T> st = new ServiceTracker<>(context, type, null);
            st.open();
            return st;
        });
        try {
            T service = tracker.waitForService(TIMEOUT_MS);
            if (service == null) {
                throw new IllegalStateException("the service " + type.getName() + " is not available; is its bundle installed?");
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + type.getName(), e);
        }
    }

    @Override
    public synchronized void close() {
        trackers.values().forEach(ServiceTracker::close);
        trackers.clear();
    }
}
