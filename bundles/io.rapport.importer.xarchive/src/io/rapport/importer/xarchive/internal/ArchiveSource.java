package io.rapport.importer.xarchive.internal;

import java.io.Closeable;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Where an archive's data files are: its data folder or its zip. */
interface ArchiveSource extends Closeable {
    Optional<ArchiveFile> account();

    Optional<ArchiveFile> manifest();

    List<ArchiveFile> noteTweets();

    /** Every tweets part of the archive (replies chain across parts). */
    List<ArchiveFile> allTweetParts();

    /** The parts this import maps: the file given, or every part of a zip. */
    List<ArchiveFile> partsToImport();

    /** Whether a rejection must name the part, because one import reads several (a zip). */
    boolean severalPartsPerImport();

    /** Orders parts as X numbers them: {@code tweets.js}, then {@code tweets-part1.js}, ... */
    Comparator<ArchiveFile> PART_ORDER = Comparator
            .comparingInt((ArchiveFile f) -> DataFileKind.partNumber(f.name())).thenComparing(ArchiveFile::name);
}
