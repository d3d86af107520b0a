package io.rapport.core.importer;

import io.rapport.core.model.Interaction;
import io.rapport.core.store.RecordError;

import java.nio.file.Path;
import java.util.List;

/**
 * What an import would read, before anything is imported: each file (or archive entry) with the format picked
 * for it and why, and its first records as the importer maps them (or the reasons it rejects them).
 *
 * @param files one per dataset the import would make
 */
public record ImportPreview(List<File> files) {
    public ImportPreview {
        files = List.copyOf(files);
    }

    /**
     * One file or archive entry.
     *
     * @param input    the input it was found in (the file itself, or its folder or archive), which a per-input
     *                 format applies to
     * @param name     the file, or {@code archive!entry}
     * @param why      why this format was picked when the name alone did not say, else {@code null}
     * @param records  its first records, mapped
     * @param rejected the records among the first that would be rejected, with their reasons
     * @param failure  why it cannot be read at all, else {@code null}
     */
    public record File(Path input, String name, ImporterDescriptor format, String why, List<Interaction> records,
            List<RecordError> rejected, String failure) {
        public File {
            records = List.copyOf(records);
            rejected = List.copyOf(rejected);
        }
    }
}
