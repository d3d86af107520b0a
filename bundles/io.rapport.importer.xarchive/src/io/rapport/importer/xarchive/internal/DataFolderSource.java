package io.rapport.importer.xarchive.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An unpacked archive: the import service hands over one tweets file of its {@code data/} folder; the owner,
 * the long posts and the other parts are the files next to it.
 */
final class DataFolderSource implements ArchiveSource {
    private final Path tweetsFile;
    private final List<ArchiveFile> parts = new ArrayList<>();
    private final List<ArchiveFile> notes = new ArrayList<>();
    private ArchiveFile account;
    private ArchiveFile manifest;

    DataFolderSource(Path tweetsFile) throws IOException {
        this.tweetsFile = tweetsFile;
        Path dir = tweetsFile.toAbsolutePath().getParent();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                DataFileKind kind = DataFileKind.of(p.getFileName().toString());
                if (kind == null) {
                    continue;
                }
                ArchiveFile f = new PlainFile(p);
                switch (kind) {
                    case TWEETS -> parts.add(f);
                    case NOTE_TWEETS -> notes.add(f);
                    case ACCOUNT -> account = f;
                    case MANIFEST -> manifest = f;
                }
            }
        }
        parts.sort(PART_ORDER);
        notes.sort(PART_ORDER);
        if (parts.stream().noneMatch(f -> ((PlainFile) f).path.equals(tweetsFile.toAbsolutePath()))) {
            parts.add(new PlainFile(tweetsFile.toAbsolutePath())); // forced format on an unusually named file
        }
    }

    @Override
    public Optional<ArchiveFile> account() {
        return Optional.ofNullable(account);
    }

    @Override
    public Optional<ArchiveFile> manifest() {
        return Optional.ofNullable(manifest);
    }

    @Override
    public List<ArchiveFile> noteTweets() {
        return notes;
    }

    @Override
    public List<ArchiveFile> allTweetParts() {
        return parts;
    }

    @Override
    public List<ArchiveFile> partsToImport() {
        return List.of(new PlainFile(tweetsFile));
    }

    @Override
    public boolean severalPartsPerImport() {
        return false;
    }

    @Override
    public void close() {
    }

    private record PlainFile(Path path) implements ArchiveFile {
        @Override
        public String name() {
            return path.toString();
        }

        @Override
        public long size() {
            try {
                return Files.size(path);
            } catch (IOException e) {
                return -1;
            }
        }

        @Override
        public InputStream open() throws IOException {
            return Files.newInputStream(path);
        }
    }
}
