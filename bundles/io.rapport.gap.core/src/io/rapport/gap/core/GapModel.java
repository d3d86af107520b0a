package io.rapport.gap.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The analyst's rows of the gap matrix, in their order. Immutable: each edit returns a {@link GapEdit} holding
 * the model before and after, which the view keeps for undo and saves through
 * {@link EngagementGap#save}. Edits reject what can never be valid (an unknown row, an empty or duplicate name,
 * a weight outside 1–5, a target outside 0–100) with a message for the user.
 */
public record GapModel(List<Expectation> expectations) {
    /** The weight and target of a row the analyst adds. */
    public static final int DEFAULT_WEIGHT = 3;
    public static final double DEFAULT_TARGET = 80;

    public GapModel {
        expectations = List.copyOf(expectations);
    }

    public Optional<Expectation> find(String id) {
        return expectations.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /**
     * Problems within the rows and with what they refer to: duplicate ids or names, indicators that are not
     * installed, survey items the project's instrument does not have. Empty when the rows can be saved.
     */
    public List<String> problems(Set<String> installedIndicators, Set<String> surveyItems) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < expectations.size(); i++) {
            Expectation e = expectations.get(i);
            String row = "row " + (i + 1) + " ('" + e.label() + "')";
            if (!ids.add(e.id())) {
                problems.add(row + ": the id " + e.id() + " is used by another row");
            }
            if (!names.add(e.label().toLowerCase(Locale.ROOT))) {
                problems.add(row + ": another row has the same name");
            }
            for (String indicator : e.indicators()) {
                if (!installedIndicators.contains(indicator)) {
                    problems.add(row + ": the indicator '" + indicator + "' is not installed");
                }
            }
            if (e.importance().surveyItem() != null && !surveyItems.contains(e.importance().surveyItem())) {
                problems.add(row + ": the survey item '" + e.importance().surveyItem()
                        + "' is not in the project's instrument" + (surveyItems.isEmpty() ? " (it has none)" : ""));
            }
        }
        return problems;
    }

    /** Adds a row named {@code label} at the end: weight 3, target 80, no indicator yet. */
    public GapEdit add(String label) {
        checkName(label, null);
        String base = slug(label);
        String id = base;
        for (int n = 2; find(id).isPresent(); n++) {
            id = base + "-" + n;
        }
        List<Expectation> rows = new ArrayList<>(expectations);
        rows.add(new Expectation(id, label, List.of(), Importance.weight(DEFAULT_WEIGHT), DEFAULT_TARGET));
        return edit("Add '" + label.strip() + "'", rows);
    }

    public GapEdit rename(String id, String label) {
        Expectation e = require(id);
        checkName(label, id);
        return replace("Rename '" + e.label() + "'", e.withLabel(label));
    }

    public GapEdit remove(String id) {
        Expectation e = require(id);
        List<Expectation> rows = new ArrayList<>(expectations);
        rows.remove(e);
        return edit("Remove '" + e.label() + "'", rows);
    }

    /** Moves a row to {@code index} (0-based, in the order after the move). */
    public GapEdit move(String id, int index) {
        Expectation e = require(id);
        if (index < 0 || index >= expectations.size()) {
            throw new IllegalArgumentException("there is no position " + (index + 1) + " among "
                    + expectations.size() + " rows");
        }
        List<Expectation> rows = new ArrayList<>(expectations);
        rows.remove(e);
        rows.add(index, e);
        return edit("Move '" + e.label() + "'", rows);
    }

    /** Binds the row to these indicators (replacing its previous ones; an empty list unbinds it). */
    public GapEdit bind(String id, List<String> indicatorIds) {
        Expectation e = require(id);
        return replace("Indicators of '" + e.label() + "'", e.withIndicators(indicatorIds));
    }

    public GapEdit weigh(String id, Importance importance) {
        Expectation e = require(id);
        return replace("Importance of '" + e.label() + "'", e.withImportance(importance));
    }

    public GapEdit target(String id, double target) {
        Expectation e = require(id);
        return replace("Target of '" + e.label() + "'", e.withTarget(target));
    }

    private Expectation require(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("there is no row with the id " + id));
    }

    private void checkName(String label, String exceptId) {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("an expectation needs a name");
        }
        String key = label.strip().toLowerCase(Locale.ROOT);
        for (Expectation e : expectations) {
            if (!e.id().equals(exceptId) && e.label().toLowerCase(Locale.ROOT).equals(key)) {
                throw new IllegalArgumentException("there is already a row named '" + e.label() + "'");
            }
        }
    }

    private GapEdit replace(String what, Expectation changed) {
        List<Expectation> rows = new ArrayList<>(expectations);
        rows.replaceAll(e -> e.id().equals(changed.id()) ? changed : e);
        return edit(what, rows);
    }

    private GapEdit edit(String what, List<Expectation> rows) {
        return new GapEdit(what, this, new GapModel(rows));
    }

    private static String slug(String label) {
        String s = label.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "expectation" : s;
    }
}
