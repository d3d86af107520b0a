package io.rapport.hierarchy.core.internal;

import io.rapport.core.store.ProjectException;
import io.rapport.core.store.ProjectStore;
import io.rapport.core.store.RecordError;
import io.rapport.core.store.SurveyTransaction;
import io.rapport.core.store.SurveyTransaction.ResponsesWriter;
import io.rapport.core.survey.Instrument;
import io.rapport.hierarchy.core.ColumnPreview;
import io.rapport.hierarchy.core.InstrumentFile;
import io.rapport.hierarchy.core.ResponseMapping;
import io.rapport.hierarchy.core.SurveyImportReport;
import io.rapport.hierarchy.core.SurveyImportReport.PartialResponse;
import io.rapport.hierarchy.core.SurveyImportRequest;
import io.rapport.hierarchy.core.SurveyImporter;
import io.rapport.hierarchy.core.SurveyInputException;
import io.rapport.importer.core.ContainerLimitException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Component;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads survey files and imports them into the project store in one transaction. */
@Component(service = SurveyImporter.class)
public final class SurveyImporterComponent implements SurveyImporter {
    static final String DEMO_RESOURCE = "/instruments/demo-instrument.json";
    static final String DEMO_SOURCE = "demo";
    private static final int KEPT = ResponsesWriter.MAX_KEPT_ERRORS;
    private static final int PROGRESS_ROWS = 4096;

    @Override
    public InstrumentFile readInstrument(Path file) throws SurveyInputException {
        return InstrumentReader.read(TextFiles.read(file), file.toString());
    }

    @Override
    public InstrumentFile parseInstrument(String json, String source) throws SurveyInputException {
        return InstrumentReader.read(json, source);
    }

