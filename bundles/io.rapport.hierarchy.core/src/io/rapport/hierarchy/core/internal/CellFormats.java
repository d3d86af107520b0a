package io.rapport.hierarchy.core.internal;

import java.io.IOException;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Which cell styles show their number as a date ({@code xl/styles.xml}). A date is stored as a plain number of
 * days; only the number format of the cell's style ({@code s="3"} → the fourth {@code <xf>} of
 * {@code <cellXfs>} → its {@code numFmtId}) tells it apart from a count: a built-in date or time format
 * (14–22, 45–47), or a custom format whose code has day, month, year, hour or second letters outside quoted text
 * and brackets.
 */
final class CellFormats {
    private final BitSet dateStyles;

    private CellFormats(BitSet dateStyles) {
        this.dateStyles = dateStyles;
    }

    static CellFormats none() {
        return new CellFormats(new BitSet());
    }

    static CellFormats read(XmlPart part) throws IOException {
        Map<Integer, String> custom = new HashMap<>();
        BitSet dates = new BitSet();
        int xf = 0;
        boolean inCellXfs = false;
        for (int e = part.next(); e != javax.xml.stream.XMLStreamConstants.END_DOCUMENT; e = part.next()) {
            if (part.atStart(e, "numFmt")) {
                custom.put(part.intAttribute("numFmtId", -1), part.attribute("formatCode"));
            } else if (part.atStart(e, "cellXfs")) {
                inCellXfs = true;
            } else if (part.atEnd(e, "cellXfs")) {
                inCellXfs = false;
            } else if (inCellXfs && part.atStart(e, "xf")) {
                int id = part.intAttribute("numFmtId", 0);
                if (isBuiltInDate(id) || (custom.containsKey(id) && isDateCode(custom.get(id)))) {
                    dates.set(xf);
                }
                xf++;
            }
        }
        return new CellFormats(dates);
    }

    /** Whether cells of a style (the {@code s} attribute) show dates. */
    boolean isDate(int style) {
        return style >= 0 && dateStyles.get(style);
    }

    static boolean isBuiltInDate(int numFmtId) {
        return (numFmtId >= 14 && numFmtId <= 22) || (numFmtId >= 45 && numFmtId <= 47);
    }

    /**
     * Whether a number format code shows a date or time: a y, m, d, h or s that is a format letter, not inside
     * {@code "quoted text"}, not in brackets ({@code [Red]}, {@code [$-409]}), not escaped ({@code \d}) and not
     * the character after {@code _} or {@code *} (padding).
     */
    static boolean isDateCode(String code) {
        if (code == null) {
            return false;
        }
        boolean quoted = false;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (quoted) {
                quoted = c != '"';
            } else if (c == '"') {
                quoted = true;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else if (c == '[') {
                int close = code.indexOf(']', i);
                i = close < 0 ? code.length() : close;
            } else if ("yYmMdDhHsS".indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }
}
