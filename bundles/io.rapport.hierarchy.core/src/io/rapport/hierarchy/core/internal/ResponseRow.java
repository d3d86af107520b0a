package io.rapport.hierarchy.core.internal;

import io.rapport.importer.core.csv.DelimitedReader;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import io.rapport.core.model.Channels;
import io.rapport.core.model.Handles;
import io.rapport.core.survey.Instrument;
import io.rapport.core.survey.Item;
import io.rapport.core.survey.Level;
import io.rapport.core.survey.SurveyRespondent;
import io.rapport.hierarchy.core.SurveyImportReport.PartialResponse;
import io.rapport.hierarchy.core.internal.ColumnLayout.Column;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks one row of a responses file against the instrument and turns it into a respondent: the validation rules
 * of the README, each failure a reason, all of a row's reasons reported together.
 */
final class ResponseRow {
    private static final JsonFactory JSON = new JsonFactory();

    /** What became of a row: a respondent (possibly partial, possibly with notes) or the reasons it was rejected. */
    record Outcome(SurveyRespondent respondent, PartialResponse partial, List<String> notes, List<String> rejected) {
    }

    private final Instrument instrument;
    private final ColumnLayout layout;

    ResponseRow(Instrument instrument, ColumnLayout layout) {
        this.instrument = instrument;
        this.layout = layout;
    }

    Outcome read(Row row) {
        List<String> reasons = new ArrayList<>(row.cellErrors());
        if (row.unclosed()) {
            reasons.add("a quoted cell is not closed before the end of the file");
        }
        if (row.tooLong()) {
            reasons.add("the row is longer than " + DelimitedReader.MAX_RECORD_CHARS + " characters");
        }
        List<String> cells = row.fields();
        if (cells.size() != layout.columns.size()) {
            reasons.add("the row has " + cells.size() + " cells, the header " + layout.columns.size());
            return new Outcome(null, null, List.of(), reasons);
        }
        String id = cells.get(layout.respondentId).strip();
        if (id.isEmpty()) {
            reasons.add("no respondent id (column " + layout.columns.get(layout.respondentId).header() + ")");
        }
        Map<String, Integer> answers = new LinkedHashMap<>();
        Map<String, String> attributes = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (Column c : layout.columns) {
            String cell = cells.get(c.index()).strip();
            switch (c.role()) {
                case ITEM -> {
                    if (cell.isEmpty()) {
                        missing.add(c.item().id());
                    } else {
                        Integer answer = parseAnswer(cell);
                        if (answer == null) {
                            reasons.add(c.item().id() + ": '" + cell + "' is not a whole number");
                        } else if (!instrument.onScale(answer)) {
                            reasons.add(c.item().id() + ": " + answer + " is outside the scale " + instrument.scaleMin()
                                    + "–" + instrument.scaleMax());
                        } else {
                            answers.put(c.item().id(), answer);
                        }
                    }
                }
                case ATTRIBUTE -> {
                    if (!cell.isEmpty()) {
                        attributes.put(c.attribute(), cell);
                    }
                }
                default -> {
                    // the id and the handle are read by position
                }
            }
        }
        if (answers.isEmpty() && missing.size() == instrument.items().size()) {
            reasons.add("no answers");
        }
        if (!reasons.isEmpty()) {
            return new Outcome(null, null, List.of(), reasons);
        }
        List<String> notes = new ArrayList<>();
        String[] handle = handle(cells, notes);
        PartialResponse partial = null;
        if (!missing.isEmpty()) {
            Set<String> levels = new LinkedHashSet<>();
            for (Level l : instrument.levels()) {
                for (Item i : instrument.itemsOf(l.id())) {
                    if (missing.contains(i.id())) {
                        levels.add(l.id());
                    }
                }
            }
            partial = new PartialResponse(row.row(), id, missing, List.copyOf(levels));
        }
        return new Outcome(new SurveyRespondent(id, handle[0], handle[1], attributes, answers, row.row(),
                raw(cells)), partial, notes, List.of());
    }

    /** {@code channel:handle} in the handle column, or a bare handle with the channel column's channel. */
    private String[] handle(List<String> cells, List<String> notes) {
        if (layout.handle < 0) {
            return new String[2];
        }
        String value = cells.get(layout.handle).strip();
        if (value.isEmpty()) {
            return new String[2];
        }
        String channel = null;
        String handle = value;
        int colon = value.indexOf(':');
        if (colon > 0 && Channels.isValidId(value.substring(0, colon).strip().toLowerCase(Locale.ROOT))) {
            channel = value.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            handle = value.substring(colon + 1);
        } else if (layout.handleChannel >= 0) {
            String given = cells.get(layout.handleChannel).strip().toLowerCase(Locale.ROOT);
            if (given.isEmpty()) {
                notes.add("handle '" + value + "' has no channel (write channel:handle, or fill the column "
                        + layout.columns.get(layout.handleChannel).header() + "): not linked");
                return new String[2];
            }
            if (!Channels.isValidId(given)) {
                notes.add("'" + given + "' is not a channel id (x, mastodon, reddit, ...): handle not linked");
                return new String[2];
            }
            channel = given;
        } else {
            notes.add("handle '" + value + "' has no channel (write channel:handle): not linked");
            return new String[2];
        }
        String normalized = Handles.normalize(handle);
        if (normalized.isEmpty()) {
            notes.add("handle '" + value + "' is empty after its channel: not linked");
            return new String[2];
        }
        return new String[] {channel, normalized};
    }

    /** A whole number, with an optional sign; spreadsheets sometimes write 4 as 4.0. */
    static Integer parseAnswer(String cell) {
        String s = cell;
        if (s.endsWith(".0")) {
            s = s.substring(0, s.length() - 2);
        }
        if (s.isEmpty() || s.length() > 9) {
            return null;
        }
        int start = s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0;
        if (start == s.length()) {
            return null;
        }
        for (int i = start; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return null;
            }
        }
        return Integer.parseInt(s);
    }

    /** The row as read: a JSON object of header → cell, in column order. */
    private String raw(List<String> cells) {
        StringWriter out = new StringWriter(128);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            for (Column c : layout.columns) {
                g.writeStringField(c.header(), cells.get(c.index()));
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
