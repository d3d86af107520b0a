package io.rapport.hierarchy.core.internal;

import io.rapport.core.survey.Instrument;
import io.rapport.core.survey.Item;
import io.rapport.hierarchy.core.ResponseMapping;
import io.rapport.hierarchy.core.SurveyImportReport.Columns;
import io.rapport.hierarchy.core.SurveyInputException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What each column of a responses file holds, from its header, the instrument and the mapping. The mapping
 * decides for the columns it names; every other column is an item when its name is an item id (ignoring case and
 * surrounding spaces), the respondent id when named {@code respondent_id}, {@code respondent}, {@code response_id}
 * or {@code id}, the handle when named {@code handle}, and an attribute otherwise. With a handle column, a column
 * named {@code channel} also gives the channel of handles written without a {@code channel:} prefix.
 */
final class ColumnLayout {
    static final List<String> RESPONDENT_ID_NAMES = List.of("respondent_id", "respondent", "response_id", "id");
    static final String HANDLE_NAME = "handle";
    static final String CHANNEL_NAME = "channel";

    /** What one column holds. */
    enum Role {
        RESPONDENT_ID, HANDLE, ITEM, ATTRIBUTE, IGNORED
    }

    /** One column: its role, the item it answers or the attribute it names. */
    record Column(int index, String header, Role role, Item item, String attribute) {
    }

    final List<Column> columns;
    final int respondentId;
    final int handle;
    final int handleChannel;

    private ColumnLayout(List<Column> columns, int respondentId, int handle, int handleChannel) {
        this.columns = columns;
        this.respondentId = respondentId;
        this.handle = handle;
        this.handleChannel = handleChannel;
    }

    /**
     * How the columns are read before the layout is checked as a whole: each column's role, and what is missing
     * (a respondent id column, items without a column), in words for the user.
     */
    record Draft(List<Column> columns, int respondentId, int handle, int handleChannel, String[] targets,
            List<String> problems) {
    }

    /**
     * @param headerRow the header's row number, for messages (1 in a CSV file; a sheet's header may be lower)
     * @throws SurveyInputException if the columns cannot be read as the file and the mapping say
     */
    static ColumnLayout of(List<String> header, long headerRow, Instrument instrument, ResponseMapping mapping,
            String file) throws SurveyInputException {
        Draft draft = draft(header, headerRow, instrument, mapping, file);
        if (!draft.problems().isEmpty()) {
            throw new SurveyInputException(draft.problems().get(0));
        }
        return new ColumnLayout(draft.columns(), draft.respondentId(), draft.handle(), draft.handleChannel());
    }

