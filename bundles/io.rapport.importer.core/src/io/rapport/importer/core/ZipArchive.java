package io.rapport.importer.core;

import java.io.Closeable;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A zip file on disk, read in place through its central directory: only the entries asked for are inflated,
 * each as a stream, so gigabytes of media beside a few data files cost nothing and nothing is ever unpacked.
 * The directory is checked before anything is read, and every entry while it inflates, against the
 * {@link ContainerLimits}: an entry name that would escape a folder on extraction (zip-slip), a name given twice,
 * too many entries, declared sizes or ratios past the limits, entries whose compressed data overlap (a bomb that
 * reuses the same bytes), and an entry inflating past what it declares or past the ratio. Each refusal is a
 * {@link ContainerLimitException} naming the archive, the entry and the limit.
 */
public final class ZipArchive implements Closeable {

    /** A file in the archive (folders are not listed), with what the central directory declares. */
    public record Entry(String name, long size, long compressedSize, long crc) {
        /** The name without its folders. */
        public String fileName() {
            return name.substring(name.lastIndexOf('/') + 1);
        }

        /** The folder part of the name, without the trailing slash; "" at the root. */
        public String folder() {
            int slash = name.lastIndexOf('/');
            return slash < 0 ? "" : name.substring(0, slash);
        }
    }

    private final Path file;
    private final String name;
    private final ContainerLimits limits;
    private final Consumer<ContainerLimitException> refusals;
    private final List<Entry> entries = new ArrayList<>();
    private ZipFile zip;
    private int openStreams;

    private ZipArchive(Path file, String name, ContainerLimits limits, Consumer<ContainerLimitException> refusals) {
        this.file = file;
        this.name = name;
        this.limits = limits;
        this.refusals = refusals;
    }

    /** Opens and checks a zip with the {@linkplain ContainerLimits#DEFAULT default limits}. */
    public static ZipArchive open(Path file, String displayName) throws IOException {
        return open(file, displayName, ContainerLimits.DEFAULT, null);
    }

    /**
     * @param displayName how messages name the archive
     * @param refusals    told of every refusal, also of those found later while entries inflate; may be null
     * @throws ContainerLimitException if the directory breaks a limit
     * @throws IOException             if it is not a readable zip
     */
    public static ZipArchive open(Path file, String displayName, ContainerLimits limits,
            Consumer<ContainerLimitException> refusals) throws IOException {
        ZipArchive a = new ZipArchive(file, displayName, limits, refusals);
        try {
            a.list();
        } catch (IOException | RuntimeException e) {
            a.close();
            throw e;
        }
        return a;
    }

    /** How messages name the archive. */
    public String name() {
        return name;
    }

    public Path file() {
        return file;
    }

    /** The files of the archive in the order of its directory. */
    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    private void list() throws IOException {
        ZipFile z = handle();
        if (z.size() > limits.maxListedEntries()) {
            throw refuse(name + ": refused: it lists " + z.size() + " entries (the limit is "
                    + limits.maxListedEntries() + "; a zip bomb?)");
        }
        Set<String> names = new HashSet<>();
        long declared = 0;
        long compressed = 0;
        Enumeration<? extends ZipEntry> all = z.entries();
        while (all.hasMoreElements()) {
            ZipEntry e = all.nextElement();
            String n = e.getName();
            if (isUnsafeName(n)) {
                throw refuse(name + ": refused: entry '" + n + "' points outside the archive (zip-slip)");
            }
            if (!names.add(n)) {
                throw refuse(name + ": refused: entry '" + n + "' is listed twice (a forged archive?)");
            }
            if (e.isDirectory()) {
                continue;
            }
            long size = e.getSize();
            long csize = e.getCompressedSize();
            if (size < 0 || csize < 0) {
                throw new IOException(name + ": entry '" + n + "' has no size in the zip's directory (a damaged zip?)");
            }
            if (size > limits.maxEntryBytes()) {
                throw refuse(entry(n) + " declares " + size + " bytes (the limit per entry is "
                        + ContainerLimits.bytes(limits.maxEntryBytes()) + "; a zip bomb?)");
            }
            if (size > limits.ratioGraceBytes() && size / Math.max(1, csize) > limits.maxRatio()) {
                throw refuse(ratioMessage(entry(n)));
            }
            declared += size;
            compressed += csize;
            entries.add(new Entry(n, size, csize, e.getCrc()));
        }
        if (declared > limits.maxArchiveBytes()) {
            throw refuse(name + ": refused: its entries inflate to " + declared + " bytes in all (the limit per"
                    + " archive is " + ContainerLimits.bytes(limits.maxArchiveBytes()) + "; a zip bomb?)");
        }
        if (compressed > Files.size(file)) {
            throw refuse(name + ": refused: its entries share compressed data (they add up to more than the file;"
                    + " a zip bomb?)");
        }
    }

