package io.rapport.importer.core.internal;

import io.rapport.core.importer.ChannelImporter;
import io.rapport.core.importer.ImportInput;
import io.rapport.core.importer.ImportInputException;
import io.rapport.core.importer.ImportPlan;
import io.rapport.core.importer.ImportPlan.Unit;
import io.rapport.core.importer.ImportRequest;
import io.rapport.core.importer.ImporterDescriptor;
import io.rapport.core.importer.ImporterRegistry;
import io.rapport.core.importer.Recognition;
import io.rapport.importer.core.ContainerLimitException;
import io.rapport.importer.core.ContainerLimits;
import io.rapport.importer.core.ZipArchive;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One planning run: walks the request's files and folders, opens the containers it finds (zips by their entries,
 * {@code .gz}/{@code .zst} by their content, up to {@link ContainerLimits#maxNesting()} deep) and picks the
 * importer of every file, unless an importer reads the container itself. The rules:
 * <ul>
 * <li>A file given by itself is always imported (an unknown format is an error); in folders and archives only
 * files some importer's patterns name (the given format's, with {@code --format}) are taken, and containers.</li>
 * <li>A file is a container by its first bytes; a name ending {@code .zip}, {@code .gz} or {@code .zst} whose
 * bytes are not that container is an error.</li>
 * <li>A zip on disk goes whole to an importer that reads zips itself and claims it by its entry names (or whose
 * patterns name it and does not deny it); otherwise its entries are taken as a folder's files. A zip inside
 * another container is always taken entry by entry.</li>
 * <li>A compressed file's content is recognised by its name without the suffix and its decompressed first
 * bytes; the importer picked gets it decompressed, or as it is if it reads that compression itself.</li>
 * </ul>
 */
final class Planner {
    private final ImporterRegistry registry;
    private final ContainerLimits limits;
    private final IProgressMonitor monitor;
    private final FormatChooser chooser;
    private final Plan plan = new Plan();
    private ImporterDescriptor forced;
    private java.util.Map<String, String> options = java.util.Map.of();

    /** The first bytes of an input as read, and why reading stopped early when decoding failed. */
    private record Head(byte[] bytes, IOException error) {
    }

    Planner(ImporterRegistry registry, ContainerLimits limits, IProgressMonitor monitor) {
        this.registry = registry;
        this.limits = limits;
        this.monitor = monitor;
        this.chooser = new FormatChooser(registry);
    }

    ImportPlan plan(ImportRequest request) throws ImportInputException {
        boolean planned = false;
        try {
            options = request.options();
            for (Path input : request.inputs()) {
                checkCanceled();
                String format = request.formatOf(input);
                forced = format == null ? null : registry.descriptor(format).orElseThrow(
                        () -> new ImportInputException("unknown format '" + format + "' (installed: " + String.join(
                                ", ", registry.descriptors().stream().map(ImporterDescriptor::id).toList()) + ")"));
                addPath(input);
            }
            planned = true;
            return plan;
        } finally {
            if (!planned) {
                plan.close();
            }
        }
    }

    private void addPath(Path input) throws ImportInputException {
        if (!Files.exists(input)) {
            throw new ImportInputException(input + ": no such file or directory");
        }
        if (Files.isDirectory(input)) {
            int before = plan.size();
            for (Path f : filesUnder(input)) {
                checkCanceled();
                member(ImportInput.of(f), 0);
            }
            if (plan.size() == before) {
                throw new ImportInputException(input + ": no importable files in this directory" + forFormat()
                        + skippedReason());
            }
        } else {
            if (!Files.isReadable(input)) {
                throw new ImportInputException(input + ": not readable");
            }
            given(ImportInput.of(input), 0);
        }
    }

    /** A file given by itself: always imported; an unknown format is an error. */
    private void given(ImportInput in, int depth) throws ImportInputException {
        take(in, head(in), depth, true);
    }

    /**
     * A file found in a folder or an archive: taken if it is named by an importer's patterns or as a container.
     *
     * @param depth the containers around it
     */
    private void member(ImportInput in, int depth) throws ImportInputException {
        if (isCandidate(in.fileName())) {
            take(in, head(in), depth, false);
        }
    }

    /** Opens a container, or picks the importer of a file. */
    private void take(ImportInput in, Head head, int depth, boolean given) throws ImportInputException {
        Container c = container(in, head);
        if (c == Container.ZIP) {
            zip(in, depth, given);
        } else if (c != null) {
            compressed(in, c, depth, given);
        } else {
            file(in, head, given);
        }
    }

    /** Whether a file of a folder or archive is looked at: a container, or named by an importer's patterns. */
    private boolean isCandidate(String fileName) {
        return !fileName.startsWith(".") && (Container.ofName(fileName) != null || isWanted(fileName));
    }

    private boolean isWanted(String fileName) {
        return forced != null ? forced.matchesFileName(fileName)
                : ImporterDescriptor.mostSpecificFor(fileName, registry.descriptors()).isPresent();
    }

    /** Why the files that were there were left out, for a folder or archive where nothing is left. */
    private String skippedReason() {
        List<String> skipped = plan.skipped();
        return skipped.isEmpty() ? "" : " (left out: " + skipped.get(skipped.size() - 1) + ")";
    }

