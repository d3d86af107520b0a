package io.rapport.core.importer;

import org.eclipse.core.runtime.IProgressMonitor;

import java.io.IOException;

/**
 * Reads one input file of a format and hands every record to the sink, mapped to the canonical model with its
 * original text. Registered as a DS service with these component properties:
 * <ul>
 * <li>{@value #ID}: the format id used by {@code --format} (e.g. {@code rapport-jsonl})</li>
 * <li>{@value #LABEL}: a human-readable name</li>
 * <li>{@value #CHANNEL}: the channel id its records get, or {@code *} if the file says</li>
 * <li>{@value #FILE_PATTERNS}: glob patterns of file names it reads (e.g. {@code *.jsonl})</li>
 * <li>{@value #VERSION}: version of the mapping, recorded with each dataset</li>
 * </ul>
 * An importer must stream (never hold the file in memory), report progress in bytes through the monitor, stop
 * with {@link org.eclipse.core.runtime.OperationCanceledException} when the monitor is cancelled, and reject a
 * bad record through {@link ImportSink#reject} without stopping.
 */
public interface ChannelImporter {
    String ID = "rapport.importer.id";
    String LABEL = "rapport.importer.label";
    String CHANNEL = "rapport.importer.channel";
    String FILE_PATTERNS = "rapport.importer.filePatterns";
    String VERSION = "rapport.importer.version";

    /**
     * @throws IOException if the file cannot be read at all (not for bad records: those go to the sink)
     */
    void read(ImportInput input, ImportSink sink, IProgressMonitor monitor) throws IOException;

    /**
     * Looks at a file's name and first bytes (up to {@value #HEAD_BYTES}, as stored: a compressed file's
     * compressed bytes) to tell whether it is of this format. Used when no format is given: a claim of another
     * importer wins over a file name that this importer's patterns match but whose content it denies.
     * Must be cheap and must not throw.
     */
    default Recognition recognise(String fileName, byte[] head) {
        return Recognition.UNKNOWN;
    }

    /** How many bytes of a file {@link #recognise} sees at most. */
    int HEAD_BYTES = 64 * 1024;
}
