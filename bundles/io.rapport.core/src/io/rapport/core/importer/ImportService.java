package io.rapport.core.importer;

import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Imports files, folders, zips and compressed files into a project in one transaction: one dataset per file or
 * archive entry, duplicates skipped, bad records rejected with file, line and reason. Used by the command line,
 * the workbench and the sample project.
 */
public interface ImportService {

    /**
     * @throws ImportInputException                           if an input is missing, unreadable, of no known
     *                                                        format, or an archive is refused by a safety limit
     *                                                        (nothing is imported)
     * @throws org.eclipse.core.runtime.OperationCanceledException if cancelled (nothing is imported)
     */
    ImportReport importFiles(ProjectStore store, ImportRequest request, IProgressMonitor monitor)
            throws ImportInputException, ProjectException;

    /**
     * Plans the import and reads the first {@code records} records of each file as the import would, without
     * storing anything: for an import wizard's preview.
     *
     * @throws ImportInputException as {@link #importFiles}, for the inputs as a whole; a file that fails while
     *                              being read is reported in its {@link ImportPreview.File#failure()}
     */
    ImportPreview preview(ImportRequest request, int records, IProgressMonitor monitor) throws ImportInputException;
}