    /**
     * Whether {@code format} can read {@code in} with the import's options. A file of a folder or archive whose
     * importer needs an option the import lacks (a CSV file without a column mapping) is left out and listed,
     * so that one stray file does not fail the import of the others; a file given by itself goes to its
     * importer, which says what is missing.
     */
    private boolean usable(ImporterDescriptor format, ImportInput in, boolean given) {
        List<String> missing = format.missingOptions(options);
        if (given || missing.isEmpty()) {
            return true;
        }
        plan.skip(in.displayName() + ": " + format.label() + " needs the option " + String.join(", ", missing)
                + " (e.g. --" + missing.get(0) + " FILE)");
        return false;
    }

    private void file(ImportInput in, Head head, boolean given) throws ImportInputException {
        if (forced != null) {
            if ((given || forced.matchesFileName(in.fileName())) && usable(forced, in, given)) {
                plan.add(new Unit(in, forced, null));
            }
            return;
        }
        Optional<FormatChooser.Choice> choice = chooser.choose(in, head.bytes());
        if (choice.isPresent()) {
            if (usable(choice.get().format(), in, given)) {
                plan.add(new Unit(in, choice.get().format(), choice.get().why()));
            }
        } else if (given) {
            throw noImporter(in, head);
        }
    }

    private void compressed(ImportInput in, Container c, int depth, boolean given) throws ImportInputException {
        checkNesting(in, depth);
        DecompressedInput content = new DecompressedInput(in, c, limits, plan::refused);
        Head head = head(content);
        Container inner = head.error() == null ? Container.ofContent(head.bytes()) : null;
        if (inner == Container.ZIP) {
            zip(content, depth + 1, given);
            return;
        }
        if (inner != null) {
            compressed(content, inner, depth + 1, given);
            return;
        }
        if (!given && !isWanted(content.fileName())) {
            return; // a folder's photo.jpg.gz, say
        }
        ImporterDescriptor format;
        String why = null;
        if (forced != null) {
            format = forced;
        } else {
            Optional<FormatChooser.Choice> choice = chooser.choose(content, head.bytes());
            if (choice.isEmpty()) {
                if (head.error() != null) {
                    throw new ImportInputException(message(in, head.error()), head.error());
                }
                throw noImporter(content, head);
            }
            format = choice.get().format();
            why = choice.get().why();
        }
        if (!usable(format, in, given)) {
            return;
        }
        if (format.readsContainer(c.kind)) {
            plan.add(new Unit(in, format, why)); // e.g. a Pushshift .zst, decoded with its long window by reddit
        } else if (head.error() != null && head.bytes().length == 0) {
            throw new ImportInputException(message(in, head.error()), head.error());
        } else {
            plan.add(new Unit(content, format, why));
        }
    }

    private void zip(ImportInput in, int depth, boolean given) throws ImportInputException {
        checkNesting(in, depth);
        Archive archive;
        try {
            Optional<Path> file = in.file();
            if (file.isPresent()) {
                ZipArchive z = ZipArchive.open(file.get(), in.displayName(), limits, plan::refused);
                plan.archives().add(z);
                Optional<Unit> whole = claim(in, z.entries().stream().map(ZipArchive.Entry::name).toList());
                if (whole.isPresent()) {
                    plan.add(whole.get());
                    return;
                }
                archive = new ZipFileArchive(z, plan.archives());
            } else {
                archive = StreamedZip.list(in, limits, plan::refused, this::checkCanceled);
            }
        } catch (IOException e) {
            throw new ImportInputException(message(in, e), e);
        }
        List<Archive.Entry> taken = archive.files().stream()
                .filter(e -> !isHiddenPath(e.name()) && isCandidate(e.fileName()))
                .sorted(Comparator.comparing(Archive.Entry::name)).toList();
        if (taken.size() > limits.maxEntries()) {
            throw refuse(archive.displayName() + ": refused: " + taken.size() + " entries to import (the limit per"
                    + " archive is " + limits.maxEntries() + "; a zip bomb?)");
        }
        int before = plan.size();
        for (Archive.Entry e : taken) {
            checkCanceled();
            member(new EntryInput(archive, e), depth + 1);
        }
        if (given && plan.size() == before) {
            throw new ImportInputException(in.displayName() + ": no importable files in this archive" + forFormat()
                    + skippedReason());
        }
    }

