package io.rapport.importer.xarchive.internal;

import io.rapport.importer.core.ZipArchive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An archive as downloaded: a zip whose {@code data/} folder (at the root or under one top folder) holds the
 * data files. Entries are read in place through the zip's central directory (the shared {@link ZipArchive}), so
 * the gigabytes of media beside the data are never inflated, and the zip is held to the shared safety limits:
 * an entry name that would escape a folder on extraction (zip-slip) refuses the archive outright, and the
 * entries read are held to size and compression ratio limits while they inflate, since declared sizes can lie.
 */
final class ZipArchiveSource implements ArchiveSource {
    private final ZipArchive zip;
    private final List<ArchiveFile> parts = new ArrayList<>();
    private final List<ArchiveFile> notes = new ArrayList<>();
    private ArchiveFile account;
    private ArchiveFile manifest;

    /** @param displayName how messages name the zip */
    ZipArchiveSource(Path file, String displayName) throws IOException {
        zip = ZipArchive.open(file, displayName);
        try {
            index();
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    private void index() throws IOException {
        String dataFolder = null;
        for (ZipArchive.Entry e : zip.entries()) {
            String folder = e.folder();
            DataFileKind kind = DataFileKind.of(e.fileName());
            if (kind == null || !isDataFolder(folder)) {
                continue;
            }
            if (dataFolder != null && !dataFolder.equals(folder)) {
                throw new ArchiveFormatException(zip.name() + ": holds data files in both '" + dataFolder + "/' and '"
                        + folder + "/': import one archive per zip");
            }
            dataFolder = folder;
            ArchiveFile f = new Entry(e);
            switch (kind) {
                case TWEETS -> parts.add(f);
                case NOTE_TWEETS -> notes.add(f);
                case ACCOUNT -> account = f;
                case MANIFEST -> manifest = f;
            }
        }
        if (parts.isEmpty()) {
            throw new ArchiveFormatException(zip.name() + ": not an X archive: no data/tweets.js (or tweet.js,"
                    + " tweets-partN.js) in the zip");
        }
        parts.sort(PART_ORDER);
        notes.sort(PART_ORDER);
    }

    /** Where an archive's data files are: its {@code data/} folder (under a top folder or not), or the root. */
    static boolean isDataFolder(String folder) {
        return folder.isEmpty() || folder.equals("data") || folder.endsWith("/data");
    }

    /** Whether the entry names are an X archive's: a tweets file in its data folder. */
    static boolean holdsTweets(List<String> entryNames) {
        for (String name : entryNames) {
            int slash = name.lastIndexOf('/');
            if (DataFileKind.of(name.substring(slash + 1)) == DataFileKind.TWEETS
                    && isDataFolder(slash < 0 ? "" : name.substring(0, slash))) {
                return true;
            }
        }
        return false;
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
        return parts;
    }

    @Override
    public boolean severalPartsPerImport() {
        return true;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private final class Entry implements ArchiveFile {
        private final ZipArchive.Entry entry;

        Entry(ZipArchive.Entry entry) {
            this.entry = entry;
        }

        @Override
        public String name() {
            return entry.name();
        }

        @Override
        public long size() {
            return entry.size();
        }

        @Override
        public InputStream open() throws IOException {
            return zip.open(entry);
        }
    }
}
