package io.rapport.sample.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes one channel's messages as the files an analyst would have from that channel, in a format one of the
 * installed importers reads: the sample then goes through that importer as a user's data would.
 */
interface ExportWriter {

    /** The id of the importer that reads what this writer writes ({@code rapport formats}). */
    String format();

    /** Writes the export into {@code directory}; returns the files written, in the order to import them. */
    List<Path> write(ChannelExport export, Path directory) throws IOException;
}
