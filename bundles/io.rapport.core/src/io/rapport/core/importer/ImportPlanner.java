package io.rapport.core.importer;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Finds what an import reads: the files given, the files of folders, the entries of zips and the content of
 * {@code .gz}/{@code .zst} files, each with the importer picked for it, and refuses archives that break a
 * safety limit. A DS service, provided by {@code io.rapport.importer.core}; the {@link ImportService} imports
 * what it plans.
 */
public interface ImportPlanner {

    /**
     * @throws ImportInputException if an input is missing, unreadable, refused by a safety limit (zip-slip, a
     *                              bomb, too many entries, nesting) or of no known format
     * @throws org.eclipse.core.runtime.OperationCanceledException if cancelled (listing a zip inside a zip
     *                                                             inflates it)
     */
    ImportPlan plan(ImportRequest request, IProgressMonitor monitor) throws ImportInputException;
}