    @Override
    public InstrumentFile demoInstrument() {
        try (InputStream in = SurveyImporterComponent.class.getResourceAsStream(DEMO_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DEMO_RESOURCE + " is missing from the bundle");
            }
            return InstrumentReader.read(TextFiles.utf8(in.readAllBytes()), DEMO_SOURCE);
        } catch (IOException | SurveyInputException e) {
            throw new IllegalStateException("the bundled demo instrument is broken: " + e.getMessage(), e);
        }
    }

    @Override
    public ResponseMapping readMapping(Path file) throws SurveyInputException {
        return MappingReader.read(TextFiles.read(file), file.toString());
    }

    @Override
    public ColumnPreview previewColumns(Path responses, InstrumentFile instrument, ResponseMapping mapping)
            throws SurveyInputException {
        ResponseMapping columns = mapping == null ? ResponseMapping.none() : mapping;
        try (ResponseRows rows = ResponseFiles.open(responses, columns.sheet())) {
            Row header = header(rows, responses);
            ColumnLayout.Draft draft = ColumnLayout.draft(header.fields(), header.row(), instrument.instrument(),
                    columns, responses.toString());
            List<ColumnPreview.Column> read = new ArrayList<>();
            for (ColumnLayout.Column c : draft.columns()) {
                String as = switch (c.role()) {
                    case RESPONDENT_ID -> ResponseMapping.RESPONDENT_ID;
                    case HANDLE -> ResponseMapping.HANDLE;
                    case ITEM -> c.item().id();
                    case ATTRIBUTE -> ResponseMapping.ATTRIBUTE_PREFIX + c.attribute();
                    case IGNORED -> c.index() == draft.handleChannel() ? ResponseMapping.HANDLE_CHANNEL
                            : ResponseMapping.IGNORE;
                };
                read.add(new ColumnPreview.Column(c.header(), as, draft.targets()[c.index()] != null));
            }
            return new ColumnPreview(responses.toString(), rows.sheet(), read, draft.problems());
        } catch (CharacterCodingException e) {
            throw new SurveyInputException(responses + ": not valid text (save it as UTF-8, or as UTF-16 with a "
                    + "byte-order mark)", e);
        } catch (WorkbookException | ContainerLimitException e) {
            throw new SurveyInputException(e.getMessage(), e);
        } catch (IOException e) {
            throw new SurveyInputException(responses + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** The header row: the first row of a CSV file, the first non-empty row of a sheet. */
    private static Row header(ResponseRows rows, Path file) throws IOException, SurveyInputException {
        Row header = rows.next();
        if (header == null || header.blank()) {
            throw new SurveyInputException(rows.sheet() == null
                    ? file + ": row 1: no header (the first row names the columns)"
                    : file + ": the sheet '" + rows.sheet() + "' is empty (its first row names the columns)");
        }
        return header;
    }

    @Override
    public Optional<InstrumentFile> instrument(ProjectStore store) throws ProjectException {
        return StoredSurvey.instrument(store, this);
    }

    @Override
    public SurveyImportReport importSurvey(ProjectStore store, SurveyImportRequest request, IProgressMonitor monitor)
            throws SurveyInputException, ProjectException {
        SubMonitor progress = SubMonitor.convert(monitor, "Importing the survey", 1000);
        Optional<InstrumentFile> stored = instrument(store);
        InstrumentFile instrument = request.instrument() != null ? request.instrument() : stored.orElseThrow(
                () -> new SurveyInputException("Project " + store.settings().name() + " has no survey instrument yet: "
                        + "give the instrument with the responses"));
        boolean newInstrument = stored.isEmpty()
                || !stored.get().instrument().equals(instrument.instrument());
        long storedRespondents = StoredSurvey.respondents(store);
        if (newInstrument && stored.isPresent() && !request.replace() && storedRespondents > 0) {
            StoredSurvey.checkFits(store, instrument);
        }
        ColumnLayout layout = null;
        ResponseRows rows = null;
        Path file = request.responses();
        try {
            if (file != null) {
                rows = ResponseFiles.open(file, request.mapping().sheet());
                Row header = header(rows, file);
                layout = ColumnLayout.of(header.fields(), header.row(), instrument.instrument(), request.mapping(),
                        file.toString());
            }
            SurveyImportReport.Responses responses;
            try (SurveyTransaction tx = store.beginSurvey()) {
                if (request.replace()) {
                    tx.removeRespondents();
                }
                if (newInstrument) {
                    tx.replaceInstrument(instrument.instrument(), instrument.definition(), instrument.source());
                }
                responses = null;
                if (file != null) {
                    responses = readRows(tx, file, rows, layout, instrument.instrument(), request,
                            progress.split(990));
                    if (request.strict() && responses.rejected() > 0) {
                        return new SurveyImportReport(false, false, stored.map(s -> s.instrument().name())
                                .orElse(null), 0, responses);
                    }
                }
                tx.commit();
            }
            prepareScoring(store, instrument.instrument(), progress.split(10));
            return new SurveyImportReport(true, newInstrument, instrument.instrument().name(),
                    request.replace() ? storedRespondents : 0, responses);
        } catch (CharacterCodingException e) {
            throw new SurveyInputException(file + ": not valid " + rows.encoding() + " text (save it as UTF-8, or "
                    + "as UTF-16 with a byte-order mark); nothing was imported", e);
        } catch (WorkbookException | ContainerLimitException e) {
            // the message names the file, the part and where in it
            throw new SurveyInputException(e.getMessage() + "; nothing was imported", e);
        } catch (IOException e) {
            throw new SurveyInputException(file + ": cannot be read: " + e.getMessage(), e);
        } finally {
            if (rows != null) {
                try {
                    rows.close();
                } catch (IOException ignored) {
                    // read-only file
                }
            }
        }
    }

    /**
     * Aggregates the answers per respondent and level now, while the user waits for the import anyway, so that
     * the first score is as quick as the next ones. Scoring rebuilds the table whenever it is missing or stale
     * and reports a failure then; the import itself is committed already.
     */
    private static void prepareScoring(ProjectStore store, Instrument instrument, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Preparing the survey for scoring", 1);
        try {
            new ScoringSql(instrument).levelsTable(store);
        } catch (ProjectException | RuntimeException e) {
            // see above: the next score rebuilds it and says why if it fails again
        }
        progress.worked(1);
    }

    private static SurveyImportReport.Responses readRows(SurveyTransaction tx, Path file, ResponseRows reader,
            ColumnLayout layout, Instrument instrument, SurveyImportRequest request, SubMonitor monitor)
            throws IOException, ProjectException {
        SubMonitor progress = SubMonitor.convert(monitor, "Reading " + file.getFileName(), 1000);
        ResponsesWriter writer = tx.beginResponses(file.toString(), reader.format());
        ResponseRow rows = new ResponseRow(instrument, layout);
        Map<String, Long> seen = new HashMap<>();
        List<RecordError> errors = new ArrayList<>();
        List<PartialResponse> partials = new ArrayList<>();
        List<RecordError> notes = new ArrayList<>();
        long count = 0;
        long rejected = 0;
        long partial = 0;
        int reported = 0;
        for (Row row; (row = reader.next()) != null;) {
            if (row.blank() && !row.unclosed()) {
                continue; // a spreadsheet's empty row
            }
            count++;
            ResponseRow.Outcome outcome = rows.read(row);
            RecordError error = null;
            if (!outcome.rejected().isEmpty()) {
                error = new RecordError(row.row(), -1, String.join("; ", outcome.rejected()), row.raw());
            } else {
                Long first = seen.putIfAbsent(outcome.respondent().id(), row.row());
                if (first != null) {
                    error = new RecordError(row.row(), -1, "respondent " + outcome.respondent().id()
                            + " is already on row " + first, row.raw());
                }
            }
            if (error != null) {
                rejected++;
                if (errors.size() < KEPT) {
                    errors.add(error);
                }
                writer.reject(error);
            } else {
                writer.accept(outcome.respondent());
                if (outcome.partial() != null && partial++ < KEPT) {
                    partials.add(outcome.partial());
                }
                for (String note : outcome.notes()) {
                    if (notes.size() < KEPT) {
                        notes.add(new RecordError(row.row(), -1, note));
                    }
                }
            }
            if (count % PROGRESS_ROWS == 0) {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                int done = (int) Math.min(900, reader.progress() * 900);
                if (done > reported) {
                    progress.worked(done - reported);
                    reported = done;
                }
            }
        }
        long added = 0;
        long replaced = 0;
        if (!(request.strict() && rejected > 0)) {
            progress.setWorkRemaining(100);
            progress.subTask("Storing the responses");
            SurveyTransaction.Summary summary = writer.finish();
            added = summary.added();
            replaced = summary.replaced();
        }
        progress.done();
        return new SurveyImportReport.Responses(file.toString(), reader.encoding(), reader.delimiter(), reader.sheet(),
                layout.describe(), count, added, replaced, rejected, errors, partial, partials, notes);
    }
}
