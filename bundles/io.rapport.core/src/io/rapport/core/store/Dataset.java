package io.rapport.core.store;

import java.time.Instant;

/**
 * One imported file: an import batch. Counts are those of the import that created it.
 *
 * @param duplicates records already in the project (same channel and source id), not added again
 * @param rejected   malformed records, each with its line and reason in {@link ProjectStore#importErrors(long)}
 */
public record Dataset(long id, String file, String format, Instant importedAt, long imported, long duplicates,
        long rejected) {
}
