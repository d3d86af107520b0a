package io.rapport.sample.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes one channel's messages as the files an analyst would have from that channel, in formats the installed
 * importers read: the sample then goes through those importers as a user's data would.
 */
interface ExportWriter {

    /** A file written, and the id of the importer that reads it ({@code rapport formats}). */
    record ExportFile(Path path, String format) {
    }

    /** Writes the export into {@code directory}; returns the files written, in the order to import them. */
    List<ExportFile> write(ChannelExport export, Path directory) throws IOException;
}
