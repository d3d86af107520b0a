package io.rapport.importer.core.internal;

import io.rapport.core.importer.ImportInput;
import io.rapport.importer.core.ContainerLimitException;
import io.rapport.importer.core.ContainerLimits;
import io.rapport.importer.core.CountingInputStream;
import io.rapport.importer.core.InflationGuard;
import io.rapport.importer.core.ZipArchive;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A zip that is not a file on disk (an entry of another zip, or a {@code .zip.gz}'s content), read as a stream
 * with {@link ZipInputStream}: listing it inflates every entry once, under the limits, to learn the sizes; an
 * entry is then read by streaming the zip from its start up to it. Nothing is unpacked to memory or disk, at
 * the cost of reading the zip again for each entry (a nested zip is a small thing in real exports).
 */
final class StreamedZip implements Archive {
    private final ImportInput source;
    private final String name;
    private final ContainerLimits limits;
    private final Consumer<ContainerLimitException> refusals;
    private final List<Entry> files = new ArrayList<>();
    /** Inflated size of every entry, folders included, by position. */
    private final List<Long> sizes = new ArrayList<>();

    private StreamedZip(ImportInput source, ContainerLimits limits, Consumer<ContainerLimitException> refusals) {
        this.source = source;
        this.name = source.displayName();
        this.limits = limits;
        this.refusals = refusals;
    }

    /**
     * Lists the zip, checking names, the entry count, and sizes and ratios as every entry inflates.
     *
     * @param checkCanceled called between entries and while one inflates
     */
    static StreamedZip list(ImportInput source, ContainerLimits limits, Consumer<ContainerLimitException> refusals,
            Runnable checkCanceled) throws IOException {
        StreamedZip z = new StreamedZip(source, limits, refusals);
        z.list(checkCanceled);
        return z;
    }

    private void list(Runnable checkCanceled) throws IOException {
        Set<String> names = new HashSet<>();
        long total = 0;
        try (CountingInputStream counted = new CountingInputStream(source.open());
                ZipInputStream zip = new ZipInputStream(counted)) {
            ZipEntry e;
            while ((e = next(zip)) != null) {
                checkCanceled.run();
                String n = e.getName();
                if (sizes.size() >= limits.maxListedEntries()) {
                    throw refuse(name + ": refused: it lists more than " + limits.maxListedEntries()
                            + " entries (the limit; a zip bomb?)");
                }
                if (ZipArchive.isUnsafeName(n)) {
                    throw refuse(name + ": refused: entry '" + n + "' points outside the archive (zip-slip)");
                }
                if (!names.add(n)) {
                    throw refuse(name + ": refused: entry '" + n + "' is listed twice (a forged archive?)");
                }
                long start = counted.count();
                InflationGuard guard = new InflationGuard(entryStream(zip), subject(n), () -> counted.count() - start,
                        limits.maxEntryBytes(), "the limit per entry; a zip bomb?", limits, "a zip bomb", refusals);
                long size = drain(guard, checkCanceled);
                total += size;
                if (total > limits.maxArchiveBytes()) {
                    throw refuse(name + ": refused: its entries inflate to more than "
                            + ContainerLimits.bytes(limits.maxArchiveBytes()) + " in all (the limit per archive; a zip bomb?)");
                }
                if (!e.isDirectory()) {
                    files.add(new Entry(sizes.size(), n, size));
                }
                sizes.add(size);
            }
        }
    }

    @Override
    public String displayName() {
        return name;
    }

    @Override
    public List<Entry> files() {
        return files;
    }

    @Override
    public InputStream open(Entry entry) throws IOException {
        CountingInputStream counted = new CountingInputStream(source.open());
        ZipInputStream zip = new ZipInputStream(counted);
        try {
            for (int i = 0;; i++) {
                ZipEntry e = next(zip);
                if (e == null || i >= sizes.size()) {
                    throw new IOException(name + ": changed since it was listed (entry '" + entry.name() + "' is missing)");
                }
                String reason = "the size it had when the archive was listed; changed or forged?";
                if (i == entry.index()) {
                    if (!e.getName().equals(entry.name())) {
                        throw new IOException(name + ": changed since it was listed (entry '" + entry.name() + "')");
                    }
                    long start = counted.count();
                    return new InflationGuard(entryStream(zip), subject(entry.name()), () -> counted.count() - start,
                            sizes.get(i), reason, limits, "a zip bomb", refusals);
                }
                long start = counted.count();
                drain(new InflationGuard(entryStream(zip), subject(e.getName()), () -> counted.count() - start,
                        sizes.get(i), reason, limits, "a zip bomb", refusals), () -> {
                        });
            }
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    private String subject(String entryName) {
        return name + ": refused: entry '" + entryName + "'";
    }

    /** The next entry; a malformed zip or entry name as an IOException naming the archive. */
    private ZipEntry next(ZipInputStream zip) throws IOException {
        try {
            return zip.getNextEntry();
        } catch (ContainerLimitException e) {
            throw e;
        } catch (IOException | IllegalArgumentException e) {
            throw new IOException(name + ": not a readable zip archive: " + e.getMessage(), e);
        }
    }

    /** The current entry of the zip as a stream whose close() leaves the zip open (the guard closes it). */
    private InputStream entryStream(ZipInputStream zip) {
        return new FilterInputStream(zip) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                try {
                    return super.read(b, off, len);
                } catch (ContainerLimitException e) {
                    throw e;
                } catch (IOException | IllegalArgumentException e) {
                    throw new IOException(name + ": damaged: " + e.getMessage(), e);
                }
            }
        };
    }

    private static long drain(InputStream in, Runnable checkCanceled) throws IOException {
        byte[] buf = new byte[64 << 10];
        long n = 0;
        int r;
        int sinceCheck = 0;
        while ((r = in.read(buf, 0, buf.length)) >= 0) {
            n += r;
            if (++sinceCheck == 16) { // about every MB
                checkCanceled.run();
                sinceCheck = 0;
            }
        }
        return n;
    }

    private ContainerLimitException refuse(String message) {
        ContainerLimitException e = new ContainerLimitException(message);
        if (refusals != null) {
            refusals.accept(e);
        }
        return e;
    }
}
