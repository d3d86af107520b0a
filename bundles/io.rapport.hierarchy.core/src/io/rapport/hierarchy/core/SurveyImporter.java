package io.rapport.hierarchy.core;

import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;

import org.eclipse.core.runtime.IProgressMonitor;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads instruments, mappings and survey responses and keeps them in the project store (every copy of a
 * respondent's answers lives there, none beside it). A DS service.
 */
public interface SurveyImporter {

    /** Reads an instrument file (JSON, as the README documents). */
    InstrumentFile readInstrument(Path file) throws SurveyInputException;

    /** Reads an instrument from text; {@code source} names it in messages. */
    InstrumentFile parseInstrument(String json, String source) throws SurveyInputException;

    /** Rapport's openly worded demo instrument (the sample project's survey uses it). */
    InstrumentFile demoInstrument();

    /** Reads a column mapping file: a JSON object, column name → target (see {@link ResponseMapping}). */
    ResponseMapping readMapping(Path file) throws SurveyInputException;

    /**
     * Reads the header of a responses file and says how each column would be read with this instrument and
     * mapping (the mapping's sheet for a workbook), and what is missing: the mapping step of an import.
     *
     * @throws SurveyInputException if the file cannot be read, is not of a format Rapport reads, has no header,
     *                              or the mapping names columns or items that do not exist
     */
    ColumnPreview previewColumns(Path responses, InstrumentFile instrument, ResponseMapping mapping)
            throws SurveyInputException;

    /** The project's instrument, if it has one. */
    Optional<InstrumentFile> instrument(ProjectStore store) throws ProjectException;

    /**
     * Imports in one transaction: the instrument (if given) and the responses (if given), streaming the file.
     * Each bad row is rejected with its row number and reason while the valid rows are kept, unless
     * {@code strict}. A respondent id the project already holds is replaced by the file's row.
     *
     * @throws SurveyInputException if a file cannot be used at all, the project has no instrument and none is
     *                              given, or a new instrument does not fit the stored answers (without
     *                              {@code replace}); nothing is imported
     * @throws org.eclipse.core.runtime.OperationCanceledException if cancelled (nothing is imported)
     */
    SurveyImportReport importSurvey(ProjectStore store, SurveyImportRequest request, IProgressMonitor monitor)
            throws SurveyInputException, ProjectException;
}
