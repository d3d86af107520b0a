package io.rapport.core.importer.internal;

import io.rapport.core.importer.ChannelImporter;
import io.rapport.core.importer.ImportInputException;
import io.rapport.core.importer.ImportPlan;
import io.rapport.core.importer.ImportPlanner;
import io.rapport.core.importer.ImportPreview;
import io.rapport.core.importer.ImportReport;
import io.rapport.core.importer.ImportReport.FileReport;
import io.rapport.core.importer.ImportRequest;
import io.rapport.core.importer.ImportService;
import io.rapport.core.importer.ImporterRegistry;
import io.rapport.core.store.Dataset;
import io.rapport.core.store.ImportTransaction;
import io.rapport.core.store.ImportTransaction.DatasetWriter;
import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Imports what the planner finds in the inputs (files, folder contents, archive entries) in one transaction,
 * one dataset per input. Any input that cannot be read, or an archive refused by a safety limit, fails the whole
 * import: nothing is committed.
 */
@Component(service = ImportService.class)
public final class ImportServiceComponent implements ImportService {

    @Reference
    private ImporterRegistry registry;

    @Reference
    private ImportPlanner planner;

    @Override
    public ImportReport importFiles(ProjectStore store, ImportRequest request, IProgressMonitor monitor)
            throws ImportInputException, ProjectException {
        SubMonitor progress = SubMonitor.convert(monitor, 100);
        try (ImportPlan plan = planner.plan(request, progress.split(2))) {
            return importPlan(store, request, plan, progress.split(98));
        }
    }

    @Override
    public ImportPreview preview(ImportRequest request, int records, IProgressMonitor monitor)
            throws ImportInputException {
        SubMonitor progress = SubMonitor.convert(monitor, "Looking at what the import would read",
                request.inputs().size());
        List<ImportPreview.File> files = new ArrayList<>();
        // one input at a time, so that each file is known to come from its input (a per-input format applies)
        for (Path input : request.inputs()) {
            try (ImportPlan plan = planner.plan(request.forInput(input), progress.split(1))) {
                for (ImportPlan.Unit unit : plan.units()) {
                    files.add(previewFile(input, unit, request, records));
                }
            }
        }
        return new ImportPreview(files);
    }

    private ImportPreview.File previewFile(Path input, ImportPlan.Unit unit, ImportRequest request, int records) {
        PreviewSink sink = new PreviewSink(records);
        String failure = null;
        Optional<ChannelImporter> importer = registry.importer(unit.format().id());
        if (importer.isEmpty()) {
            failure = "format '" + unit.format().id() + "' is no longer installed";
        } else {
            try {
                importer.get().read(unit.input(), sink, request.options(), new NullProgressMonitor());
            } catch (PreviewSink.Enough enough) {
                // the preview has its records
            } catch (IOException | RuntimeException e) {
                failure = e.getMessage() == null ? e.toString() : e.getMessage();
            }
        }
        return new ImportPreview.File(input, unit.input().displayName(), unit.format(), unit.why(), sink.records,
                sink.rejected, failure);
    }

    private ImportReport importPlan(ProjectStore store, ImportRequest request, ImportPlan plan,
            IProgressMonitor monitor) throws ImportInputException, ProjectException {
        List<ImportPlan.Unit> units = plan.units();
        long totalBytes = 0;
        for (ImportPlan.Unit u : units) {
            totalBytes += ticks(u);
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Importing " + units.size() + " file(s)",
                (int) Math.min(Integer.MAX_VALUE, Math.max(1, totalBytes)));
        List<FileReport> reports = new ArrayList<>();
        try (ImportTransaction tx = store.beginImport()) {
            for (ImportPlan.Unit unit : units) {
                String name = unit.input().displayName();
                progress.subTask(unit.input().fileName());
                ChannelImporter importer = registry.importer(unit.format().id())
                        .orElseThrow(() -> new ImportInputException("format '" + unit.format().id() + "' is no longer installed"));
                DatasetWriter writer = tx.beginDataset(name, unit.format().id());
                try {
                    importer.read(unit.input(), writer, request.options(), progress.split((int) Math.min(Integer.MAX_VALUE, ticks(unit))));
                } catch (IOException e) {
                    failIfRefused(plan);
                    throw new ImportInputException(cannotRead(name, e), e);
                } catch (RuntimeException e) {
                    failIfRefused(plan); // a refusal that surfaced as something else is still a refusal
                    throw e;
                }
                failIfRefused(plan);
                Dataset d = writer.finish();
                reports.add(new FileReport(name, unit.format().id(), d.imported(), d.duplicates(), d.rejected(),
                        writer.errors(), unit.why()));
            }
            if (progress.isCanceled()) {
                // cancelled while the last dataset was being stored: still nothing is committed
                throw new OperationCanceledException();
            }
            boolean rejectedAny = reports.stream().anyMatch(r -> r.rejected() > 0);
            if (request.strict() && rejectedAny) {
                return new ImportReport(false, reports, plan.skipped());
            }
            tx.commit();
            return new ImportReport(true, reports, plan.skipped());
        }
    }

    /** An archive hit a safety limit while it was read: the import fails even if the importer went on. */
    private static void failIfRefused(ImportPlan plan) throws ImportInputException {
        Optional<String> refusal = plan.refusal();
        if (refusal.isPresent()) {
            throw new ImportInputException(refusal.get());
        }
    }

    /** One line naming the input; messages that name it (or its archive) already are not prefixed again. */
    private static String cannotRead(String name, IOException e) {
        String m = String.valueOf(e.getMessage());
        int bang = name.indexOf("!/");
        return m.startsWith(bang < 0 ? name : name.substring(0, bang)) ? m : name + ": cannot read: " + m;
    }

    private static long ticks(ImportPlan.Unit unit) {
        return Math.max(1, unit.input().size() / 1024);
    }
}
