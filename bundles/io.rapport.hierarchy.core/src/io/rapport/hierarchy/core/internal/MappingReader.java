package io.rapport.hierarchy.core.internal;

import com.fasterxml.jackson.databind.JsonNode;

import io.rapport.hierarchy.core.ResponseMapping;
import io.rapport.hierarchy.core.SurveyInputException;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads a column mapping: one JSON object, column name → target, and optionally {@code "sheet": "NAME"}, the sheet
 * of an XLSX workbook to read (a column named {@code sheet} cannot be mapped by its name). Whether the columns and items exist is checked
 * against the responses file and the instrument when they are imported ({@link ColumnLayout}).
 */
final class MappingReader {
    private static final Set<String> ROLES = Set.of(ResponseMapping.RESPONDENT_ID, ResponseMapping.HANDLE,
            ResponseMapping.HANDLE_CHANNEL, ResponseMapping.IGNORE);

    private MappingReader() {
    }

    static ResponseMapping read(String json, String source) throws SurveyInputException {
        JsonNode root = JsonDocuments.parse(json, source);
        if (root == null || !root.isObject()) {
            throw new SurveyInputException(source + ": $: expected a JSON object of column name → item id, "
                    + "respondent_id, handle, handle_channel, ignore or attribute:NAME");
        }
        Map<String, String> columns = new LinkedHashMap<>();
        String sheet = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = path(e.getKey());
            if (e.getKey().equals(ResponseMapping.SHEET)) {
                if (!e.getValue().isTextual() || e.getValue().textValue().isBlank()) {
                    throw new SurveyInputException(source + ": " + path + ": expected the name of a sheet of the"
                            + " workbook");
                }
                sheet = e.getValue().textValue().strip();
                continue;
            }
            if (e.getKey().isBlank()) {
                throw new SurveyInputException(source + ": " + path + ": a column name is empty");
            }
            if (!e.getValue().isTextual() || e.getValue().textValue().isBlank()) {
                throw new SurveyInputException(source + ": " + path + ": expected an item id, respondent_id, handle, "
                        + "handle_channel, ignore or attribute:NAME");
            }
            String target = e.getValue().textValue().strip();
            if (target.startsWith(ResponseMapping.ATTRIBUTE_PREFIX)
                    && target.substring(ResponseMapping.ATTRIBUTE_PREFIX.length()).isBlank()) {
                throw new SurveyInputException(source + ": " + path + ": attribute: needs a name (attribute:region)");
            }
            columns.put(e.getKey().strip(), target);
        }
        return new ResponseMapping(columns, sheet, source);
    }

    /** Whether a target names a role rather than an item or attribute. */
    static boolean isRole(String target) {
        return ROLES.contains(target);
    }

    /** The JSON path of a member, as {@code $["Q 12"]}. */
    static String path(String key) {
        return "$[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }
}
