package io.rapport.core.importer.internal;

import io.rapport.core.importer.ChannelImporter;
import io.rapport.core.importer.ImportInput;
import io.rapport.core.importer.ImportInputException;
import io.rapport.core.importer.ImportReport;
import io.rapport.core.importer.ImportReport.FileReport;
import io.rapport.core.importer.ImportRequest;
import io.rapport.core.importer.ImportService;
import io.rapport.core.importer.ImporterDescriptor;
import io.rapport.core.importer.ImporterRegistry;
import io.rapport.core.store.Dataset;
import io.rapport.core.store.ImportTransaction;
import io.rapport.core.store.ImportTransaction.DatasetWriter;
import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Resolves inputs to importers, then imports them all in one transaction, one dataset per file. */
@Component(service = ImportService.class)
public final class ImportServiceComponent implements ImportService {

    @Reference
    private ImporterRegistry registry;

    /** A file, the importer chosen for it and, when that was not obvious, why. */
    private record Job(Path file, ImporterDescriptor format, String why) {
    }

    @Override
    public ImportReport importFiles(ProjectStore store, ImportRequest request, IProgressMonitor monitor)
            throws ImportInputException, ProjectException {
        List<Job> jobs = resolve(request);
        long totalBytes = 0;
        for (Job j : jobs) {
            totalBytes += size(j.file());
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Importing " + jobs.size() + " file(s)",
                (int) Math.min(Integer.MAX_VALUE, Math.max(1, totalBytes / 1024)));
        List<FileReport> reports = new ArrayList<>();
        try (ImportTransaction tx = store.beginImport()) {
            for (Job job : jobs) {
                progress.subTask(job.file().getFileName().toString());
                ChannelImporter importer = registry.importer(job.format().id())
                        .orElseThrow(() -> new ImportInputException("format '" + job.format().id() + "' is no longer installed"));
                DatasetWriter writer = tx.beginDataset(job.file().toString(), job.format().id());
                try {
                    importer.read(new ImportInput(job.file()), writer,
                            progress.split((int) Math.min(Integer.MAX_VALUE, Math.max(1, size(job.file()) / 1024))));
                } catch (IOException e) {
                    throw new ImportInputException(job.file() + ": cannot read: " + e.getMessage(), e);
                }
                Dataset d = writer.finish();
                reports.add(new FileReport(job.file().toString(), job.format().id(), d.imported(), d.duplicates(),
                        d.rejected(), writer.errors(), job.why()));
            }
            if (progress.isCanceled()) {
                // cancelled while the last dataset was being stored: still nothing is committed
                throw new OperationCanceledException();
            }
            boolean rejectedAny = reports.stream().anyMatch(r -> r.rejected() > 0);
            if (request.strict() && rejectedAny) {
                return new ImportReport(false, reports);
            }
            tx.commit();
            return new ImportReport(true, reports);
        }
    }

    private List<Job> resolve(ImportRequest request) throws ImportInputException {
        ImporterDescriptor forced = null;
        if (request.format() != null) {
            forced = registry.descriptor(request.format()).orElseThrow(() -> new ImportInputException(
                    "unknown format '" + request.format() + "' (installed: " + String.join(", ",
                            registry.descriptors().stream().map(ImporterDescriptor::id).toList()) + ")"));
        }
        List<Job> jobs = new ArrayList<>();
        FormatChooser chooser = new FormatChooser(registry);
        for (Path input : request.inputs()) {
            if (!Files.exists(input)) {
                throw new ImportInputException(input + ": no such file or directory");
            }
            if (Files.isDirectory(input)) {
                int before = jobs.size();
                for (Path f : filesUnder(input)) {
                    if (forced != null) {
                        if (forced.matchesFileName(f)) {
                            jobs.add(new Job(f, forced, null));
                        }
                    } else if (isNamedByAnImporter(f)) {
                        // in a folder only files some importer names are taken: a folder holds notes and media too
                        chooser.choose(f).ifPresent(c -> jobs.add(new Job(f, c.format(), c.why())));
                    }
                }
                if (jobs.size() == before) {
                    throw new ImportInputException(input + ": no importable files in this directory"
                            + (forced != null ? " for format " + forced.id() : ""));
                }
            } else {
                if (!Files.isReadable(input)) {
                    throw new ImportInputException(input + ": not readable");
                }
                if (forced != null) {
                    jobs.add(new Job(input, forced, null));
                } else {
                    FormatChooser.Choice c = chooser.choose(input).orElseThrow(() -> new ImportInputException(input
                            + ": no importer recognises this file; choose one with --format (see 'rapport formats')"));
                    jobs.add(new Job(input, c.format(), c.why()));
                }
            }
        }
        return jobs;
    }

    private boolean isNamedByAnImporter(Path file) {
        return ImporterDescriptor.mostSpecificFor(file, registry.descriptors()).isPresent();
    }

    private static List<Path> filesUnder(Path dir) throws ImportInputException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new ImportInputException(dir + ": cannot list: " + e.getMessage(), e);
        }
    }

    private static long size(Path file) throws ImportInputException {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new ImportInputException(file + ": not readable: " + e.getMessage(), e);
        }
    }
}
