package io.rapport.core.importer.internal;

import io.rapport.core.importer.ChannelImporter;
import io.rapport.core.importer.ImporterDescriptor;
import io.rapport.core.importer.ImporterRegistry;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Lists importers from their service properties; an importer is only instantiated when it is asked for. */
@Component(service = ImporterRegistry.class)
public final class ImporterRegistryComponent implements ImporterRegistry {
    private final Map<ServiceReference<ChannelImporter>, ImporterDescriptor> importers = new ConcurrentHashMap<>();
    /** Importers in use, got once from the framework and given back when they go away. */
    private final Map<ServiceReference<ChannelImporter>, ChannelImporter> instances = new ConcurrentHashMap<>();
    private BundleContext context;

    @Activate
    void activate(BundleContext bundleContext) {
        this.context = bundleContext;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, service = ChannelImporter.class)
    void addImporter(ServiceReference<ChannelImporter> reference) {
        importers.put(reference, describe(reference));
    }

    void removeImporter(ServiceReference<ChannelImporter> reference) {
        importers.remove(reference);
        if (instances.remove(reference) != null) {
            context.ungetService(reference);
        }
    }

    @Override
    public List<ImporterDescriptor> descriptors() {
        List<ImporterDescriptor> list = new ArrayList<>(importers.values());
        list.sort(Comparator.comparing(ImporterDescriptor::id));
        return list;
    }

    @Override
    public Optional<ImporterDescriptor> descriptor(String id) {
        return importers.values().stream().filter(d -> d.id().equals(id)).findFirst();
    }

    @Override
    public Optional<ChannelImporter> importer(String id) {
        return importers.entrySet().stream().filter(e -> e.getValue().id().equals(id)).findFirst()
                .map(e -> instances.computeIfAbsent(e.getKey(), context::getService));
    }

    static ImporterDescriptor describe(ServiceReference<?> ref) {
        return new ImporterDescriptor(string(ref, ChannelImporter.ID), string(ref, ChannelImporter.LABEL),
                string(ref, ChannelImporter.CHANNEL), strings(ref.getProperty(ChannelImporter.FILE_PATTERNS)),
                string(ref, ChannelImporter.VERSION), strings(ref.getProperty(ChannelImporter.CONTAINERS)),
                strings(ref.getProperty(ChannelImporter.REQUIRED_OPTIONS)));
    }

    private static String string(ServiceReference<?> ref, String key) {
        Object v = ref.getProperty(key);
        return v == null ? "" : v.toString();
    }

    private static List<String> strings(Object value) {
        if (value instanceof String[] a) {
            return Arrays.asList(a);
        }
        if (value instanceof String s) {
            return Arrays.stream(s.split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList();
        }
        return List.of();
    }
}
