package io.rapport.testsupport;

import io.rapport.core.importer.ImportInput;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A file's content held in memory, as an archive entry is (no file on disk, no siblings). */
public final class MemoryInput implements ImportInput {
    private final String fileName;
    private final byte[] bytes;

    public MemoryInput(String fileName, byte[] bytes) {
        this.fileName = fileName;
        this.bytes = bytes;
    }

    @Override
    public String displayName() {
        return "memory!/" + fileName;
    }

    @Override
    public String fileName() {
        return fileName;
    }

    @Override
    public long size() {
        return bytes.length;
    }

    @Override
    public InputStream open() {
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public Optional<Path> file() {
        return Optional.empty();
    }

    @Override
    public List<ImportInput> siblings() {
        return List.of();
    }
}
