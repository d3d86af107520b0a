package io.rapport.hierarchy.core.internal;

import io.rapport.hierarchy.core.SurveyInputException;
import io.rapport.importer.core.ContainerLimitException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Recognises a responses file and opens its rows: an XLSX workbook by its name ({@code .xlsx}) or its content (a
 * zip holding {@code xl/workbook.xml}), otherwise CSV or TSV text. Spreadsheet formats Rapport does not read are
 * refused with what to do instead, rather than read as garbled text.
 */
final class ResponseFiles {
    static final String FORMATS = "Rapport reads survey responses from CSV or TSV text and from .xlsx workbooks";
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    /** The compound-file header of Excel 97–2003 workbooks (and other old Office files). */
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    private static final Map<String, String> REFUSED = Map.of(
            "xls", "an Excel 97–2003 workbook (.xls)",
            "xlsm", "a macro-enabled Excel workbook (.xlsm)",
            "xlsb", "a binary Excel workbook (.xlsb)",
            "ods", "an OpenDocument spreadsheet (.ods)",
            "numbers", "a Numbers spreadsheet (.numbers)");

    private ResponseFiles() {
    }

    /**
     * Opens the rows of a responses file.
     *
     * @param sheet the sheet of a workbook, or {@code null} for its first visible sheet; a text file has none
     */
    static ResponseRows open(Path file, String sheet) throws SurveyInputException {
        String name = file.getFileName().toString();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT)
                : "";
        byte[] head = head(file);
        if (REFUSED.containsKey(extension)) {
            throw refused(file, REFUSED.get(extension));
        }
        if (startsWith(head, OLE2)) {
            throw refused(file, "an Excel 97–2003 workbook or another old Office file");
        }
        boolean zip = startsWith(head, ZIP);
        if (extension.equals("xlsx") || zip) {
            if (!zip) {
                throw new SurveyInputException(file + ": not an XLSX workbook (it does not start as a zip archive;"
                        + " a damaged file?); nothing was imported");
            }
            return workbook(file, sheet);
        }
        if (sheet != null) {
            throw new SurveyInputException(file + ": a text file has no sheets: the sheet '" + sheet + "' applies to"
                    + " .xlsx workbooks");
        }
        TextFiles.Opened opened = TextFiles.open(file);
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            size = 1;
        }
        char delimiter = extension.equals("tsv") || extension.equals("tab") ? '\t' : 0;
        return new DelimitedRows(opened, delimiter, size);
    }

    private static ResponseRows workbook(Path file, String sheet) throws SurveyInputException {
        Workbook workbook = null;
        try {
            workbook = Workbook.open(file);
            return workbook.read(workbook.sheet(sheet));
        } catch (ContainerLimitException | WorkbookException e) {
            close(workbook);
            if (e instanceof WorkbookException w && w.otherZip()) {
                throw refused(file, "a zip archive but not an XLSX workbook (an .ods, .numbers or other zip?)");
            }
            throw new SurveyInputException(e.getMessage() + "; nothing was imported", e);
        } catch (IOException e) {
            close(workbook);
            throw new SurveyInputException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static SurveyInputException refused(Path file, String what) {
        return new SurveyInputException(file + ": " + what + " cannot be read: " + FORMATS + "; save it as .xlsx"
                + " (Excel Workbook) or as CSV");
    }

    private static byte[] head(Path file) throws SurveyInputException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(OLE2.length);
        } catch (NoSuchFileException e) {
            throw new SurveyInputException(file + ": no such file");
        } catch (IOException e) {
            throw new SurveyInputException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static void close(Workbook workbook) {
        if (workbook != null) {
            try {
                workbook.close();
            } catch (IOException ignored) {
                // read-only
            }
        }
    }
}