    /**
     * The importer that reads this zip as a whole: one that reads zips itself and claims it by its entries, or
     * whose patterns name the zip and that does not deny it. A zip that also holds files of other formats (or
     * other containers) is not claimed: opened entry by entry, nothing in it is left out, and the claiming
     * importer still gets the entries its patterns name.
     */
    private Optional<Unit> claim(ImportInput zip, List<String> entryNames) {
        List<ImporterDescriptor> candidates = forced != null ? List.of(forced) : registry.descriptors();
        ImporterDescriptor best = null;
        Recognition bestRecognition = null;
        int bestConfidence = -1;
        for (ImporterDescriptor d : candidates) {
            if (!d.readsContainer(ChannelImporter.ZIP)) {
                continue;
            }
            Recognition r = registry.importer(d.id()).map(i -> recogniseArchive(i, zip.fileName(), entryNames))
                    .orElse(Recognition.UNKNOWN);
            int confidence = r.isClaim() ? r.confidence()
                    : d.matchesFileName(zip.fileName()) && !r.isDenial() ? 50 : -1;
            if (confidence > bestConfidence) {
                best = d;
                bestRecognition = r;
                bestConfidence = confidence;
            }
        }
        if (best == null || (forced == null && holdsOtherFormats(best, entryNames))) {
            return Optional.empty();
        }
        String why = best.matchesFileName(zip.fileName()) || !bestRecognition.isClaim() ? null
                : "read as a whole by " + best.id() + ": " + bestRecognition.reason();
        return Optional.of(new Unit(zip, best, why));
    }

    private boolean holdsOtherFormats(ImporterDescriptor claimer, List<String> entryNames) {
        for (String entry : entryNames) {
            String name = entry.substring(entry.lastIndexOf('/') + 1);
            if (!entry.endsWith("/") && !isHiddenPath(entry) && isCandidate(name) && !claimer.matchesFileName(name)) {
                return true;
            }
        }
        return false;
    }

    /** A faulty recogniseArchive() must not stop an import: it counts as "cannot tell". */
    private static Recognition recogniseArchive(ChannelImporter importer, String name, List<String> entries) {
        try {
            Recognition r = importer.recogniseArchive(name, entries);
            return r == null ? Recognition.UNKNOWN : r;
        } catch (RuntimeException e) {
            return Recognition.UNKNOWN;
        }
    }

    /** The container the input's bytes are; its name may not say another. */
    private static Container container(ImportInput in, Head head) throws ImportInputException {
        Container byContent = Container.ofContent(head.bytes());
        Container byName = Container.ofName(in.fileName());
        if (byName != null && byContent != byName) {
            throw new ImportInputException(in.displayName() + ": not " + byName.description + ": it is named "
                    + byName.suffix + " but does not start with the " + byName.label + " magic number ("
                    + byName.magicDescription() + ")" + (byName == Container.GZIP && head.bytes().length > 0
                            ? "; if a browser decompressed it while downloading, remove the .gz from its name" : ""));
        }
        return byContent;
    }

    private Head head(ImportInput in) throws ImportInputException {
        boolean decoded = in instanceof DecompressedInput;
        byte[] buf = new byte[ChannelImporter.HEAD_BYTES];
        int n = 0;
        InputStream s;
        try {
            s = in.open();
        } catch (IOException e) {
            if (decoded) {
                return new Head(new byte[0], e);
            }
            throw new ImportInputException(message(in, e), e);
        }
        try (s) {
            int r;
            while (n < buf.length && (r = s.read(buf, n, buf.length - n)) >= 0) {
                n += r;
            }
        } catch (ContainerLimitException e) {
            throw new ImportInputException(e.getMessage(), e);
        } catch (IOException e) {
            if (decoded) {
                return new Head(Arrays.copyOf(buf, n), e);
            }
            throw new ImportInputException(message(in, e), e);
        }
        return new Head(Arrays.copyOf(buf, n), null);
    }

    private ImportInputException noImporter(ImportInput in, Head head) {
        if (Container.isTar(head.bytes())) {
            return new ImportInputException(in.displayName() + ": a tar archive, which Rapport does not open;"
                    + " unpack it (tar xf) and import the folder");
        }
        return new ImportInputException(in.displayName()
                + ": no importer recognises this file; choose one with --format (see 'rapport formats')");
    }

    private void checkNesting(ImportInput container, int depth) throws ImportInputException {
        if (depth + 1 > limits.maxNesting()) {
            throw refuse(container.displayName() + ": refused: containers nested more than " + limits.maxNesting()
                    + " deep (the limit; a zip bomb?)");
        }
    }

    private ImportInputException refuse(String message) {
        ContainerLimitException e = new ContainerLimitException(message);
        plan.refused(e);
        return new ImportInputException(message, e);
    }

    /** An I/O failure as one line naming the input (container errors name it already). */
    private static String message(ImportInput in, IOException e) {
        String m = String.valueOf(e.getMessage());
        String root = in.displayName();
        int bang = root.indexOf("!/");
        if (m.startsWith(bang < 0 ? root : root.substring(0, bang))) {
            return m;
        }
        return in.displayName() + ": not readable: " + m;
    }

    private String forFormat() {
        return forced != null ? " for format " + forced.id() : "";
    }

    /** Folders of metadata that archivers add ({@code __MACOSX/}, {@code .git/}) hold no exports. */
    private static boolean isHiddenPath(String entryName) {
        for (String segment : entryName.split("/")) {
            if (segment.startsWith(".") || segment.equals("__MACOSX")) {
                return true;
            }
        }
        return false;
    }

    private void checkCanceled() {
        if (monitor != null && monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }

    private static List<Path> filesUnder(Path dir) throws ImportInputException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new ImportInputException(dir + ": cannot list: " + e.getMessage(), e);
        }
    }
}
