package io.rapport.hierarchy.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the columns of a responses file map onto the survey when their names differ from the item ids: column
 * name → target, where a target is an item id, {@value #RESPONDENT_ID}, {@value #HANDLE},
 * {@value #HANDLE_CHANNEL}, {@value #IGNORE}, or {@code attribute:NAME} (an attribute under another name).
 * Columns the mapping does not name are matched by the default rules (see the README).
 *
 * @param sheet  the sheet of an XLSX workbook to read, or {@code null} for its first visible sheet
 * @param source the mapping file, for messages
 */
public record ResponseMapping(Map<String, String> columns, String sheet, String source) {
    public static final String RESPONDENT_ID = "respondent_id";
    public static final String HANDLE = "handle";
    public static final String HANDLE_CHANNEL = "handle_channel";
    public static final String IGNORE = "ignore";
    public static final String ATTRIBUTE_PREFIX = "attribute:";

    /** The member of a mapping file that names the sheet, not a column. */
    public static final String SHEET = "sheet";

    public ResponseMapping {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        if (sheet != null && sheet.isBlank()) {
            sheet = null;
        }
    }

    /** A mapping of columns, for the first visible sheet of a workbook. */
    public ResponseMapping(Map<String, String> columns, String source) {
        this(columns, null, source);
    }

    /** The same mapping for another sheet ({@code rapport score --sheet}); {@code null} keeps this one's. */
    public ResponseMapping withSheet(String name) {
        return name == null ? this : new ResponseMapping(columns, name, source);
    }

    /** No mapping: every column by the default rules. */
    public static ResponseMapping none() {
        return new ResponseMapping(Map.of(), "(no mapping)");
    }
}
