package org.example.rapport.slack.internal;

import io.rapport.core.importer.ImportInput;
import io.rapport.importer.core.ZipArchive;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where an export's files are. A zip on disk is read as a whole through its central directory (Rapport's
 * {@link ZipArchive}: the container safety limits apply, nothing is unpacked): every channel's days, in channel
 * and date order. A day file of an unpacked export (the import service hands over a folder's files one by one)
 * is read alone, with {@code users.json} and {@code channels.json} from the export's root folder beside its
 * channel folder.
 */
abstract sealed class ExportSource implements Closeable {
    final ExportDirectory directory;

    private ExportSource(ExportDirectory directory) {
        this.directory = directory;
    }

    /** The days this import reads. */
    abstract List<DayFile> days();

    /** Whether one import reads several day files, so that rejections must name theirs. */
    abstract boolean severalDays();

    static ExportSource open(ImportInput input) throws IOException {
        if (isZip(input)) {
            Path zip = input.file().orElseThrow(() -> new IOException(input.displayName() + ": a Slack export"
                    + " inside another archive cannot be read in place; unpack the outer archive and import the"
                    + " export's zip"));
            return Zipped.open(zip, input.displayName());
        }
        return Unpacked.open(input);
    }

    private static boolean isZip(ImportInput input) throws IOException {
        try (InputStream in = input.open()) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K'
                    && ((magic[2] == 3 && magic[3] == 4) || (magic[2] == 5 && magic[3] == 6));
        }
    }

    /** The folder of a zip that holds {@code channels.json}: the root, or one top folder; null if none. */
    static String exportRoot(List<String> entryNames) {
        String root = null;
        for (String n : entryNames) {
            if (n.equals("channels.json") || n.endsWith("/channels.json") && n.indexOf('/') == n.lastIndexOf('/')) {
                String folder = n.substring(0, n.length() - "channels.json".length());
                if (root == null || folder.length() < root.length()) {
                    root = folder;
                }
            }
        }
        return root;
    }

    /** Whether an entry is a day of a channel under the export's root ({@code root} ends with '/' or is ""). */
    static boolean isDay(String entryName, String root) {
        if (!entryName.startsWith(root)) {
            return false;
        }
        String rest = entryName.substring(root.length());
        int slash = rest.indexOf('/');
        return slash > 0 && slash == rest.lastIndexOf('/') && DayFile.NAME.matcher(rest.substring(slash + 1)).matches();
    }

    /** An export's zip, read as a whole. */
    static final class Zipped extends ExportSource {
        private final ZipArchive zip;
        private final List<DayFile> days;

        private Zipped(ExportDirectory directory, ZipArchive zip, List<DayFile> days) {
            super(directory);
            this.zip = zip;
            this.days = days;
        }

        static Zipped open(Path file, String displayName) throws IOException {
            ZipArchive zip = ZipArchive.open(file, displayName);
            try {
                List<String> names = zip.entries().stream().map(ZipArchive.Entry::name).toList();
                String root = exportRoot(names);
                if (root == null) {
                    throw new IOException(displayName + ": not a Slack workspace export: no channels.json in the zip"
                            + " (at its root or in one top folder)");
                }
                List<DayFile> days = new ArrayList<>();
                for (ZipArchive.Entry e : zip.entries()) {
                    if (isDay(e.name(), root)) {
                        String rest = e.name().substring(root.length());
                        String channel = rest.substring(0, rest.indexOf('/'));
                        days.add(new DayFile(channel, e.name(), e.size(), () -> zip.open(e)));
                    }
                }
                days.sort(Comparator.comparing(DayFile::channelName).thenComparing(DayFile::name));
                ExportDirectory directory = ExportDirectory.read(entry(zip, root + "users.json"),
                        entry(zip, root + "channels.json"), entry(zip, root + "groups.json"));
                return new Zipped(directory, zip, days);
            } catch (IOException | RuntimeException e) {
                zip.close();
                throw e;
            }
        }

        private static ExportDirectory.NamedFile entry(ZipArchive zip, String name) {
            return zip.entries().stream().filter(e -> e.name().equals(name)).findFirst()
                    .map(e -> new ExportDirectory.NamedFile(zip.name() + "!/" + name, () -> zip.open(e))).orElse(null);
        }

        @Override
        List<DayFile> days() {
            return days;
        }

        @Override
        boolean severalDays() {
            return true;
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }

    /** One day file of an unpacked export. */
    static final class Unpacked extends ExportSource {
        private final DayFile day;

        private Unpacked(ExportDirectory directory, DayFile day) {
            super(directory);
            this.day = day;
        }

        static Unpacked open(ImportInput input) throws IOException {
            Path file = input.file().orElseThrow(() -> new IOException(input.displayName() + ": a day of a Slack"
                    + " channel needs the export's channels.json, which cannot be reached from inside an archive"
                    + " opened entry by entry; import the export's zip by itself, or its unpacked folder"));
            Path channelFolder = file.toAbsolutePath().getParent();
            Path root = channelFolder == null ? null : channelFolder.getParent();
            if (root == null || !Files.isRegularFile(root.resolve("channels.json"))) {
                throw new IOException(input.displayName() + ": no channels.json in the folder above its channel"
                        + " folder; a day of a Slack channel is read with the export it belongs to (channels.json,"
                        + " users.json and one folder per channel): import the export's folder or zip");
            }
            ExportDirectory directory = ExportDirectory.read(onDisk(root.resolve("users.json")),
                    onDisk(root.resolve("channels.json")), onDisk(root.resolve("groups.json")));
            String channel = channelFolder.getFileName().toString();
            return new Unpacked(directory, new DayFile(channel, input.displayName(), input.size(), input::open));
        }

        private static ExportDirectory.NamedFile onDisk(Path p) {
            return Files.isRegularFile(p) ? new ExportDirectory.NamedFile(p.toString(), () -> Files.newInputStream(p))
                    : null;
        }

        @Override
        List<DayFile> days() {
            return List.of(day);
        }

        @Override
        boolean severalDays() {
            return false;
        }

        @Override
        public void close() {
        }
    }
}
