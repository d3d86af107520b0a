package io.rapport.core.importer;

import io.rapport.core.model.Interaction;

/** Where an importer puts what it read: mapped records with their original text, and rejections. */
public interface ImportSink {
    /** Rejections beyond this many per file are counted but not kept one by one. */
    int MAX_KEPT_ERRORS = 1000;

    /**
     * @param raw    the original record, exactly as in the source (kept losslessly beside the mapped fields)
     * @param line   1-based line (or record number) in the file
     * @param offset byte offset of the record in the file
     */
    void accept(Interaction interaction, String raw, long line, long offset);

    /**
     * The same, with the original record as its UTF-8 bytes and the spans of the values that were mapped: a store
     * may keep it as a template shared by similar records (see {@link OriginalRecord}). Everything the store needs
     * is taken before this returns; the importer reuses {@code original} for the next record.
     */
    default void accept(Interaction interaction, OriginalRecord original, long line, long offset) {
        accept(interaction, original.toString(), line, offset);
    }

    /** A record that cannot be mapped; valid records around it are still imported. */
    void reject(long line, long offset, String reason);

    /**
     * A record that cannot be mapped, with its original text, which the Import Log shows next to the reason.
     * Importers that can delimit the bad record (a line, a JSON element) should call this one.
     */
    default void reject(long line, long offset, String reason, String raw) {
        reject(line, offset, reason);
    }
}
