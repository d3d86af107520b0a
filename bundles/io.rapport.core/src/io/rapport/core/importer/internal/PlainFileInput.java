package io.rapport.core.importer.internal;

import io.rapport.core.importer.ImportInput;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** A file on disk, read as it is. */
public record PlainFileInput(Path path) implements ImportInput {

    public PlainFileInput {
        Objects.requireNonNull(path, "path");
    }

    @Override
    public String displayName() {
        return path.toString();
    }

    @Override
    public String fileName() {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }

    @Override
    public long size() {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return 0; // open() says why
        }
    }

    @Override
    public InputStream open() throws IOException {
        return Files.newInputStream(path);
    }

    @Override
    public Optional<Path> file() {
        return Optional.of(path);
    }

    @Override
    public List<ImportInput> siblings() throws IOException {
        Path dir = path.toAbsolutePath().getParent();
        if (dir == null) {
            return List.of();
        }
        Path self = path.toAbsolutePath().normalize();
        List<ImportInput> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                if (!p.toAbsolutePath().normalize().equals(self)) {
                    out.add(new PlainFileInput(p));
                }
            }
        }
        return out;
    }
}