    private String entry(String entryName) {
        return name + ": refused: entry '" + entryName + "'";
    }

    private String ratioMessage(String subject) {
        return subject + " inflates more than " + limits.maxRatio() + " times its compressed size (the limit past "
                + ContainerLimits.bytes(limits.ratioGraceBytes()) + "; a zip bomb?)";
    }

    private ContainerLimitException refuse(String message) {
        ContainerLimitException e = new ContainerLimitException(message);
        if (refusals != null) {
            refusals.accept(e);
        }
        return e;
    }

    /**
     * A stream over the entry's inflated bytes, held to its declared size and the ratio limit.
     *
     * @throws IOException if the zip changed since it was listed, or the entry is damaged (also while reading)
     */
    public synchronized InputStream open(Entry entry) throws IOException {
        ZipFile z = handle();
        ZipEntry e = z.getEntry(entry.name());
        if (e == null || e.isDirectory() || e.getSize() != entry.size() || e.getCompressedSize() != entry.compressedSize()
                || e.getCrc() != entry.crc()) {
            throw new IOException(name + ": changed since it was listed (entry '" + entry.name() + "')");
        }
        InputStream in;
        try {
            in = z.getInputStream(e);
        } catch (ZipException x) {
            throw damaged(entry, x);
        }
        openStreams++;
        InputStream counted = new FilterInputStream(in) {
            private boolean closed;

            @Override
            public int read() throws IOException {
                try {
                    return super.read();
                } catch (ZipException x) {
                    throw damaged(entry, x);
                }
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                try {
                    return super.read(b, off, len);
                } catch (ZipException x) {
                    throw damaged(entry, x);
                }
            }

            @Override
            public void close() throws IOException {
                if (!closed) {
                    closed = true;
                    streamClosed();
                }
                super.close();
            }
        };
        return new InflationGuard(counted, entry(entry.name()), entry::compressedSize, entry.size(),
                "the size the archive declares for it; a forged archive?", limits, "a zip bomb", refusals);
    }

    private IOException damaged(Entry entry, ZipException x) {
        return new IOException(name + ": entry '" + entry.name() + "' is damaged: " + x.getMessage(), x);
    }

    private synchronized void streamClosed() {
        openStreams--;
    }

    private synchronized ZipFile handle() throws IOException {
        if (zip == null) {
            try {
                zip = new ZipFile(file.toFile());
            } catch (ZipException | EOFException | IllegalArgumentException e) {
                // the JDK throws a bare EOFException (no message) when the end record points past the file's end
                String why = e.getMessage() != null ? e.getMessage() : "it ends before its directory does (cut short?)";
                throw new IOException(name + ": not a readable zip archive: " + why, e);
            }
        }
        return zip;
    }

    /**
     * Closes the file handle when no entry is being read (the listing stays; the next {@link #open(Entry)}
     * opens the file again), so that a folder of many zips does not hold a handle for each.
     */
    public synchronized void release() throws IOException {
        if (zip != null && openStreams == 0) {
            ZipFile z = zip;
            zip = null;
            z.close();
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (zip != null) {
            ZipFile z = zip;
            zip = null;
            openStreams = 0;
            z.close();
        }
    }

    /**
     * Whether an entry name would land outside the target folder if someone extracted the zip (zip-slip): empty,
     * absolute ({@code /etc/x}), a drive letter ({@code C:x}), a backslash (a Windows path), a NUL, or a
     * {@code ..} segment.
     */
    public static boolean isUnsafeName(String name) {
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
}
