package io.rapport.importer.xarchive.internal;

import io.rapport.core.importer.ImportInput;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An unpacked archive: the import service hands over one tweets file of its {@code data/} folder (a folder on
 * disk, or a folder inside a zip that is opened entry by entry); the owner, the long posts and the other parts
 * are the files next to it.
 */
final class DataFolderSource implements ArchiveSource {
    private final ImportInput tweetsFile;
    private final List<ArchiveFile> parts = new ArrayList<>();
    private final List<ArchiveFile> notes = new ArrayList<>();
    private ArchiveFile account;
    private ArchiveFile manifest;

    DataFolderSource(ImportInput tweetsFile) throws IOException {
        this.tweetsFile = tweetsFile;
        for (ImportInput sibling : tweetsFile.siblings()) {
            DataFileKind kind = DataFileKind.of(sibling.fileName());
            if (kind == null) {
                continue;
            }
            ArchiveFile f = new InputFile(sibling);
            switch (kind) {
                case TWEETS -> parts.add(f);
                case NOTE_TWEETS -> notes.add(f);
                case ACCOUNT -> account = f;
                case MANIFEST -> manifest = f;
            }
        }
        // the file given is a part whatever its name (a forced format on an unusually named file)
        parts.add(new InputFile(tweetsFile));
        parts.sort(PART_ORDER);
        notes.sort(PART_ORDER);
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
        return List.of(new InputFile(tweetsFile));
    }

    @Override
    public boolean severalPartsPerImport() {
        return false;
    }

    @Override
    public void close() {
    }

    private record InputFile(ImportInput input) implements ArchiveFile {
        @Override
        public String name() {
            return input.displayName();
        }

        @Override
        public long size() {
            return input.size();
        }

        @Override
        public InputStream open() throws IOException {
            return input.open();
        }
    }
}
