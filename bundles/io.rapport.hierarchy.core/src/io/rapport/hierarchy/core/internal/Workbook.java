package io.rapport.hierarchy.core.internal;

import io.rapport.importer.core.ContainerLimitException;
import io.rapport.importer.core.ZipArchive;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import javax.xml.stream.XMLInputFactory;

/**
 * An XLSX workbook (Office Open XML spreadsheet): a zip of XML parts, read in place. The zip is held to the
 * same safety limits as every archive Rapport imports ({@link ZipArchive}: zip-slip names, sizes, compression
 * ratio), every XML part is read without DTDs ({@link XmlPart}). What is read here is small: the sheets' names
 * and where each sheet's part is ({@code xl/workbook.xml} and its relationships), and whether dates count from
 * 1904. The sheet itself is streamed by a {@link SheetReader}.
 */
final class Workbook implements Closeable {
    static final String WORKBOOK = "xl/workbook.xml";
    private static final String RELATIONSHIPS = "xl/_rels/workbook.xml.rels";

    /** A sheet as the workbook lists it: its name, its part and whether it is shown (not hidden). */
    record Sheet(String name, String part, boolean visible) {
    }

    /** A relationship of the workbook part: where a sheet, the shared strings or the styles are. */
    private record Relationship(String type, String part) {
    }

    private final String file;
    private final ZipArchive zip;
    private final XMLInputFactory xml = XmlPart.safeFactory();
    private final Map<String, ZipArchive.Entry> entries = new HashMap<>();
    private final List<Sheet> sheets = new ArrayList<>();
    private boolean date1904;
    private String sharedStrings;
    private String styles;

    private Workbook(String file, ZipArchive zip) {
        this.file = file;
        this.zip = zip;
        for (ZipArchive.Entry e : zip.entries()) {
            entries.put(e.name(), e);
        }
    }

    /**
     * Opens a workbook and reads its list of sheets.
     *
     * @throws ContainerLimitException if the zip breaks a safety limit
     * @throws WorkbookException       if it is not a readable XLSX workbook
     */
    static Workbook open(Path path) throws IOException {
        String file = path.toString();
        ZipArchive zip;
        try {
            zip = ZipArchive.open(path, file);
        } catch (ContainerLimitException e) {
            throw e;
        } catch (IOException e) {
            throw new WorkbookException(file + ": not a readable XLSX workbook (a damaged or truncated file?): "
                    + e.getMessage(), e);
        }
        Workbook w = new Workbook(file, zip);
        try {
            if (w.entry(WORKBOOK) == null) {
                throw new WorkbookException(file + ": a zip archive without " + WORKBOOK + ", not an XLSX workbook", true);
            }
            w.readStructure();
            return w;
        } catch (IOException | RuntimeException e) {
            w.close();
            throw e;
        }
    }

    String file() {
        return file;
    }

    List<Sheet> sheets() {
        return List.copyOf(sheets);
    }

    boolean date1904() {
        return date1904;
    }

    /**
     * The sheet of that name (as Excel, ignoring case), or the first visible sheet when {@code name} is
     * {@code null}.
     *
     * @throws WorkbookException if there is no such sheet; the message lists the sheets
     */
    Sheet sheet(String name) throws WorkbookException {
        for (Sheet s : sheets) {
            if (name == null ? s.visible() : s.name().equalsIgnoreCase(name.strip())) {
                return s;
            }
        }
        String list = sheets.stream().map(s -> "'" + s.name() + "'" + (s.visible() ? "" : " (hidden)"))
                .collect(Collectors.joining(", "));
        throw new WorkbookException(name == null ? file + ": the workbook has no visible sheet (sheets: " + list + ")"
                : file + ": no sheet '" + name + "' (sheets: " + list + ")");
    }

