package io.rapport.hierarchy.core.internal;

import io.rapport.importer.core.csv.DelimitedReader;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;

/**
 * Streams the rows of one sheet ({@code xl/worksheets/sheetN.xml}) as {@link Row}s: one {@code <row>} at a time,
 * so the size of the sheet does not matter. Empty cells are not in the file: each cell is placed by its
 * reference ({@code AB12}), and rows keep the sheet's numbers, so a rejection names the row the user sees.
 * Rows without any value are skipped; the first row with a value is the header, and every later row is given its
 * width. Each cell becomes the text the spreadsheet shows ({@link CellValues}); an error value ({@code #N/A})
 * becomes a reason to reject its row.
 */
final class SheetReader implements ResponseRows {
    private final XmlPart part;
    private final String sheet;
    private final SharedStrings strings;
    private final CellFormats formats;
    private final boolean date1904;
    private final Closeable workbook;
    private long lastRow;
    private int width = -1;

    SheetReader(XmlPart part, String sheet, SharedStrings strings, CellFormats formats, boolean date1904,
            Closeable workbook) {
        this.part = part;
        this.sheet = sheet;
        this.strings = strings;
        this.formats = formats;
        this.date1904 = date1904;
        this.workbook = workbook;
    }

    @Override
    public Row next() throws IOException {
        while (part.toStart("row")) {
            Row row = readRow();
            if (!row.blank()) {
                if (width < 0) {
                    width = row.fields().size();
                }
                return row;
            }
        }
        return null;
    }

    /** A row's cells, positioned on its start. */
    private Row readRow() throws IOException {
        String r = part.attribute("r");
        long number;
        try {
            number = r == null ? lastRow + 1 : Long.parseLong(r.strip());
        } catch (NumberFormatException e) {
            throw part.error("r=\"" + r + "\" is not a row number");
        }
        if (number <= lastRow) {
            throw part.error("row " + number + " comes after row " + lastRow + " (rows must be in order)");
        }
        lastRow = number;
        List<String> cells = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        boolean[] tooLong = new boolean[1];
        int room = DelimitedReader.MAX_RECORD_CHARS;
        int column = -1;
        for (int e = part.next(); !part.atEnd(e, "row"); e = part.next()) {
            if (e == XMLStreamConstants.END_DOCUMENT) {
                throw part.error("the sheet ends inside row " + number + " (a truncated workbook?)");
            }
            if (!part.atStart(e, "c")) {
                if (e == XMLStreamConstants.START_ELEMENT) {
                    part.skipElement(); // row extensions carry no values
                }
                continue;
            }
            String reference = part.attribute("r");
            int at = reference == null ? column + 1 : CellReference.column(reference);
            if (at < 0 || at >= CellReference.MAX_COLUMNS) {
                throw part.error("r=\"" + reference + "\" is not a cell reference");
            }
            if (at <= column) {
                throw part.error("cell " + reference + " comes after column " + CellReference.letters(column)
                        + " (cells must be in order)");
            }
            column = at;
            String cell = CellReference.letters(at) + number;
            String text = readCell(cell, Math.max(0, room), errors, tooLong);
            room -= text.length();
            while (cells.size() < at) {
                cells.add("");
            }
            cells.add(text);
        }
        while (cells.size() > Math.max(width, 0) && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1); // styled but empty cells past the header's width
        }
        while (cells.size() < width) {
            cells.add("");
        }
        return new Row(number, cells, raw(cells), false, tooLong[0], errors);
    }

    /** One cell's text, positioned on its {@code <c>}; the cell's error value, if any, goes to {@code errors}. */
    private String readCell(String cell, int room, List<String> errors, boolean[] tooLong) throws IOException {
        String type = part.attribute("t");
        int style = part.intAttribute("s", 0);
        String value = null;
        String inline = null;
        for (int e = part.next(); !part.atEnd(e, "c"); e = part.next()) {
            if (e == XMLStreamConstants.END_DOCUMENT) {
                throw part.error("the sheet ends inside cell " + cell + " (a truncated workbook?)");
            }
            if (part.atStart(e, "v")) {
                value = part.text(false, room, tooLong);
            } else if (part.atStart(e, "is")) {
                inline = part.text(true, room, tooLong);
            } else if (e == XMLStreamConstants.START_ELEMENT) {
                part.skipElement(); // the formula <f> and extensions: the value is in <v>
            }
        }
        if (type == null) {
            type = "n";
        }
        switch (type) {
            case "inlineStr" -> {
                return inline == null ? "" : inline;
            }
            case "s" -> {
                return sharedString(cell, value, room, tooLong);
            }
            case "str", "d" -> {
                return value == null ? "" : value;
            }
            case "b" -> {
                return value == null ? "" : "1".equals(value.strip()) ? "TRUE" : "FALSE";
            }
            case "e" -> {
                errors.add("cell " + cell + ": " + (value == null ? "an error value" : value.strip()));
                return "";
            }
            case "n" -> {
                if (value == null || value.isBlank()) {
                    return "";
                }
                try {
                    return formats.isDate(style) ? CellValues.date(value, date1904) : CellValues.number(value);
                } catch (NumberFormatException | java.time.DateTimeException x) {
                    errors.add("cell " + cell + ": '" + value.strip() + "' is not a number");
                    return "";
                }
            }
            default -> throw part.error("cell " + cell + " has an unknown type t=\"" + type + "\"");
        }
    }

    private String sharedString(String cell, String value, int room, boolean[] tooLong) throws WorkbookException {
        int index;
        try {
            index = Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw part.error("cell " + cell + " refers to shared string '" + value + "', which is not an index");
        }
        if (index < 0 || index >= strings.size()) {
            throw part.error("cell " + cell + " refers to shared string " + index + ", but the workbook has "
                    + strings.size() + " (a damaged workbook?)");
        }
        String s = strings.get(index);
        if (strings.cut(index) || s.length() > room) {
            tooLong[0] = true;
            return s.substring(0, Math.min(room, s.length()));
        }
        return s;
    }

    /** The row as the report of a rejection shows it: the cells' text joined with tabs, bounded. */
    private static String raw(List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size() && b.length() < DelimitedReader.MAX_RECORD_CHARS; i++) {
            if (i > 0) {
                b.append('\t');
            }
            b.append(cells.get(i), 0, Math.max(0, Math.min(cells.get(i).length(),
                    DelimitedReader.MAX_RECORD_CHARS - b.length())));
        }
        return b.toString();
    }

    @Override
    public double progress() {
        return part.progress();
    }

    @Override
    public String encoding() {
        return "XLSX";
    }

    @Override
    public char delimiter() {
        return 0;
    }

    @Override
    public String sheet() {
        return sheet;
    }

    @Override
    public String format() {
        return "xlsx";
    }

    @Override
    public void close() throws IOException {
        try {
            part.close();
        } finally {
            workbook.close();
        }
    }
}
