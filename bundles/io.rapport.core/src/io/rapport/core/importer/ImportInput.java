package io.rapport.core.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** One input file. {@link #open()} may be called more than once (e.g. to sniff, then read). */
public record ImportInput(Path path) {

    public String displayName() {
        return path.toString();
    }

    public long size() throws IOException {
        return Files.size(path);
    }

    public InputStream open() throws IOException {
        return Files.newInputStream(path);
    }
}
