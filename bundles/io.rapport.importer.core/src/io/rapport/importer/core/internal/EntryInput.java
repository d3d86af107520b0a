package io.rapport.importer.core.internal;

import io.rapport.core.importer.ImportInput;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A file inside an archive, named {@code archive!/folder/name} and read as a stream from the archive. */
record EntryInput(Archive archive, Archive.Entry entry) implements ImportInput {

    @Override
    public String displayName() {
        return archive.displayName() + "!/" + entry.name();
    }

    @Override
    public String fileName() {
        return entry.fileName();
    }

    @Override
    public long size() {
        return Math.max(0, entry.size());
    }

    @Override
    public InputStream open() throws IOException {
        return archive.open(entry);
    }

    @Override
    public Optional<Path> file() {
        return Optional.empty();
    }

    @Override
    public List<ImportInput> siblings() {
        String folder = entry.folder();
        return archive.files().stream().filter(e -> e.index() != entry.index() && e.folder().equals(folder))
                .map(e -> (ImportInput) new EntryInput(archive, e)).toList();
    }

    @Override
    public String toString() {
        return displayName();
    }
}
