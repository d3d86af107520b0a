package io.rapport.importer.core.internal;

import io.rapport.core.importer.ImportInputException;
import io.rapport.core.importer.ImportPlan;
import io.rapport.core.importer.ImportPlanner;
import io.rapport.core.importer.ImportRequest;
import io.rapport.core.importer.ImporterRegistry;
import io.rapport.importer.core.ContainerLimits;

import org.eclipse.core.runtime.IProgressMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Plans imports with the installed importers and the default {@link ContainerLimits}. */
@Component(service = ImportPlanner.class)
public final class ImportPlannerComponent implements ImportPlanner {

    @Reference
    private ImporterRegistry registry;

    @Override
    public ImportPlan plan(ImportRequest request, IProgressMonitor monitor) throws ImportInputException {
        return new Planner(registry, ContainerLimits.DEFAULT, monitor).plan(request);
    }
}
