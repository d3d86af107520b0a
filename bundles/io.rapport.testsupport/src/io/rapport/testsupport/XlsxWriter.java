package io.rapport.testsupport;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an XLSX workbook the way Excel lays it out, streaming, for tests and measurements that need workbooks
 * too large or too many to keep as fixtures: each sheet's rows go straight into the zip; text cells go to the
 * shared-strings table (as Excel does) or inline; a {@code null} cell is left out, as Excel leaves out empty
 * cells. Numbers are written as given ({@link #number(String)} keeps a stored form like {@code 4.9999999999999991}).
 */
public final class XlsxWriter implements Closeable {
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /** A number cell with the stored text given exactly. */
    public record Stored(String text) {
    }

    private final ZipOutputStream zip;
    private final Writer out;
    private final boolean shared;
    private final Map<String, Integer> strings = new LinkedHashMap<>();
    private final List<String> sheets = new ArrayList<>();
    private long row;
    private boolean inSheet;

    /** @param sharedStrings text cells in the shared-strings table (as Excel writes them), or inline */
    public XlsxWriter(Path file, boolean sharedStrings) throws IOException {
        zip = new ZipOutputStream(Files.newOutputStream(file));
        out = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
        shared = sharedStrings;
    }

    public static Stored number(String stored) {
        return new Stored(stored);
    }

    /** Starts the next sheet. */
    public XlsxWriter sheet(String name) throws IOException {
        endSheet();
        sheets.add(name);
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + sheets.size() + ".xml"));
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + MAIN
                + "\" xmlns:r=\"" + REL + "\"><sheetData>");
        inSheet = true;
        row = 0;
        return this;
    }

    /** The next row: {@code String} (text), {@code Integer}/{@code Long}/{@code Double}, {@link Stored}, or null. */
    public XlsxWriter row(Object... cells) throws IOException {
        row++;
        out.write("<row r=\"" + row + "\">");
        for (int i = 0; i < cells.length; i++) {
            Object c = cells[i];
            if (c == null) {
                continue;
            }
            String ref = column(i) + row;
            if (c instanceof String s) {
                if (shared) {
                    Integer index = strings.computeIfAbsent(s, k -> strings.size());
                    out.write("<c r=\"" + ref + "\" t=\"s\"><v>" + index + "</v></c>");
                } else {
                    out.write("<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + escape(s) + "</t></is></c>");
                }
            } else {
                String stored = c instanceof Stored n ? n.text() : c.toString();
                out.write("<c r=\"" + ref + "\"><v>" + stored + "</v></c>");
            }
        }
        out.write("</row>");
        return this;
    }

    private void endSheet() throws IOException {
        if (inSheet) {
            out.write("</sheetData></worksheet>");
            out.flush();
            zip.closeEntry();
            inSheet = false;
        }
    }

    private void part(String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
        out.write(xml);
        out.flush();
        zip.closeEntry();
    }

    @Override
    public void close() throws IOException {
        endSheet();
        StringBuilder types = new StringBuilder("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
                + "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>");
        StringBuilder workbook = new StringBuilder("<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><sheets>");
        StringBuilder rels = new StringBuilder("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "relationships\">");
        for (int i = 1; i <= sheets.size(); i++) {
            workbook.append("<sheet name=\"").append(escape(sheets.get(i - 1))).append("\" sheetId=\"").append(i)
                    .append("\" r:id=\"rId").append(i).append("\"/>");
            rels.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(REL)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
        }
        workbook.append("</sheets></workbook>");
        rels.append("<Relationship Id=\"rIdS\" Type=\"").append(REL)
                .append("/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
        part("[Content_Types].xml", types.append("</Types>").toString());
        part("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        part("xl/workbook.xml", workbook.toString());
        part("xl/_rels/workbook.xml.rels", rels.toString());
        zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"" + MAIN + "\" count=\""
                + strings.size() + "\" uniqueCount=\"" + strings.size() + "\">");
        for (String s : strings.keySet()) {
            out.write("<si><t>" + escape(s) + "</t></si>");
        }
        out.write("</sst>");
        out.flush();
        zip.closeEntry();
        zip.close();
    }

    /** The letters of a 0-based column. */
    static String column(int index) {
        StringBuilder b = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            b.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return b.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
