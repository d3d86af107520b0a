package io.rapport.importer.xarchive.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * An archive as downloaded: a zip whose {@code data/} folder (at the root or under one top folder) holds the
 * data files. Entries are read through the zip's central directory, so the gigabytes of media beside the data
 * are never inflated. Nothing is extracted, but an archive with an entry name that would escape a folder on
 * extraction (zip-slip) is refused outright as not genuine; the entries read are held to size and compression
 * ratio limits while they inflate, since declared sizes can lie (zip bombs).
 */
final class ZipArchiveSource implements ArchiveSource {
    /** Real archives hold a few thousand entries (media included). */
    static final int MAX_ENTRIES = 500_000;
    /** No data file of a real archive comes near this. */
    static final long MAX_ENTRY_BYTES = 16L << 30;
    /** Pretty-printed tweets compress about 10:1; far beyond is a bomb. */
    static final int MAX_RATIO = 200;
    private static final long RATIO_GRACE_BYTES = 1 << 20;

    private final ZipFile zip;
    private final String zipName;
    private final List<ArchiveFile> parts = new ArrayList<>();
    private final List<ArchiveFile> notes = new ArrayList<>();
    private ArchiveFile account;
    private ArchiveFile manifest;

    ZipArchiveSource(Path file) throws IOException {
        zipName = file.toString();
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new ArchiveFormatException(zipName + ": not a readable zip archive: " + e.getMessage());
        }
        try {
            index();
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    private void index() throws IOException {
        if (zip.size() > MAX_ENTRIES) {
            throw new ArchiveFormatException(zipName + ": refused: " + zip.size() + " entries (more than "
                    + MAX_ENTRIES + "; a zip bomb?)");
        }
        String dataFolder = null;
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry e = entries.nextElement();
            String name = e.getName();
            if (isUnsafe(name)) {
                throw new ArchiveFormatException(zipName + ": refused: entry '" + name
                        + "' points outside the archive (zip-slip)");
            }
            if (e.isDirectory()) {
                continue;
            }
            int slash = name.lastIndexOf('/');
            String folder = slash < 0 ? "" : name.substring(0, slash);
            DataFileKind kind = DataFileKind.of(name.substring(slash + 1));
            if (kind == null || !(folder.isEmpty() || folder.equals("data") || folder.endsWith("/data"))) {
                continue;
            }
            if (dataFolder != null && !dataFolder.equals(folder)) {
                throw new ArchiveFormatException(zipName + ": holds data files in both '" + dataFolder + "/' and '"
                        + folder + "/': import one archive per zip");
            }
            dataFolder = folder;
            if (e.getSize() > MAX_ENTRY_BYTES) {
                throw new ArchiveFormatException(zipName + ": refused: entry '" + name + "' declares " + e.getSize()
                        + " bytes (more than " + MAX_ENTRY_BYTES + ")");
            }
            ArchiveFile f = new Entry(e);
            switch (kind) {
                case TWEETS -> parts.add(f);
                case NOTE_TWEETS -> notes.add(f);
                case ACCOUNT -> account = f;
                case MANIFEST -> manifest = f;
            }
        }
        if (parts.isEmpty()) {
            throw new ArchiveFormatException(zipName + ": not an X archive: no data/tweets.js (or tweet.js,"
                    + " tweets-partN.js) in the zip");
        }
        parts.sort(PART_ORDER);
        notes.sort(PART_ORDER);
    }

    /** Names that would land outside the target folder if someone extracted the zip. */
    static boolean isUnsafe(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.indexOf('\\') >= 0 || name.indexOf('\0') >= 0
                || (name.length() > 1 && name.charAt(1) == ':')) {
            return true;
        }
        for (String segment : name.split("/")) {
            if (segment.equals("..")) {
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
        private final ZipEntry entry;

        Entry(ZipEntry entry) {
            this.entry = entry;
        }

        @Override
        public String name() {
            return entry.getName();
        }

        @Override
        public long size() {
            return entry.getSize();
        }

        @Override
        public InputStream open() throws IOException {
            return new InflationGuard(zip.getInputStream(entry), entry);
        }
    }

    /** Stops inflating an entry that grows past the size limit or the compression ratio. */
    private final class InflationGuard extends FilterInputStream {
        private final ZipEntry entry;
        private long inflated;

        InflationGuard(InputStream in, ZipEntry entry) {
            super(in);
            this.entry = entry;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n;
            try {
                n = in.read(b, off, len);
            } catch (ZipException e) {
                throw new ArchiveFormatException(zipName + ": entry '" + entry.getName() + "' is damaged: "
                        + e.getMessage());
            }
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws ArchiveFormatException {
            inflated += n;
            if (inflated > MAX_ENTRY_BYTES) {
                throw new ArchiveFormatException(zipName + ": refused: entry '" + entry.getName()
                        + "' inflates to more than " + MAX_ENTRY_BYTES + " bytes (a zip bomb?)");
            }
            long compressed = entry.getCompressedSize();
            if (inflated > RATIO_GRACE_BYTES && compressed > 0 && inflated / compressed > MAX_RATIO) {
                throw new ArchiveFormatException(zipName + ": refused: entry '" + entry.getName()
                        + "' inflates more than " + MAX_RATIO + " times its compressed size (a zip bomb?)");
            }
        }
    }
}