    /**
     * Reads the header as {@link #of} does, but reports a missing respondent id or missing items as problems
     * instead of failing, for a mapping step that shows them and lets the user map columns.
     *
     * @throws SurveyInputException if the header or the mapping cannot be used at all (unnamed or repeated
     *                              columns, a mapping naming a column or an item that does not exist)
     */
    static Draft draft(List<String> header, long headerRow, Instrument instrument, ResponseMapping mapping,
            String file) throws SurveyInputException {
        List<String> names = header.stream().map(String::strip).toList();
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).isEmpty()) {
                throw new SurveyInputException(file + ": row " + headerRow + ": column " + (i + 1) + " has no name");
            }
            Integer earlier = byName.put(names.get(i).toLowerCase(Locale.ROOT), i);
            if (earlier != null) {
                throw new SurveyInputException(file + ": row " + headerRow + ": column '" + names.get(i) + "' appears twice (columns "
                        + (earlier + 1) + " and " + (i + 1) + ")");
            }
        }
        String[] targets = new String[names.size()];
        for (Map.Entry<String, String> m : mapping.columns().entrySet()) {
            Integer index = byName.get(m.getKey().toLowerCase(Locale.ROOT));
            if (index == null) {
                throw new SurveyInputException(mapping.source() + ": " + MappingReader.path(m.getKey()) + ": " + file
                        + " has no column '" + m.getKey() + "' (columns: " + String.join(", ", names) + ")");
            }
            String target = m.getValue();
            if (!MappingReader.isRole(target) && !target.startsWith(ResponseMapping.ATTRIBUTE_PREFIX)
                    && instrument.item(target) == null) {
                throw new SurveyInputException(mapping.source() + ": " + MappingReader.path(m.getKey()) + ": '" + target
                        + "' is not an item of the instrument (items: " + itemIds(instrument) + "), nor "
                        + "respondent_id, handle, handle_channel, ignore or attribute:NAME");
            }
            targets[index] = target;
        }
        List<Column> columns = new ArrayList<>();
        int respondentId = -1;
        int handle = -1;
        int handleChannel = -1;
        Map<String, String> itemColumn = new LinkedHashMap<>();
        Map<String, String> attributeColumn = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String target = targets[i];
            Column column;
            if (target == null) {
                Item item = instrument.item(name);
                String lower = name.toLowerCase(Locale.ROOT);
                if (item != null) {
                    column = new Column(i, name, Role.ITEM, item, null);
                } else if (RESPONDENT_ID_NAMES.contains(lower) && respondentId < 0 && !mapped(targets,
                        ResponseMapping.RESPONDENT_ID)) {
                    column = new Column(i, name, Role.RESPONDENT_ID, null, null);
                } else if (lower.equals(HANDLE_NAME) && handle < 0 && !mapped(targets, ResponseMapping.HANDLE)) {
                    column = new Column(i, name, Role.HANDLE, null, null);
                } else {
                    column = new Column(i, name, Role.ATTRIBUTE, null, name);
                }
            } else if (target.equals(ResponseMapping.RESPONDENT_ID)) {
                column = new Column(i, name, Role.RESPONDENT_ID, null, null);
            } else if (target.equals(ResponseMapping.HANDLE)) {
                column = new Column(i, name, Role.HANDLE, null, null);
            } else if (target.equals(ResponseMapping.HANDLE_CHANNEL)) {
                if (handleChannel >= 0) {
                    throw twice(mapping, name, "handle_channel", names.get(handleChannel));
                }
                handleChannel = i;
                column = new Column(i, name, Role.IGNORED, null, null);
            } else if (target.equals(ResponseMapping.IGNORE)) {
                column = new Column(i, name, Role.IGNORED, null, null);
            } else if (target.startsWith(ResponseMapping.ATTRIBUTE_PREFIX)) {
                column = new Column(i, name, Role.ATTRIBUTE, null,
                        target.substring(ResponseMapping.ATTRIBUTE_PREFIX.length()).strip());
            } else {
                column = new Column(i, name, Role.ITEM, instrument.item(target), null);
            }
            switch (column.role()) {
                case RESPONDENT_ID -> {
                    if (respondentId >= 0) {
                        throw twice(mapping, name, "respondent_id", names.get(respondentId));
                    }
                    respondentId = i;
                }
                case HANDLE -> {
                    if (handle >= 0) {
                        throw twice(mapping, name, "handle", names.get(handle));
                    }
                    handle = i;
                }
                case ITEM -> {
                    String earlier = itemColumn.put(column.item().id(), name);
                    if (earlier != null) {
                        throw new SurveyInputException(file + ": columns '" + earlier + "' and '" + name
                                + "' both answer item " + column.item().id());
                    }
                }
                case ATTRIBUTE -> {
                    String earlier = attributeColumn.put(column.attribute().toLowerCase(Locale.ROOT), name);
                    if (earlier != null) {
                        throw new SurveyInputException(file + ": columns '" + earlier + "' and '" + name
                                + "' are both attribute '" + column.attribute() + "'");
                    }
                }
                default -> {
                    // ignored columns are only listed
                }
            }
            columns.add(column);
        }
        List<String> problems = new ArrayList<>();
        if (respondentId < 0) {
            problems.add(file + ": row " + headerRow + ": no respondent id column (name one respondent_id, or map"
                    + " a column to respondent_id; columns: " + String.join(", ", names) + ")");
        }
        List<String> missing = new ArrayList<>();
        for (Item item : instrument.items()) {
            if (!itemColumn.containsKey(item.id())) {
                missing.add(item.id());
            }
        }
        if (!missing.isEmpty()) {
            problems.add(file + ": row " + headerRow + ": no column for item" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + " of the instrument (columns: " + String.join(", ", names)
                    + "); name the columns after the item ids or map them with a mapping file");
        }
        if (handleChannel < 0 && handle >= 0) {
            for (Column c : columns) {
                if (c.role() == Role.ATTRIBUTE && c.header().equalsIgnoreCase(CHANNEL_NAME) && targets[c.index()] == null) {
                    handleChannel = c.index();
                }
            }
        }
        return new Draft(List.copyOf(columns), respondentId, handle, handleChannel, targets, problems);
    }

    private static boolean mapped(String[] targets, String role) {
        for (String t : targets) {
            if (role.equals(t)) {
                return true;
            }
        }
        return false;
    }

    private static SurveyInputException twice(ResponseMapping mapping, String column, String role, String other) {
        return new SurveyInputException(mapping.source() + ": columns '" + other + "' and '" + column
                + "' are both " + role);
    }

    private static String itemIds(Instrument instrument) {
        return String.join(", ", instrument.items().stream().map(Item::id).toList());
    }

    /** For the report. */
    Columns describe() {
        Map<String, String> items = new LinkedHashMap<>();
        List<String> attributes = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (Column c : columns) {
            switch (c.role()) {
                case ITEM -> items.put(c.header(), c.item().id());
                case ATTRIBUTE -> attributes.add(c.attribute());
                case IGNORED -> {
                    if (c.index() != handleChannel) {
                        ignored.add(c.header());
                    }
                }
                default -> {
                    // listed by name below
                }
            }
        }
        return new Columns(columns.get(respondentId).header(), handle < 0 ? null : columns.get(handle).header(),
                handleChannel < 0 ? null : columns.get(handleChannel).header(), items, attributes, ignored);
    }
}