    /** Streams the rows of a sheet; closing the reader closes the workbook. */
    SheetReader read(Sheet sheet) throws IOException {
        SharedStrings strings = SharedStrings.none();
        if (sharedStrings != null && entry(sharedStrings) != null) {
            try (XmlPart part = part(sharedStrings)) {
                strings = SharedStrings.read(part);
            }
        }
        CellFormats formats = CellFormats.none();
        if (styles != null && entry(styles) != null) {
            try (XmlPart part = part(styles)) {
                formats = CellFormats.read(part);
            }
        }
        if (entry(sheet.part()) == null) {
            throw new WorkbookException(file + ": the sheet '" + sheet.name() + "' should be in " + sheet.part()
                    + ", which the workbook lacks (a damaged workbook?)");
        }
        return new SheetReader(part(sheet.part()), sheet.name(), strings, formats, date1904, this);
    }

    private void readStructure() throws IOException {
        Map<String, Relationship> relationships = readRelationships();
        for (Relationship r : relationships.values()) {
            if (r.type().endsWith("/sharedStrings")) {
                sharedStrings = r.part();
            } else if (r.type().endsWith("/styles")) {
                styles = r.part();
            }
        }
        try (XmlPart part = part(WORKBOOK)) {
            for (int e = part.next(); e != javax.xml.stream.XMLStreamConstants.END_DOCUMENT; e = part.next()) {
                if (part.atStart(e, "workbookPr")) {
                    String d = part.attribute("date1904");
                    date1904 = "1".equals(d) || "true".equalsIgnoreCase(d);
                } else if (part.atStart(e, "sheet")) {
                    String name = part.attribute("name");
                    String id = part.attribute("id");
                    Relationship r = id == null ? null : relationships.get(id);
                    if (name == null || r == null) {
                        throw part.error("a sheet without a name or without a part (r:id=\"" + id + "\" is not in "
                                + RELATIONSHIPS + ")");
                    }
                    String state = part.attribute("state");
                    sheets.add(new Sheet(name, r.part(), state == null || state.equals("visible")));
                }
            }
        }
        if (sheets.isEmpty()) {
            throw new WorkbookException(file + ": " + WORKBOOK + " lists no sheet");
        }
    }

    private Map<String, Relationship> readRelationships() throws IOException {
        Map<String, Relationship> byId = new HashMap<>();
        if (entry(RELATIONSHIPS) == null) {
            throw new WorkbookException(file + ": " + RELATIONSHIPS + " is missing (a damaged workbook?)");
        }
        try (XmlPart part = part(RELATIONSHIPS)) {
            while (part.toStart("Relationship")) {
                String id = part.attribute("Id");
                String target = part.attribute("Target");
                if (id == null || target == null || "External".equals(part.attribute("TargetMode"))) {
                    continue; // links outside the workbook are never followed
                }
                String resolved = resolve(target);
                if (resolved == null) {
                    throw part.error("Target=\"" + target + "\" points outside the workbook");
                }
                byId.put(id, new Relationship(String.valueOf(part.attribute("Type")), resolved));
            }
        }
        return byId;
    }

    /**
     * A relationship target as a part name: {@code worksheets/sheet1.xml} is relative to {@code xl/},
     * {@code /xl/worksheets/sheet1.xml} is absolute; {@code null} if it climbs out of the package.
     */
    static String resolve(String target) {
        String path = target.startsWith("/") ? target.substring(1) : "xl/" + target;
        Deque<String> segments = new ArrayDeque<>();
        for (String s : path.split("/")) {
            if (s.isEmpty() || s.equals(".")) {
                continue;
            }
            if (s.equals("..")) {
                if (segments.isEmpty()) {
                    return null;
                }
                segments.removeLast();
            } else {
                segments.addLast(s);
            }
        }
        return String.join("/", segments);
    }

    /** An entry by part name; part names are case-insensitive in the package format. */
    private ZipArchive.Entry entry(String part) {
        ZipArchive.Entry e = entries.get(part);
        if (e == null) {
            for (Map.Entry<String, ZipArchive.Entry> any : entries.entrySet()) {
                if (any.getKey().toLowerCase(Locale.ROOT).equals(part.toLowerCase(Locale.ROOT))) {
                    return any.getValue();
                }
            }
        }
        return e;
    }

    private XmlPart part(String name) throws IOException {
        ZipArchive.Entry e = entry(name);
        return XmlPart.open(xml, file, name, zip.open(e), e.size());
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
