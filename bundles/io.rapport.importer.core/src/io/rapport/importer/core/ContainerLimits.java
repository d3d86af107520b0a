package io.rapport.importer.core;

/**
 * The safety limits every archive ({@code .zip}) and compressed file ({@code .gz}, {@code .zst}) is held to
 * while it is listed and read, so that a zip bomb, a decompression bomb or a zip-slip archive is refused with a
 * clear error instead of filling the memory, the disk or the hours. The constants are the limits the import
 * service applies (documented in the README's "Importers" section); tests may use smaller ones.
 *
 * @param maxEntries        entries imported or opened from one archive (each becomes a dataset)
 * @param maxListedEntries  entries an archive may list at all, media included (its directory is held in
 *                          memory; an account archive read as a whole lists its photos too)
 * @param maxEntryBytes     bytes one entry may inflate to
 * @param maxArchiveBytes   bytes all entries of one archive may inflate to together
 * @param maxRatio          how many times its compressed size an entry or a compressed file may inflate to ...
 * @param ratioGraceBytes   ... once it has inflated past this many bytes (small files may compress better)
 * @param maxNesting        containers around a file: 2 allows {@code export.zip!/inner.zip!/a.jsonl} and
 *                          {@code export.zip!/a.jsonl.gz}, not a third level
 */
public record ContainerLimits(int maxEntries, int maxListedEntries, long maxEntryBytes, long maxArchiveBytes,
        int maxRatio, long ratioGraceBytes, int maxNesting) {

    public static final int MAX_ENTRIES = 10_000;
    public static final int MAX_LISTED_ENTRIES = 500_000;
    public static final long MAX_ENTRY_BYTES = 16L << 30;
    public static final long MAX_ARCHIVE_BYTES = 64L << 30;
    /** Text exports compress 5–20:1; 100:1 past a few MB only happens on purpose. */
    public static final int MAX_RATIO = 100;
    public static final long RATIO_GRACE_BYTES = 4L << 20;
    public static final int MAX_NESTING = 2;

    /** The limits the import service applies. */
    public static final ContainerLimits DEFAULT = new ContainerLimits(MAX_ENTRIES, MAX_LISTED_ENTRIES,
            MAX_ENTRY_BYTES, MAX_ARCHIVE_BYTES, MAX_RATIO, RATIO_GRACE_BYTES, MAX_NESTING);

    /** A size as people read it: {@code 16 GiB}, {@code 4 MiB}, {@code 1500 bytes}. */
    public static String bytes(long n) {
        String[] units = { "KiB", "MiB", "GiB", "TiB" };
        String unit = null;
        long value = n;
        for (int i = 0; i < units.length && value >= 1024 && value % 1024 == 0; i++) {
            value /= 1024;
            unit = units[i];
        }
        return unit == null ? n + " bytes" : value + " " + unit;
    }
}
