package io.rapport.core.store;

import io.rapport.core.importer.ImportSink;

/**
 * One import: everything written through it becomes visible at {@link #commit()}, all at once, or not at all
 * (on {@link #close()} without commit, on failure, cancellation or a killed process).
 */
public interface ImportTransaction extends AutoCloseable {

    /** Starts a dataset for one input file; finish it with {@link DatasetWriter#finish()}. */
    DatasetWriter beginDataset(String file, String format) throws ProjectException;

    /** Makes every finished dataset of this import permanent. */
    void commit() throws ProjectException;

    /** Rolls back unless committed. */
    @Override
    void close() throws ProjectException;

    /** Receives one file's records; {@link #finish()} removes duplicates and records the dataset. */
    interface DatasetWriter extends ImportSink {
        Dataset finish() throws ProjectException;

        /** The first rejections of this dataset in order (at most {@link ImportSink#MAX_KEPT_ERRORS}). */
        java.util.List<RecordError> errors();
    }
}
