package io.rapport.core.importer;

import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Imports files into a project in one transaction: one dataset per file, duplicates skipped, bad records
 * rejected with file, line and reason. Used by the command line, the workbench and the sample project.
 */
public interface ImportService {

    /**
     * @throws ImportInputException                           if an input is missing, unreadable or of no known
     *                                                        format (nothing is imported)
     * @throws org.eclipse.core.runtime.OperationCanceledException if cancelled (nothing is imported)
     */
    ImportReport importFiles(ProjectStore store, ImportRequest request, IProgressMonitor monitor)
            throws ImportInputException, ProjectException;
}
