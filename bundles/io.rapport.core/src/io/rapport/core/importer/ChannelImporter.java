package io.rapport.core.importer;

import org.eclipse.core.runtime.IProgressMonitor;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Reads one input file of a format and hands every record to the sink, mapped to the canonical model with its
 * original text. Registered as a DS service with these component properties:
 * <ul>
 * <li>{@value #ID}: the format id used by {@code --format} (e.g. {@code rapport-jsonl})</li>
 * <li>{@value #LABEL}: a human-readable name</li>
 * <li>{@value #CHANNEL}: the channel id its records get, or {@code *} if the file says</li>
 * <li>{@value #FILE_PATTERNS}: glob patterns of file names it reads (e.g. {@code *.jsonl})</li>
 * <li>{@value #VERSION}: version of the mapping, recorded with each dataset</li>
 * <li>{@value #CONTAINERS} (optional): the containers it reads itself rather than having the import service
 * open them: {@value #ZIP} (an archive read as a whole, e.g. an account archive whose files belong together;
 * which zips is decided by {@link #recogniseArchive}), {@value #GZ}, {@value #ZST} (a compressed file whose
 * content this importer reads is handed over compressed, e.g. to decode a long zstd window itself)</li>
 * </ul>
 * The import service opens folders, zips and compressed files and hands each file it finds to the importer
 * picked for it as an {@link ImportInput}, decompressed. An importer must stream (never hold the input in
 * memory), report progress in bytes through the monitor, stop with
 * {@link org.eclipse.core.runtime.OperationCanceledException} when the monitor is cancelled, and reject a bad
 * record through {@link ImportSink#reject} without stopping.
 */
public interface ChannelImporter {
    String ID = "rapport.importer.id";
    String LABEL = "rapport.importer.label";
    String CHANNEL = "rapport.importer.channel";
    String FILE_PATTERNS = "rapport.importer.filePatterns";
    String VERSION = "rapport.importer.version";
    String CONTAINERS = "rapport.importer.containers";
    /** The options it cannot read without ({@link ImporterProperties#requiredOptions()}). */
    String REQUIRED_OPTIONS = "rapport.importer.requiredOptions";

    /** A {@value #CONTAINERS} value: zip archives. */
    String ZIP = "zip";
    /** A {@value #CONTAINERS} value: gzip-compressed files. */
    String GZ = "gz";
    /** A {@value #CONTAINERS} value: zstd-compressed files. */
    String ZST = "zst";

    /**
     * @throws IOException if the file cannot be read at all (not for bad records: those go to the sink)
     */
    void read(ImportInput input, ImportSink sink, IProgressMonitor monitor) throws IOException;

    /**
     * Reads with the options of the import ({@link ImportRequest#options()}); the import service calls this one.
     * Importers that need no options keep the default, which ignores them; an importer that needs one (a CSV
     * column mapping) overrides it and fails with an {@link IOException} naming the missing option.
     */
    default void read(ImportInput input, ImportSink sink, Map<String, String> options, IProgressMonitor monitor)
            throws IOException {
        read(input, sink, monitor);
    }

    /**
     * Looks at a file's name ({@link ImportInput#fileName()}) and first bytes (up to {@value #HEAD_BYTES}, as
     * {@link ImportInput#open()} delivers them: a compressed file's content decompressed) to tell whether it is
     * of this format. Used when no format is given: a claim of another
     * importer wins over a file name that this importer's patterns match but whose content it denies.
     * Must be cheap and must not throw.
     */
    default Recognition recognise(String fileName, byte[] head) {
        return Recognition.UNKNOWN;
    }

    /**
     * For an importer that declares {@value #ZIP} in {@value #CONTAINERS}: whether it reads this zip (a file on
     * disk) as a whole, from the names of its entries (folders separated by {@code /}). A claim takes the zip;
     * otherwise the import service opens it and imports its entries one by one, as a folder's files. Must be
     * cheap and must not throw.
     *
     * @param archiveName the zip's file name
     */
    default Recognition recogniseArchive(String archiveName, List<String> entryNames) {
        return Recognition.UNKNOWN;
    }

    /** How many bytes of a file {@link #recognise} sees at most. */
    int HEAD_BYTES = 64 * 1024;
}
