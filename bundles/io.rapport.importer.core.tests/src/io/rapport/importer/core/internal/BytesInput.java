package io.rapport.importer.core.internal;

import io.rapport.core.importer.ImportInput;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** An input held in memory, standing for an archive entry (no file on disk), counting how often it is opened. */
final class BytesInput implements ImportInput {
    private final String name;
    private byte[] bytes;
    int opened;

    BytesInput(String name, byte[] bytes) {
        this.name = name;
        this.bytes = bytes;
    }

    void replace(byte[] newBytes) {
        this.bytes = newBytes;
    }

    @Override
    public String displayName() {
        return "outer.zip!/" + name;
    }

    @Override
    public String fileName() {
        return name.substring(name.lastIndexOf('/') + 1);
    }

    @Override
    public long size() {
        return bytes.length;
    }

    @Override
    public InputStream open() {
        opened++;
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
