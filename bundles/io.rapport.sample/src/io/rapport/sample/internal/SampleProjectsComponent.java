package io.rapport.sample.internal;

import io.rapport.core.importer.ImportInputException;
import io.rapport.core.importer.ImportReport;
import io.rapport.core.importer.ImportRequest;
import io.rapport.core.importer.ImportService;
import io.rapport.core.project.ProjectLayout;
import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;
import io.rapport.core.store.ProjectStoreProvider;
import io.rapport.hierarchy.core.InstrumentFile;
import io.rapport.hierarchy.core.SurveyImportReport;
import io.rapport.hierarchy.core.SurveyImportRequest;
import io.rapport.hierarchy.core.SurveyImporter;
import io.rapport.sample.SampleProjects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Creates the sample project the way a user would build one: a new project with the company's settings, each
 * channel's export in that channel's own format imported through its importer (one dataset per file; see
 * {@link ExportFormats}), and a survey file of
 * answers to the demo instrument, imported into the project with it.
 */
@Component(service = SampleProjects.class)
public final class SampleProjectsComponent implements SampleProjects {

    @Reference
    private ProjectStoreProvider stores;

    @Reference
    private ImportService importer;

    @Reference
    private SurveyImporter surveys;

    @Override
    public ProjectStore create(Path directory, IProgressMonitor monitor) throws ProjectException {
        SubMonitor progress = SubMonitor.convert(monitor, "Creating the sample project", 100);
        ProjectLayout layout = new ProjectLayout(directory);
        if (layout.isProject() || Files.exists(layout.databaseFile())) {
            // the provider would refuse too, but only after the sample had been generated for nothing
            throw new ProjectException("Cannot create the sample project in " + layout.directory()
                    + ": it already holds a project");
        }
        SampleGenerator generator = SampleGenerator.standard();
        SampleData data = generator.generate(progress.split(20));
        ProjectStore store = stores.create(directory, generator.company().settings());
        try {
            importExports(store, data, new ExportFormats(generator.company(), generator.calendar()), progress.split(70));
            importSurvey(store, data, progress.split(10));
            return store;
        } catch (ProjectException | RuntimeException e) {
            abandon(store);
            throw e;
        } catch (IOException e) {
            abandon(store);
            throw new ProjectException("Cannot write the sample survey into " + layout.directory() + ": "
                    + e.getMessage(), e);
        }
    }

    /** Writes the survey file into the project's {@code samples} folder and imports it with the demo instrument. */
    private void importSurvey(ProjectStore store, SampleData data, IProgressMonitor monitor)
            throws IOException, ProjectException {
        InstrumentFile demo = surveys.demoInstrument();
        Path csv = new SurveyFiles(demo.instrument()).write(store.directory(),
                new SurveySample(new Random(SampleGenerator.SEED + 1), demo.instrument()).respondents(data));
        try {
            SurveyImportReport report = surveys.importSurvey(store, new SurveyImportRequest(demo, csv, null, false,
                    true), monitor);
            if (!report.committed()) {
                // the generator wrote a row the survey import does not accept: a bug, not a user error
                throw new ProjectException("The sample survey of " + store.directory() + " did not import cleanly: "
                        + report.responses().errors());
            }
        } catch (ImportInputException e) {
            throw new ProjectException("Cannot import the sample survey into " + store.directory() + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Writes each channel's export in its format to a temporary directory, imports them all in one transaction,
     * each file through the importer of its format, and deletes them.
     */
    private void importExports(ProjectStore store, SampleData data, ExportFormats formats, IProgressMonitor monitor)
            throws ProjectException {
        SubMonitor progress = SubMonitor.convert(monitor, 100);
        Path temp = null;
        try {
            temp = Files.createTempDirectory("rapport-sample-");
            List<Path> files = new ArrayList<>();
            Map<Path, String> formatOf = new HashMap<>();
            for (ChannelExport export : data.exports()) {
                for (ExportWriter.ExportFile file : formats.writerFor(export.profile().channel()).write(export, temp)) {
                    files.add(file.path());
                    formatOf.put(file.path(), file.format());
                }
            }
            progress.worked(10);
            ImportReport report = importer.importFiles(store, new ImportRequest(files, null, false, Map.of(),
                    formatOf), progress.split(90));
            if (!report.committed() || report.rejected() > 0 || report.duplicates() > 0) {
                // the generator wrote something the importer does not accept: a bug, not a user error
                throw new ProjectException("The sample data of " + store.directory() + " did not import cleanly: "
                        + report.rejected() + " rejected, " + report.duplicates() + " duplicate records; first: "
                        + report.files().stream().flatMap(f -> f.errors().stream()).findFirst()
                                .map(Object::toString).orElse("none"));
            }
        } catch (ImportInputException | IOException e) {
            throw new ProjectException("Cannot import the sample data into " + store.directory() + ": "
                    + e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /**
     * Closes a sample project that could not be completed and removes what this component created, so that
     * the user can simply try again in the same directory.
     */
    private static void abandon(ProjectStore store) {
        ProjectLayout layout = new ProjectLayout(store.directory());
        store.close();
        try {
            Files.deleteIfExists(layout.settingsFile());
            Files.deleteIfExists(layout.databaseFile());
            Files.deleteIfExists(layout.databaseFile().resolveSibling(layout.databaseFile().getFileName() + ".wal"));
            Path samples = layout.directory().resolve(SurveyFiles.DIRECTORY);
            Files.deleteIfExists(samples.resolve(SurveyFiles.CSV));
            Files.deleteIfExists(samples.resolve(SurveyFiles.README));
            try (Stream<Path> left = Files.exists(samples) ? Files.list(samples) : Stream.empty()) {
                if (left.findAny().isEmpty()) {
                    Files.deleteIfExists(samples);
                }
            }
        } catch (IOException ignored) {
            // the original failure is what the user needs to see
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a temporary file left behind is harmless; the import's outcome is what matters
        }
    }
}
