package io.rapport.importer.xarchive.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.rapport.core.importer.ImportReport;
import io.rapport.core.importer.ImportRequest;
import io.rapport.core.importer.ImportService;
import io.rapport.core.importer.ImporterRegistry;
import io.rapport.core.model.ProjectSettings;
import io.rapport.core.store.ProjectStore;
import io.rapport.core.store.ProjectStoreProvider;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The real import service, importer registry and DuckDB store from the OSGi runtime, as the CLI uses them. */
final class ImportServices implements AutoCloseable {
    private final List<ServiceTracker<?, ?>> trackers = new ArrayList<>();
    final ImportService imports;
    final ProjectStoreProvider projects;
    final ImporterRegistry registry;

    ImportServices() throws InterruptedException {
        BundleContext bc = FrameworkUtil.getBundle(ImportServices.class).getBundleContext();
        imports = service(bc, ImportService.class);
        projects = service(bc, ProjectStoreProvider.class);
        registry = service(bc, ImporterRegistry.class);
    }

    private <T> T service(BundleContext bc, Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> t = new ServiceTracker<>(bc, type, null);
        t.open();
        trackers.add(t);
        T s = t.waitForService(20_000);
        assertNotNull(s, type.getName() + " is not registered");
        return s;
    }

    ProjectStore newProject(Path dir) throws Exception {
        return projects.create(dir, ProjectSettings.named("p"));
    }

    ImportReport importFiles(ProjectStore store, boolean strict, Path... inputs) throws Exception {
        return importFiles(store, strict, new NullProgressMonitor(), inputs);
    }

    ImportReport importFiles(ProjectStore store, boolean strict, IProgressMonitor monitor, Path... inputs)
            throws Exception {
        return imports.importFiles(store, new ImportRequest(List.of(inputs), null, strict), monitor);
    }

    /** Rows of a query, each row's columns joined with " | " (nulls as "null"). */
    static List<String> rows(ProjectStore store, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        store.query(sql, List.of(), r -> {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < r.columnCount(); i++) {
                b.append(i == 0 ? "" : " | ").append(r.get(i));
            }
            out.add(b.toString());
        });
        return out;
    }

    @Override
    public void close() {
        trackers.forEach(ServiceTracker::close);
    }
}
